using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using WebexCalling.Sdk.Devices;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony;
using WebexCalling.Sdk.Workspaces;

namespace WebexCalling.Sdk.IntegrationTests.Devices;

/// <summary>
/// api.Devices, api.XApi and api.DeviceConfigurations against the simulator's demo organisation: a desk phone in each
/// Lobby, a Room Kit in each Board Room, phones created by MAC address that go with their workspace.
/// </summary>
public class DevicesSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private WebexSimpleApi Api => fixture.H.Api;

    private async Task<Workspace> WorkspaceAsync(string name) =>
        (await Api.Workspaces.ListAsync(displayName: name).ToListAsync()).Single();

    [Fact]
    public async Task List_DemoOrg_HasAPhoneInEachLobbyAndARoomKitInEachBoardRoom()
    {
        var lobby = await WorkspaceAsync("Denver Lobby");
        var boardRoom = await WorkspaceAsync("Denver Board Room");

        var lobbyDevices = await Api.Devices.ListAsync(workspaceId: lobby.WorkspaceId).ToListAsync();
        var roomDevices = await Api.Devices.ListAsync(workspaceId: boardRoom.WorkspaceId).ToListAsync();
        var xapi = await Api.Devices.ListAsync(capability: "xapi").ToListAsync();

        var phone = Assert.Single(lobbyDevices);
        Assert.Equal("Cisco 8851", phone.Product);
        Assert.Equal(lobby.LocationId, phone.LocationId);
        var room = Assert.Single(roomDevices);
        Assert.Equal(["xapi"], room.Capabilities);
        Assert.Equal(4, xapi.Count);
    }

    [Fact]
    public async Task CreateByMacAddress_ForAWorkspace_ListsUnderItAndGoesWithIt()
    {
        var denver = (await Api.Locations.ListAsync(name: "Denver").ToListAsync()).Single();
        var kiosk = await Api.Workspaces.CreateAsync(new Workspace
        {
            DisplayName = "Denver Device Kiosk",
            LocationId = denver.LocationId,
            Calling = new WorkspaceCalling
            {
                Type = WorkspaceCallingType.WebexCalling,
                WebexCalling = new WorkspaceWebexCalling { LocationId = denver.LocationId, Extension = "2377" },
            },
        });

        var created = await Api.Devices.CreateByMacAddressAsync("D8:2E:3E:EF:4E:5C", "DMS Cisco 8865", workspaceId: kiosk.WorkspaceId);
        var listed = await Api.Devices.ListAsync(workspaceId: kiosk.WorkspaceId).ToListAsync();
        var withDevices = await Api.Workspaces.DetailsAsync(kiosk.WorkspaceId!, includeDevices: true);
        var tagged = await Api.Devices.ModifyDeviceTagsAsync(created.DeviceId!, DeviceTagOp.Add, ["kiosk", "lobby"]);
        var untagged = await Api.Devices.ModifyDeviceTagsAsync(created.DeviceId!, DeviceTagOp.Remove, ["lobby"]);
        var duplicate = await Assert.ThrowsAsync<WebexApiException>(() =>
            Api.Devices.CreateByMacAddressAsync("D82E3EEF4E5C", "DMS Cisco 8865", workspaceId: kiosk.WorkspaceId));
        await Api.Workspaces.DeleteAsync(kiosk.WorkspaceId!);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Api.Devices.DetailsAsync(created.DeviceId!));
        var afterDelete = await Api.Devices.ListAsync(workspaceId: kiosk.WorkspaceId).ToListAsync();

        Assert.Equal("D8:2E:3E:EF:4E:5C", created.Mac);
        Assert.Equal(kiosk.WorkspaceId, created.WorkspaceId);
        Assert.Equal(created.DeviceId, Assert.Single(listed).DeviceId);
        Assert.Equal(created.DeviceId, Assert.Single(withDevices.Devices!).DeviceId);
        Assert.Equal(["kiosk", "lobby"], tagged.Tags);
        Assert.Equal(["kiosk"], untagged.Tags);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Empty(afterDelete);
    }

    [Fact]
    public async Task CreateByMacAddress_ForAWorkspaceWithoutCalling_IsRefused()
    {
        var boardRoom = await WorkspaceAsync("Austin Board Room");

        var error = await Assert.ThrowsAsync<WebexApiException>(() =>
            Api.Devices.CreateByMacAddressAsync("0011223344AA", "DMS Cisco 8851", workspaceId: boardRoom.WorkspaceId));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
    }

    [Fact]
    public async Task XApi_SetTheVolume_TheStatusQueryReadsIt()
    {
        var boardRoom = await WorkspaceAsync("San Jose Board Room");
        var room = (await Api.Devices.ListAsync(workspaceId: boardRoom.WorkspaceId).ToListAsync()).Single();

        var before = await Api.XApi.QueryStatusAsync(room.DeviceId!, ["Audio.Volume"]);
        var command = await Api.XApi.ExecuteCommandAsync("Audio.Volume.Set", room.DeviceId!, new JsonObject { ["Level"] = 35 });
        var after = await Api.XApi.QueryStatusAsync(room.DeviceId!, ["Audio.Volume", "Standby.State"]);

        Assert.Equal(50, before.Result!.Value.GetProperty("Audio").GetProperty("Volume").GetInt32());
        Assert.Equal(35, command.Arguments!.Value.GetProperty("Level").GetInt32());
        Assert.Equal(35, after.Result!.Value.GetProperty("Audio").GetProperty("Volume").GetInt32());
        Assert.Equal("Off", after.Result!.Value.GetProperty("Standby").GetProperty("State").GetString());
    }

    [Fact]
    public async Task DeviceConfigurations_ReplaceThenRemove_ReturnsToTheDefault()
    {
        var boardRoom = await WorkspaceAsync("Austin Board Room");
        var room = (await Api.Devices.ListAsync(workspaceId: boardRoom.WorkspaceId).ToListAsync()).Single();
        const string Key = "Audio.Ultrasound.MaxVolume";

        var set = await Api.DeviceConfigurations.UpdateAsync(room.DeviceId!,
            [new DeviceConfigurationOperation { Op = DeviceConfigurationOp.Replace, Key = Key, Value = JsonSerializer.SerializeToElement(40) }]);
        var read = await Api.DeviceConfigurations.ListAsync(room.DeviceId!, key: "Audio.*");
        await Api.DeviceConfigurations.UpdateAsync(room.DeviceId!, [new DeviceConfigurationOperation { Op = DeviceConfigurationOp.Remove, Key = Key }]);
        var reset = await Api.DeviceConfigurations.ListAsync(room.DeviceId!, key: Key);

        Assert.Equal(40, set.Items![Key].Value!.Value.GetInt32());
        Assert.Equal(DeviceConfigurationSourceKind.Configured, read.Items![Key].Source);
        Assert.Equal(70, reset.Items![Key].Value!.Value.GetInt32());
        Assert.Equal(DeviceConfigurationSourceKind.Default, reset.Items![Key].Source);
    }

    [Fact]
    public async Task SettingsJobs_ChangeForALocation_CompletesAndIsListedFirst()
    {
        var denver = (await Api.Locations.ListAsync(name: "Denver").ToListAsync()).Single();
        var customizations = new DeviceCustomizations
        {
            Mpp = new MppCustomization { DndServicesEnabled = false },
        };

        var started = await Api.Devices.SettingsJobs.ChangeAsync(new DeviceSettingsJobChange
        {
            LocationId = denver.LocationId, LocationCustomizationsEnabled = true, Customizations = customizations,
        });
        var status = await Api.Devices.SettingsJobs.StatusAsync(started.Id!);
        var jobs = await Api.Devices.SettingsJobs.ListAsync().ToListAsync();
        var errors = await Api.Devices.SettingsJobs.ErrorsAsync(started.Id!).ToListAsync();

        Assert.Equal(JobStatus.Completed, status.LatestExecutionStatus);
        Assert.Equal(denver.LocationId, status.LocationId);
        Assert.Equal(2, status.DeviceCount);
        Assert.Equal(started.Id, jobs[0].Id);
        Assert.Empty(errors);
    }
}
