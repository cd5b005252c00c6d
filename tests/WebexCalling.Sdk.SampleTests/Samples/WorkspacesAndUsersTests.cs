using WebexCalling.Sdk.SampleTests.TestSupport;
using WebexCalling.Sdk.Telephony.Devices;

namespace WebexCalling.Sdk.SampleTests.Samples;

/// <summary>samples/workspaces_and_users.cs against a simulated organisation.</summary>
public sealed class WorkspacesAndUsersTests
{
    [Fact]
    public async Task Adds_the_user_to_each_device_of_the_workspace_and_counts_a_full_device()
    {
        await using var org = await SampleOrg.StartAsync();
        var location = await org.Api.Locations.ListAsync(name: "Denver").FirstAsync();
        var users = await org.Api.People.ListAsync(callingData: true, locationId: location.LocationId).ToListAsync();
        var (user, other) = (users[^1], users[^2]);
        var workspace = await org.Api.Workspaces.ListAsync(displayName: "Denver Lobby").FirstAsync();
        var phone = await org.Api.WorkspaceSettings.Devices.ListAsync(workspace.WorkspaceId!).SingleAsync();
        var ata = await org.Api.Devices.CreateByMacAddressAsync("0A1B2C3D4E5F", "DMS Cisco 191", workspaceId: workspace.WorkspaceId);
        var ataMembers = (await org.Api.Telephony.Devices.MembersAsync(ata.DeviceId!)).Members!;
        await org.Api.Telephony.Devices.UpdateMembersAsync(ata.DeviceId!, [.. ataMembers, new DeviceMember { MemberId = other.PersonId }]);

        var run = await SampleRun.RunAsync("workspaces_and_users.cs", org, ["--workspace", "Denver Lobby", "--user", user.Emails![0]]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"Workspace Denver Lobby has 2 devices; adding {user.DisplayName}", run.Output);
        Assert.Contains($"  {phone.Model} {phone.Mac}: 1 Denver Lobby (workspace): added {user.DisplayName}", run.Output);
        Assert.Contains($"  failed: DMS Cisco 191 0A1B2C3D4E5F: ", run.Output);
        Assert.Contains("  2/2 done, 1 failed", run.Output);
        Assert.Contains($"Added {user.DisplayName} to 1 of 2 devices of Denver Lobby: 1 done, 1 failed in ", run.Output);
        var lines = (await org.Api.Telephony.Devices.MembersAsync(phone.DeviceId!)).Members!;
        Assert.Equal([workspace.WorkspaceId, user.PersonId], lines.Select(m => m.MemberId));
        Assert.Equal([workspace.WorkspaceId, other.PersonId], (await org.Api.Telephony.Devices.MembersAsync(ata.DeviceId!)).Members!.Select(m => m.MemberId));
    }

    [Fact]
    public async Task Without_options_in_the_built_in_simulator_a_dry_run_shows_the_demo_lobby_phone_and_changes_nothing()
    {
        var run = await SampleRun.RunAsync("workspaces_and_users.cs", org: null, ["--dry-run"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"Using workspace 'San Jose Lobby' and user '[^']+' of the demo organisation", run.Output);
        Assert.Matches(@"Workspace San Jose Lobby has 1 devices; adding [^\n]+", run.Output);
        Assert.Matches(@"  DMS Cisco 8851 [0-9A-F]{12}: 1 San Jose Lobby \(workspace\): would add [^\n]+", run.Output);
        Assert.Matches(@"Dry run: [^\n]+ would be added to 1 of 1 devices, nothing changed", run.Output);
    }
}
