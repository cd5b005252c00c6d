#!/usr/bin/env dotnet
// Lists the calling users without devices (no phone they are on, theirs or a shared line) and the ones who own no
// device (they may be on someone else's): the users_wo_devices example of wxc_sdk, ported.
// Reads WEBEX_ACCESS_TOKEN from the environment or a .env file; without one it runs against the built-in simulator.
//
//   dotnet run samples/users_wo_devices.cs -- [--location NAME] [--concurrency N]
#:project ../src/WebexCalling.Sdk/WebexCalling.Sdk.csproj
#:project Common/WebexCalling.Samples.Common.csproj
#:package System.CommandLine
using System.Collections.Concurrent;
using System.CommandLine;
using WebexCalling.Samples;
using WebexCalling.Sdk;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.People;
using WebexCalling.Sdk.PersonSettings;

var locationOption = SampleOptions.Location("Only the calling users of the location with this name");
var concurrencyOption = SampleOptions.Concurrency();
var root = new RootCommand("List the calling users without devices.") { locationOption, concurrencyOption };
root.SetAction(async (parse, cancellationToken) =>
{
    int concurrency = parse.GetValue(concurrencyOption);
    if (!SampleOptions.CheckConcurrency(concurrency, Console.Error)) return SampleOptions.BadArguments;
    using var connection = SampleConnection.Open();
    var api = connection.Api;
    try
    {
        var (found, locationId) = await SampleOptions.LocationIdAsync(api, parse.GetValue(locationOption), Console.Error, cancellationToken);
        if (!found) return 1;
        var users = await api.People.ListAsync(callingData: true, locationId: locationId, cancellationToken: cancellationToken)
            .Where(p => p.LocationId is not null).ToListAsync(cancellationToken);
        Console.WriteLine($"Reading the devices of {users.Count} calling users");
        var devices = new ConcurrentDictionary<string, PersonDeviceList>();
        var result = await Bulk.RunAsync(users, async (user, ct) =>
                devices[user.PersonId!] = await api.PersonSettings.DevicesAsync(user.PersonId!, cancellationToken: ct),
            u => u.DisplayName ?? u.PersonId!, Console.Out, concurrency, cancellationToken);
        Console.WriteLine($"Read the devices of {users.Count} users: {result}");
        var read = users.Where(u => devices.ContainsKey(u.PersonId!)).OrderBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
        var owners = devices.Values.SelectMany(d => d.Devices ?? [])
            .Where(d => d.Owner is { } o && o.OwnerType == UserType.People).Select(d => d.Owner!.OwnerId).ToHashSet();
        var without = read.Where(u => devices[u.PersonId!].Devices is null or { Count: 0 }).ToList();
        var notOwning = read.Where(u => !owners.Contains(u.PersonId)).ToList();
        Print($"{without.Count} users w/o devices:", without);
        Console.WriteLine();
        Print($"{notOwning.Count} users not owning a device:", notOwning);
        return result.Failed == 0 ? 0 : 1;
    }
    catch (WebexApiException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
});
return await root.Parse(args).InvokeAsync();

static void Print(string title, List<Person> users)
{
    Console.WriteLine(title);
    foreach (var user in users) Console.WriteLine($"  {user.DisplayName} ({Names.Email(user)})");
}
