#!/usr/bin/env dotnet
// Adds a calling user as a line to every Webex Calling device of a workspace (after the lines the device has, the
// workspace's own first) and applies the change to the devices: the workspaces_and_users example of wxc_sdk, ported.
// wxc_sdk's example had the workspace ('Classroom') and the user ('Kristen Harper') in its code and kept only the
// workspace's line; here they are options and the device's other lines stay. A device that has the user already is
// left as it is; a device Webex refuses to update (no free line, say) is reported and counted.
// Reads WEBEX_ACCESS_TOKEN from the environment or a .env file; without one it runs against the built-in simulator,
// and without --workspace and --user there it adds the last calling user of San Jose to the phone of San Jose Lobby.
//
//   dotnet run samples/workspaces_and_users.cs -- --workspace NAME --user NAME|EMAIL [--dry-run]
#:project ../src/WebexCalling.Sdk/WebexCalling.Sdk.csproj
#:project Common/WebexCalling.Samples.Common.csproj
#:package System.CommandLine
using System.CommandLine;
using WebexCalling.Samples;
using WebexCalling.Sdk;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.People;
using WebexCalling.Sdk.Telephony.Devices;

var workspaceOption = new Option<string?>("--workspace") { Description = "The name of the workspace whose devices get the user" };
var userOption = new Option<string?>("--user") { Description = "The user to add: display name or email address" };
var dryRunOption = new Option<bool>("--dry-run") { Description = "Show the devices' lines and what would change, change nothing" };
var root = new RootCommand("Add a calling user as a line to the devices of a workspace.")
{
    workspaceOption, userOption, dryRunOption,
};
root.SetAction(async (parse, cancellationToken) =>
{
    string? workspaceName = parse.GetValue(workspaceOption);
    string? userName = parse.GetValue(userOption);
    using var connection = SampleConnection.Open();
    var api = connection.Api;
    if ((workspaceName is null || userName is null) && !connection.IsSimulated)
    {
        Console.Error.WriteLine("Give --workspace and --user.");
        return 2;
    }
    try
    {
        if (workspaceName is null || userName is null)
        {
            // the built-in simulator's demo organisation: its San Jose Lobby workspace has a desk phone
            var sanJose = await api.Locations.ListAsync(name: "San Jose", cancellationToken: cancellationToken).FirstAsync(cancellationToken);
            workspaceName ??= "San Jose Lobby";
            userName ??= (await api.People.ListAsync(locationId: sanJose.LocationId, callingData: true, cancellationToken: cancellationToken)
                .LastAsync(cancellationToken)).DisplayName!;
            Console.WriteLine($"Using workspace '{workspaceName}' and user '{userName}' of the demo organisation");
        }

        var workspace = await api.Workspaces.ListAsync(displayName: workspaceName, cancellationToken: cancellationToken)
            .FirstOrDefaultAsync(w => w.DisplayName == workspaceName, cancellationToken);
        if (workspace is null)
        {
            Console.Error.WriteLine($"No workspace named '{workspaceName}'.");
            return 1;
        }
        var user = await FindUserAsync(api, userName, cancellationToken);
        if (user is null)
        {
            Console.Error.WriteLine($"No calling user '{userName}'.");
            return 1;
        }
        var devices = await api.WorkspaceSettings.Devices.ListAsync(workspace.WorkspaceId!, cancellationToken: cancellationToken)
            .ToListAsync(cancellationToken);
        Console.WriteLine($"Workspace {workspace.DisplayName} has {devices.Count} devices; adding {user.DisplayName}");
        if (devices.Count == 0) return 1;

        bool dryRun = parse.GetValue(dryRunOption);
        int added = 0;
        var result = await Bulk.RunAsync(devices, async (device, ct) =>
        {
            var members = (await api.Telephony.Devices.MembersAsync(device.DeviceId!, cancellationToken: ct)).Members ?? [];
            string lines = string.Join(", ", members.Select(Line));
            if (members.Any(m => m.MemberId == user.PersonId))
            {
                Console.WriteLine($"  {device.Model} {device.Mac}: {lines}: has {user.DisplayName} already");
                return;
            }
            if (!dryRun)
            {
                await api.Telephony.Devices.UpdateMembersAsync(device.DeviceId!, [.. members, new DeviceMember { MemberId = user.PersonId }],
                    cancellationToken: ct);
                await api.Telephony.Devices.ApplyChangesAsync(device.DeviceId!, cancellationToken: ct);
            }
            Interlocked.Increment(ref added);
            Console.WriteLine($"  {device.Model} {device.Mac}: {lines}: {(dryRun ? "would add" : "added")} {user.DisplayName}");
        }, d => $"{d.Model} {d.Mac}", Console.Out, cancellationToken: cancellationToken);
        Console.WriteLine(dryRun
            ? $"Dry run: {user.DisplayName} would be added to {added} of {devices.Count} devices, nothing changed"
            : $"Added {user.DisplayName} to {added} of {devices.Count} devices of {workspace.DisplayName}: {result}");
        return result.Failed == 0 ? 0 : 1;
    }
    catch (WebexApiException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
});
return await root.Parse(args).InvokeAsync();

// A device line as "1 San Jose Lobby (workspace)".
static string Line(DeviceMember member) =>
    $"{member.Port} {$"{member.FirstName} {member.LastName}".Trim()}{(member.MemberType == UserType.Place ? " (workspace)" : "")}";

// A calling user by email address or exact display name.
static async Task<Person?> FindUserAsync(WebexSimpleApi api, string nameOrEmail, CancellationToken cancellationToken)
{
    bool byEmail = nameOrEmail.Contains('@');
    return await api.People.ListAsync(email: byEmail ? nameOrEmail : null, displayName: byEmail ? null : nameOrEmail, callingData: true,
            cancellationToken: cancellationToken)
        .FirstOrDefaultAsync(p => p.LocationId is not null
            && (byEmail ? p.Emails?.Contains(nameOrEmail, StringComparer.OrdinalIgnoreCase) == true : p.DisplayName == nameOrEmail), cancellationToken);
}
