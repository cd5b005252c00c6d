#!/usr/bin/env dotnet
// Shows whether call intercept is on for a calling user and, given on or off, switches it and shows the state read
// back: the call_intercept.py example of wxc_sdk, ported. wxc_sdk sends the default intercept settings with the new
// state; this script sends only the state, so the user's intercept options (announcements, transfer) stay as they are.
// Reads WEBEX_ACCESS_TOKEN from the environment or a .env file; without one it runs against the built-in simulator.
//
//   dotnet run samples/call_intercept.cs -- USER_EMAIL [on|off]
#:project ../src/WebexCalling.Sdk/WebexCalling.Sdk.csproj
#:project Common/WebexCalling.Samples.Common.csproj
#:package System.CommandLine
using System.CommandLine;
using System.Net.Mail;
using WebexCalling.Samples;
using WebexCalling.Sdk;
using WebexCalling.Sdk.PersonSettings;

var emailArgument = new Argument<string>("user-email") { Description = "Email address of the calling user" };
var stateArgument = new Argument<string?>("on-off") { Description = "Switch call intercept on or off (omit to only show it)", Arity = ArgumentArity.ZeroOrOne };
stateArgument.AcceptOnlyFromAmong("on", "off");
var root = new RootCommand("Read or switch the call intercept of a calling user.") { emailArgument, stateArgument };
root.SetAction(async (parse, cancellationToken) =>
{
    string email = parse.GetValue(emailArgument)!.Trim();
    if (!MailAddress.TryCreate(email, out var address) || address.Address != email)
    {
        Console.Error.WriteLine($"'{email}' is not an email address.");
        return 2;
    }
    string? state = parse.GetValue(stateArgument);
    using var connection = SampleConnection.Open();
    var api = connection.Api;
    var intercept = api.PersonSettings.CallIntercept;
    try
    {
        var user = await api.People.ListAsync(email: email, cancellationToken: cancellationToken)
            .FirstOrDefaultAsync(p => p.Emails?.Any(e => string.Equals(e, email, StringComparison.OrdinalIgnoreCase)) == true, cancellationToken);
        if (user is null)
        {
            Console.Error.WriteLine($"User '{email}' not found.");
            return 1;
        }
        var setting = await intercept.ReadAsync(user.PersonId!, cancellationToken: cancellationToken);
        Console.WriteLine($"{user.DisplayName} ({email}): call intercept {OnOff(setting.Enabled)}");
        if (state is null) return 0;

        await intercept.ConfigureAsync(user.PersonId!, new InterceptSetting { Enabled = state == "on" }, cancellationToken: cancellationToken);
        setting = await intercept.ReadAsync(user.PersonId!, cancellationToken: cancellationToken);
        Console.WriteLine($"set to {OnOff(setting.Enabled)}");
        return setting.Enabled == (state == "on") ? 0 : 1;
    }
    catch (WebexApiException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
});
return await root.Parse(args).InvokeAsync();

static string OnOff(bool? enabled) => enabled == true ? "on" : "off";
