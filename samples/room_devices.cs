#!/usr/bin/env dotnet
// Shows the workspaces for room devices (supported devices: collaboration devices) with their calling, numbers and
// devices, and with "clear" takes calling away from them: their calling becomes free calling (or none), which gives
// back their numbers and their Webex Calling licence. The room_devices example of wxc_sdk, ported; its --wsnames
// file is --names-file here (or --workspace, repeated), its --test is --dry-run. Workspaces that already have the
// target calling are left alone; a workspace Webex refuses to switch is reported and counted.
// Reads WEBEX_ACCESS_TOKEN from the environment or a .env file; without one it runs against the built-in simulator,
// whose demo organisation has room workspaces with free calling only, so two room workspaces with Webex Calling
// (San Jose Huddle, Denver Huddle) are created there first.
//
//   dotnet run samples/room_devices.cs -- show|clear [--location NAME] [--workspace NAME]... [--names-file FILE]
//                                         [--to free|none] [--dry-run] [--concurrency N]
#:project ../src/WebexCalling.Sdk/WebexCalling.Sdk.csproj
#:project Common/WebexCalling.Samples.Common.csproj
#:package System.CommandLine
using System.CommandLine;
using System.Diagnostics;
using WebexCalling.Samples;
using WebexCalling.Sdk;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Devices;
using WebexCalling.Sdk.Workspaces;

