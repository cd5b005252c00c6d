#!/usr/bin/env dotnet
// Resets the call forwarding of every calling user to the default (nothing forwarded), many at a time, and prints
// how long the listing and the updates took: the reset_call_forwarding example of the wxc_sdk talk, ported.
// Reads WEBEX_ACCESS_TOKEN from the environment or a .env file; without one it runs against the built-in simulator.
//
//   dotnet run samples/reset_call_forwarding.cs -- [--location NAME] [--dry-run] [--concurrency N]
#:project ../src/WebexCalling.Sdk/WebexCalling.Sdk.csproj
#:project Common/WebexCalling.Samples.Common.csproj
#:package System.CommandLine
using System.CommandLine;
using System.Diagnostics;
using WebexCalling.Samples;
using WebexCalling.Sdk;
using WebexCalling.Sdk.PersonSettings;

var locationOption = new Option<string?>("--location") { Description = "Only the calling users of the location with this name" };
var dryRunOption = new Option<bool>("--dry-run") { Description = "List whose forwarding would be reset, change nothing" };
var concurrencyOption = new Option<int>("--concurrency") { Description = "Updates in flight at once", DefaultValueFactory = _ => 10 };
var root = new RootCommand("Reset the call forwarding of every calling user to the default.")
{
    locationOption, dryRunOption, concurrencyOption,
};
root.SetAction(async (parse, cancellationToken) =>
{
    int concurrency = parse.GetValue(concurrencyOption);
    if (concurrency < 1)
    {
        Console.Error.WriteLine("--concurrency must be at least 1.");
        return 2;
    }
    using var connection = SampleConnection.Open();
    var api = connection.Api;
    try
    {
        string? locationId = null;
        if (parse.GetValue(locationOption) is { } locationName)
        {
            var location = await Lookups.LocationAsync(api, locationName, cancellationToken: cancellationToken);
            if (location is null) return 1;
            locationId = location.LocationId;
        }

        var watch = Stopwatch.StartNew();
        var users = await api.People.ListAsync(callingData: true, locationId: locationId, cancellationToken: cancellationToken)
            .Where(p => p.LocationId is not null)
            .ToListAsync(cancellationToken);
        Console.WriteLine($"Got {users.Count} calling users in {watch.Elapsed.TotalMilliseconds:F1} ms");

        if (parse.GetValue(dryRunOption))
        {
            foreach (var user in users) Console.WriteLine($"  would reset {user.DisplayName} ({(user.Emails is { Count: > 0 } emails ? emails[0] : "")})");
            Console.WriteLine($"Dry run: {users.Count} users would have their call forwarding reset, nothing changed");
            return 0;
        }

        var result = await Bulk.RunAsync(users,
            (user, ct) => api.PersonSettings.Forwarding.ConfigureAsync(user.PersonId!, PersonForwardingSetting.Default(), cancellationToken: ct),
            user => user.DisplayName ?? user.PersonId!, Console.Out, concurrency, cancellationToken);
        Console.WriteLine($"Reset call forwarding to default for {users.Count} users: {result}");
        return result.Failed == 0 ? 0 : 1;
    }
    catch (WebexApiException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
});
return await root.Parse(args).InvokeAsync();
