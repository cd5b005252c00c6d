using System.Net;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Telephony.Devices;
using WebexCalling.Sdk.Workspaces;

namespace WebexCalling.Sdk.IntegrationTests.Telephony;

/// <summary>
/// api.Telephony.Devices, api.WorkspaceSettings.Devices and the devices of a virtual line against the simulator's demo
/// organisation: the Lobby phones of api.Devices, their members, layout and settings, and a phone created by MAC address.
/// </summary>
public class TelephonyDevicesSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private WebexSimpleApi Api => fixture.H.Api;

    private async Task<Workspace> WorkspaceAsync(string name) =>
        (await Api.Workspaces.ListAsync(displayName: name).ToListAsync()).Single();

    private async Task<(Workspace Workspace, string DeviceId)> KioskAsync(string name, string extension, string mac)
    {
        var denver = (await Api.Locations.ListAsync(name: "Denver").ToListAsync()).Single();
        var kiosk = await Api.Workspaces.CreateAsync(new Workspace
        {
            DisplayName = name,
            LocationId = denver.LocationId,
            Calling = new WorkspaceCalling
            {
                Type = WorkspaceCallingType.WebexCalling,
                WebexCalling = new WorkspaceWebexCalling { LocationId = denver.LocationId, Extension = extension },
            },
        });
        var device = await Api.Devices.CreateByMacAddressAsync(mac, "DMS Cisco 8865", workspaceId: kiosk.WorkspaceId);
        return (kiosk, device.CallingDeviceId!);
    }

    [Fact]
    public async Task LobbyPhone_DetailsAndMembers_AreThoseOfTheWorkspace()
    {
        var lobby = await WorkspaceAsync("Denver Lobby");
        var phone = Assert.Single(await Api.Devices.ListAsync(workspaceId: lobby.WorkspaceId).ToListAsync());

        var details = await Api.Telephony.Devices.DetailsAsync(phone.CallingDeviceId!);
        var members = await Api.Telephony.Devices.MembersAsync(phone.CallingDeviceId!);
        var listed = await Api.WorkspaceSettings.Devices.ListAsync(lobby.WorkspaceId!).ToListAsync();
        var counts = await Api.WorkspaceSettings.Devices.ListAndCountsAsync(lobby.WorkspaceId!);

        Assert.Equal(phone.CallingDeviceId, details.Id);
        Assert.Equal(phone.Mac!.Replace(":", "", StringComparison.Ordinal), details.Mac);
        Assert.Equal("DMS Cisco 8851", details.Model);
        Assert.NotNull(details.Owner?.LinePort);
        Assert.Equal("DMS Cisco 8851", members.Model);
        var owner = Assert.Single(members.Members!);
        Assert.Equal(lobby.WorkspaceId, owner.MemberId);
        Assert.True(owner.PrimaryOwner);
        Assert.Equal(1, owner.Port);
        Assert.Equal(SettingsLineType.Primary, owner.LineType);
        Assert.Equal(phone.CallingDeviceId, Assert.Single(listed).DeviceId);
        Assert.True(Assert.Single(counts.Devices!).PrimaryOwner);
        Assert.Equal(1, counts.MaxDeviceCount);
    }

    [Fact]
    public async Task UpdateMembers_AddsAVirtualLine_ThatListsTheDeviceAndLeavesTheAvailableMembers()
    {
        var (kiosk, deviceId) = await KioskAsync("Denver Members Kiosk", "2381", "D8:2E:3E:EF:4E:61");
        var available = await Api.Telephony.Devices.AvailableMembersAsync(deviceId).ToListAsync();
        int before = await Api.Telephony.Devices.GetCountOfMembersAsync(deviceId);
        var line = available.First(m => m.MemberType == Common.UserType.VirtualLine);
        var members = await Api.Telephony.Devices.MembersAsync(deviceId);

        await Api.Telephony.Devices.UpdateMembersAsync(deviceId,
        [
            .. members.Members!,
            new DeviceMember { MemberId = line.MemberId, Port = 2, LineType = SettingsLineType.SharedCallAppearance, LineWeight = 1, LineLabel = "Shared" },
        ]);
        var after = await Api.Telephony.Devices.MembersAsync(deviceId);
        int afterCount = await Api.Telephony.Devices.GetCountOfMembersAsync(deviceId);
        var lineDevices = await Api.Telephony.VirtualLines.AssignedDevicesAsync(line.MemberId!);
        var invalid = await Assert.ThrowsAsync<WebexApiException>(() => Api.Telephony.Devices.UpdateMembersAsync(deviceId,
            [new DeviceMember { MemberId = line.MemberId, Port = 1, PrimaryOwner = true }]));
        await Api.Workspaces.DeleteAsync(kiosk.WorkspaceId!);

        Assert.Equal(before, available.Count);
        Assert.DoesNotContain(available, m => m.MemberId == kiosk.WorkspaceId);
        Assert.Equal([kiosk.WorkspaceId, line.MemberId], after.Members!.Select(m => m.MemberId));
        Assert.Equal("Shared", after.Members![1].LineLabel);
        Assert.Equal(before - 1, afterCount);
        var device = Assert.Single(lineDevices.Devices!, d => d.DeviceId == deviceId);
        Assert.False(device.PrimaryOwner);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    [Fact]
    public async Task ValidateMacs_KnowsTheDevicesOfTheOrganisation()
    {
        var lobby = await WorkspaceAsync("Austin Lobby");
        var phone = Assert.Single(await Api.Devices.ListAsync(workspaceId: lobby.WorkspaceId).ToListAsync());

        var result = await Api.Telephony.Devices.ValidateMacsAsync([phone.Mac!, "ab125678cdef", "ab125678cdef", "nope"]);

        Assert.Equal(WebexCalling.Sdk.Telephony.ValidationStatus.Errors, result.Status);
        Assert.Equal([MacState.Unavailable, MacState.DuplicateInList, MacState.DuplicateInList, MacState.Invalid],
            result.MacStatus!.Select(s => s.State));
        var free = await Api.Telephony.Devices.ValidateMacsAsync(["ab125678cdef"]);
        Assert.Equal(MacState.Available, Assert.Single(free.MacStatus!).State);
    }

    [Fact]
    public async Task LayoutSettingsAndHoteling_AreReadBackAsChanged()
    {
        var (kiosk, deviceId) = await KioskAsync("Denver Layout Kiosk", "2382", "D8:2E:3E:EF:4E:62");
        var layout = await Api.Telephony.Devices.GetDeviceLayoutAsync(deviceId);
        await Api.Telephony.Devices.ModifyDeviceLayoutAsync(deviceId, layout with
        {
            LineKeys = [new ProgrammableLineKey { LineKeyIndex = 1, LineKeyType = LineKeyType.PrimaryLine },
                new ProgrammableLineKey { LineKeyIndex = 2, LineKeyType = LineKeyType.SpeedDial, LineKeyLabel = "Desk", LineKeyValue = "2000" }],
        });
        await Api.Telephony.Devices.UpdateWorkspaceDeviceSettingsAsync(kiosk.WorkspaceId!, new DeviceSettings { Compression = DeviceCompression.Off });
        await Api.WorkspaceSettings.Devices.ModifyHotelingAsync(kiosk.WorkspaceId!,
            new DeviceHoteling { Enabled = true, LimitGuestUse = true, GuestHoursLimit = 12 });
        await Api.Telephony.Devices.ApplyChangesAsync(deviceId);

        var changed = await Api.Telephony.Devices.GetDeviceLayoutAsync(deviceId);
        var compression = await Api.Telephony.Devices.GetWorkspaceDeviceSettingsAsync(kiosk.WorkspaceId!);
        var device = Assert.Single(await Api.WorkspaceSettings.Devices.ListAsync(kiosk.WorkspaceId!).ToListAsync());
        await Api.Workspaces.DeleteAsync(kiosk.WorkspaceId!);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Api.Telephony.Devices.ApplyChangesAsync(deviceId));

        Assert.Equal("Desk", changed.LineKeys![1].LineKeyLabel);
        Assert.Equal(LineKeyType.SpeedDial, changed.LineKeys![1].LineKeyType);
        Assert.Equal(DeviceCompression.Off, compression.Compression);
        Assert.Equal(12, device.Hoteling!.GuestHoursLimit);
        Assert.True(device.Hoteling.Enabled);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task PersonDeviceCountAndSettings_AnswerForAPerson()
    {
        var person = (await Api.People.ListAsync(callingData: true).ToListAsync()).First(p => p.LocationId is not null);

        var count = await Api.Telephony.Devices.UserDevicesCountAsync(person.PersonId!);
        await Api.Telephony.Devices.UpdatePersonDeviceSettingsAsync(person.PersonId!, new DeviceSettings { Compression = DeviceCompression.On });
        var settings = await Api.Telephony.Devices.GetPersonDeviceSettingsAsync(person.PersonId!);
        var supported = await Api.Telephony.Devices.SupportedAsync();

        Assert.Equal(0, count.ApplicationsCount);
        Assert.True(count.TotalDeviceCount >= 0);
        Assert.Equal(DeviceCompression.On, settings.Compression);
        Assert.NotEmpty(supported.Devices!);
    }
}