var operationArgument = new Argument<string>("operation")
{
    Description = "show: the room workspaces with their calling, numbers and devices; clear: also take their calling away",
};
operationArgument.AcceptOnlyFromAmong("show", "clear");
var locationOption = new Option<string?>("--location") { Description = "Only the workspaces of the location with this name" };
var workspaceOption = new Option<string[]>("--workspace") { Description = "Only the workspace with this name (repeat for more)" };
var namesFileOption = new Option<FileInfo?>("--names-file") { Description = "Only the workspaces named in this file, one name a line" };
var toOption = new Option<string>("--to") { Description = "The calling the workspaces get", DefaultValueFactory = _ => "free" };
toOption.AcceptOnlyFromAmong("free", "none");
var dryRunOption = new Option<bool>("--dry-run") { Description = "With clear: show what would change, change nothing" };
var concurrencyOption = new Option<int>("--concurrency") { Description = "Updates in flight at once", DefaultValueFactory = _ => 10 };
var root = new RootCommand("Show the room device workspaces and their calling, or take their calling away.")
{
    operationArgument, locationOption, workspaceOption, namesFileOption, toOption, dryRunOption, concurrencyOption,
};
root.SetAction(async (parse, cancellationToken) =>
{
    bool clear = parse.GetValue(operationArgument) == "clear";
    var target = parse.GetValue(toOption) == "none" ? WorkspaceCallingType.None : WorkspaceCallingType.FreeCalling;
    int concurrency = parse.GetValue(concurrencyOption);
    if (concurrency < 1)
    {
        Console.Error.WriteLine("--concurrency must be at least 1.");
        return 2;
    }
    var names = new HashSet<string>(parse.GetValue(workspaceOption) ?? [], StringComparer.Ordinal);
    if (parse.GetValue(namesFileOption) is { } namesFile)
    {
        if (!namesFile.Exists)
        {
            Console.Error.WriteLine($"No file {namesFile.FullName}.");
            return 2;
        }
        foreach (string line in await File.ReadAllLinesAsync(namesFile.FullName, cancellationToken))
            if (line.Trim() is { Length: > 0 } name) names.Add(name);
    }

    using var connection = SampleConnection.Open();
    var api = connection.Api;
    try
    {
        if (connection.IsSimulated) await SeedRoomWorkspacesAsync(api, cancellationToken);
        var locations = await api.Locations.ListAsync(cancellationToken: cancellationToken).ToListAsync(cancellationToken);
        var locationNames = locations.ToDictionary(l => l.LocationId!, l => l.Name ?? "");
        string LocationName(Workspace w) => w.LocationId is { } id && locationNames.TryGetValue(id, out var n) ? n : "";
        string? locationId = null;
        if (parse.GetValue(locationOption) is { } locationName)
        {
            locationId = (await Lookups.LocationAsync(api, locationName, cancellationToken: cancellationToken))?.LocationId;
            if (locationId is null) return 1;
        }

        var watch = Stopwatch.StartNew();
        var workspacesTask = api.Workspaces.ListAsync(locationId: locationId, supportedDevices: WorkspaceSupportedDevices.CollaborationDevices,
            cancellationToken: cancellationToken).ToListAsync(cancellationToken).AsTask();
        var numbersTask = api.Telephony.PhoneNumbersAsync(locationId: locationId, ownerType: AvailableNumberOwnerType.Place,
            cancellationToken: cancellationToken).ToListAsync(cancellationToken).AsTask();
        var devicesTask = api.Devices.ListAsync(locationId: locationId, type: DeviceProductType.Roomdesk, cancellationToken: cancellationToken)
            .ToListAsync(cancellationToken).AsTask();
        await Task.WhenAll(workspacesTask, numbersTask, devicesTask);
        var workspaces = (await workspacesTask)
            .Where(w => w.SupportedDevices == WorkspaceSupportedDevices.CollaborationDevices)
            .Where(w => names.Count == 0 || names.Contains(w.DisplayName ?? ""))
            .OrderBy(w => LocationName(w), StringComparer.Ordinal).ThenBy(w => w.DisplayName, StringComparer.Ordinal)
            .ToList();
        var missing = names.Where(n => workspaces.All(w => w.DisplayName != n)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            foreach (string name in missing) Console.Error.WriteLine($"No room workspace named '{name}'{(locationId is null ? "" : " in that location")}.");
            return 1;
        }
        var numbers = (await numbersTask).Where(n => n.Owner?.OwnerId is not null)
            .ToLookup(n => WebexId.ToUuid(n.Owner!.OwnerId));
        var devices = (await devicesTask).Where(d => d.WorkspaceId is not null).ToLookup(d => d.WorkspaceId!);
        Console.WriteLine($"Got {workspaces.Count} room workspaces in {watch.Elapsed.TotalMilliseconds:F1} ms");

        int nameWidth = workspaces.Select(w => (w.DisplayName ?? "").Length).DefaultIfEmpty(0).Max();
        int locationWidth = workspaces.Select(w => LocationName(w).Length).DefaultIfEmpty(0).Max();
        foreach (var workspace in workspaces)
        {
            Console.WriteLine($"location {LocationName(workspace).PadRight(locationWidth)}  workspace {(workspace.DisplayName ?? "").PadRight(nameWidth)}  calling {CallingOf(workspace)}");
            foreach (var number in numbers[WebexId.ToUuid(workspace.WorkspaceId)])
                Console.WriteLine($"  number: {number.PhoneNumber ?? "-"}/{number.Extension ?? "-"}");
            foreach (var device in devices[workspace.WorkspaceId!])
                Console.WriteLine($"  device: {device.DisplayName} ({device.Product})");
        }
        if (!clear) return 0;

        var toSwitch = workspaces.Where(w => CallingOf(w) != target).ToList();
        Console.WriteLine();
        Console.WriteLine($"{toSwitch.Count} of {workspaces.Count} room workspaces do not have {target} calling");
        if (parse.GetValue(dryRunOption))
        {
            foreach (var workspace in toSwitch) Console.WriteLine($"  would switch {workspace.DisplayName} from {CallingOf(workspace)} to {target}");
            Console.WriteLine($"Dry run: {toSwitch.Count} workspaces would be switched to {target}, nothing changed");
            return 0;
        }
        var result = await Bulk.RunAsync(toSwitch, async (workspace, ct) =>
        {
            await api.Workspaces.UpdateAsync(workspace.WorkspaceId!, workspace with { Calling = new WorkspaceCalling { Type = target } },
                cancellationToken: ct);
            Console.WriteLine($"  switched {workspace.DisplayName} from {CallingOf(workspace)} to {target}");
        }, w => w.DisplayName ?? w.WorkspaceId!, Console.Out, concurrency, cancellationToken);
        Console.WriteLine($"Switched {result.Succeeded} of {toSwitch.Count} workspaces to {target}: {result}");
        return result.Failed == 0 ? 0 : 1;
    }
    catch (WebexApiException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
});
return await root.Parse(args).InvokeAsync();

static WorkspaceCallingType CallingOf(Workspace workspace) => workspace.Calling?.Type ?? WorkspaceCallingType.FreeCalling;

// The demo organisation's room workspaces (the Board Rooms) have free calling: give two more Webex Calling.
static async Task SeedRoomWorkspacesAsync(WebexSimpleApi api, CancellationToken cancellationToken)
{
    foreach (var (city, extension) in new[] { ("San Jose", "1090"), ("Denver", "2090") })
    {
        var location = await api.Locations.ListAsync(name: city, cancellationToken: cancellationToken).FirstAsync(cancellationToken);
        await api.Workspaces.CreateAsync(new Workspace
        {
            DisplayName = $"{city} Huddle",
            LocationId = location.LocationId,
            WorkspaceType = WorkspaceType.Huddle,
            SupportedDevices = WorkspaceSupportedDevices.CollaborationDevices,
            Calling = new WorkspaceCalling
            {
                Type = WorkspaceCallingType.WebexCalling,
                WebexCalling = new WorkspaceWebexCalling { Extension = extension, LocationId = location.LocationId },
            },
        }, cancellationToken);
    }
}
