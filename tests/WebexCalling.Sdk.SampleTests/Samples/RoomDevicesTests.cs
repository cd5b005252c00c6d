using WebexCalling.Sdk.SampleTests.TestSupport;
using WebexCalling.Sdk.Workspaces;

namespace WebexCalling.Sdk.SampleTests.Samples;

/// <summary>samples/room_devices.cs against a simulated organisation.</summary>
public sealed class RoomDevicesTests
{
    [Fact]
    public async Task Clear_switches_the_room_workspaces_of_a_location_to_free_calling_and_counts_one_webex_refuses()
    {
        await using var org = await SampleOrg.StartAsync();
        string huddle = await CreateRoomAsync(org, "Denver Huddle", "Denver", WebexCallingOf("2090"));
        string focus = await CreateRoomAsync(org, "Denver Focus", "Denver", WebexCallingOf("2091"));
        string hybrid = await CreateRoomAsync(org, "Denver Hybrid", "Denver", new WorkspaceCalling { Type = WorkspaceCallingType.HybridCalling });
        string austin = await CreateRoomAsync(org, "Austin Huddle", "Austin", WebexCallingOf("3090"));

        var run = await SampleRun.RunAsync("room_devices.cs", org, ["clear", "--location", "Denver"]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Got 4 room workspaces in ", run.Output);
        Assert.Matches(@"location Denver  workspace Denver Board Room  calling freeCalling\r?\n  device: [^\n]+", run.Output);
        Assert.Contains("workspace Denver Huddle      calling webexCalling", run.Output);
        Assert.Contains("  number: -/2090", run.Output);
        Assert.Contains("3 of 4 room workspaces do not have freeCalling calling", run.Output);
        Assert.Contains("  switched Denver Huddle from webexCalling to freeCalling", run.Output);
        Assert.Contains("  switched Denver Focus from webexCalling to freeCalling", run.Output);
        Assert.Contains("  failed: Denver Hybrid: ", run.Output);
        Assert.Contains("  3/3 done, 1 failed", run.Output);
        Assert.Contains("Switched 2 of 3 workspaces to freeCalling: 2 done, 1 failed in ", run.Output);
        Assert.DoesNotContain("Austin", run.Output);
        Assert.Equal(WorkspaceCallingType.FreeCalling, await CallingAsync(org, huddle));
        Assert.Equal(WorkspaceCallingType.FreeCalling, await CallingAsync(org, focus));
        Assert.Equal(WorkspaceCallingType.HybridCalling, await CallingAsync(org, hybrid));
        Assert.Equal(WorkspaceCallingType.WebexCalling, await CallingAsync(org, austin));
        var numbers = await org.Api.Telephony.PhoneNumbersAsync(extension: "2090").ToListAsync();
        Assert.Empty(numbers);
    }

    [Fact]
    public async Task A_dry_run_of_named_workspaces_lists_them_and_changes_nothing()
    {
        await using var org = await SampleOrg.StartAsync();
        string huddle = await CreateRoomAsync(org, "Austin Huddle", "Austin", WebexCallingOf("3090"));
        await CreateRoomAsync(org, "Austin Focus", "Austin", WebexCallingOf("3091"));
        string file = Path.Combine(Directory.CreateTempSubdirectory("rooms-").FullName, "names.txt");
        await File.WriteAllLinesAsync(file, ["Austin Huddle", "", "Austin Board Room"]);

        var run = await SampleRun.RunAsync("room_devices.cs", org, ["clear", "--names-file", file, "--to", "none", "--dry-run"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Got 2 room workspaces in ", run.Output);
        Assert.DoesNotContain("Austin Focus", run.Output);
        Assert.Contains("  would switch Austin Board Room from freeCalling to none", run.Output);
        Assert.Contains("  would switch Austin Huddle from webexCalling to none", run.Output);
        Assert.Contains("Dry run: 2 workspaces would be switched to none, nothing changed", run.Output);
        Assert.Equal(WorkspaceCallingType.WebexCalling, await CallingAsync(org, huddle));
    }

    private static WorkspaceCalling WebexCallingOf(string extension) => new()
    {
        Type = WorkspaceCallingType.WebexCalling,
        WebexCalling = new WorkspaceWebexCalling { Extension = extension },
    };

    private static async Task<string> CreateRoomAsync(SampleOrg org, string name, string city, WorkspaceCalling calling)
    {
        var location = await org.Api.Locations.ListAsync(name: city).FirstAsync();
        var workspace = await org.Api.Workspaces.CreateAsync(new Workspace
        {
            DisplayName = name,
            LocationId = location.LocationId,
            SupportedDevices = WorkspaceSupportedDevices.CollaborationDevices,
            Calling = calling,
        });
        return workspace.WorkspaceId!;
    }

    private static async Task<WorkspaceCallingType?> CallingAsync(SampleOrg org, string workspaceId) =>
        (await org.Api.Workspaces.DetailsAsync(workspaceId)).Calling?.Type;
}
