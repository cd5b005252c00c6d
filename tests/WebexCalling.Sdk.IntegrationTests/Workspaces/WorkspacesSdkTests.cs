using System.Net;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Locations;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Workspaces;

namespace WebexCalling.Sdk.IntegrationTests.Workspaces;

/// <summary>
/// api.Workspaces (and the workspace numbers and personalisation) against the simulator's demo organisation: the
/// seeded lobby and board room per location, Webex Calling workspaces on free numbers, and what losing Webex Calling
/// takes away.
/// </summary>
public class WorkspacesSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private WebexSimpleApi Api => fixture.H.Api;

    private async Task<Location> LocationAsync(string name) => (await Api.Locations.ListAsync(name: name).ToListAsync()).Single();

    private async Task<string> FreeNumberAsync(string locationId, int skip = 0) =>
        (await Api.Telephony.PhoneNumbersAsync(locationId: locationId, available: true).ToListAsync())
            .Where(n => n.TollFreeNumber != true && n.MainNumber != true).Skip(skip).First().PhoneNumber!;

    private static Workspace Calling(string name, string locationId, string? number, string? extension) => new()
    {
        DisplayName = name,
        LocationId = locationId,
        Calling = new WorkspaceCalling
        {
            Type = WorkspaceCallingType.WebexCalling,
            WebexCalling = new WorkspaceWebexCalling { LocationId = locationId, PhoneNumber = number, Extension = extension },
        },
    };

    [Fact]
    public async Task List_DemoOrg_HasALobbyWithWebexCallingAndABoardRoomPerLocation()
    {
        var all = await Api.Workspaces.ListAsync().ToListAsync();
        var calling = await Api.Workspaces.ListAsync(calling: WorkspaceCallingType.WebexCalling).ToListAsync();
        var rooms = await Api.Workspaces.ListAsync(capacity: 12, type: WorkspaceType.MeetingRoom).ToListAsync();
        var denver = await LocationAsync("Denver");
        var inDenver = await Api.Workspaces.ListAsync(locationId: denver.LocationId).ToListAsync();

        Assert.Contains("San Jose Lobby", all.Select(w => w.DisplayName));
        Assert.Equal(["San Jose Lobby", "Denver Lobby", "Austin Lobby", "New York Lobby"], calling.Select(w => w.DisplayName));
        Assert.All(calling, w => Assert.Single(w.Calling!.WebexCalling!.Licenses!));
        Assert.Equal(["San Jose Board Room", "Denver Board Room", "Austin Board Room", "New York Board Room"], rooms.Select(w => w.DisplayName));
        Assert.All(rooms, w => Assert.Equal(WorkspaceCallingType.FreeCalling, w.Calling!.Type));
        Assert.Equal(["Denver Lobby", "Denver Board Room"], inDenver.Select(w => w.DisplayName));
        Assert.All(inDenver, w => Assert.Equal(denver.LocationId, w.LocationId));
    }

    [Fact]
    public async Task WebexCallingWorkspace_OnAFreeNumber_IsItsOwnerUntilItLosesWebexCalling()
    {
        var denver = await LocationAsync("Denver");
        string number = await FreeNumberAsync(denver.LocationId!);

        var created = await Api.Workspaces.CreateAsync(Calling("Denver Kiosk", denver.LocationId!, number, "2350") with { Capacity = 2 });
        var owned = (await Api.Telephony.PhoneNumbersAsync(phoneNumber: number).ToListAsync()).Single();
        var numbers = await Api.WorkspaceSettings.Numbers.ReadAsync(created.WorkspaceId!);
        await Api.WorkspaceSettings.CallPolicy.ConfigureAsync(created.WorkspaceId!, PrivacyOnRedirectedCalls.PrivacyForAllCalls);
        var policy = await Api.WorkspaceSettings.CallPolicy.ReadAsync(created.WorkspaceId!);

        var free = await Api.Workspaces.UpdateAsync(created.WorkspaceId!, created with
        {
            Calling = new WorkspaceCalling { Type = WorkspaceCallingType.FreeCalling },
        });
        var released = (await Api.Telephony.PhoneNumbersAsync(phoneNumber: number).ToListAsync()).Single();
        var noNumbers = await Assert.ThrowsAsync<WebexApiException>(() => Api.WorkspaceSettings.Numbers.ReadAsync(created.WorkspaceId!));
        var freeAgain = await Api.Telephony.PhoneNumbersAsync(locationId: denver.LocationId, available: true).Select(n => n.PhoneNumber).ToListAsync();

        // calling again: the settings it had before are gone (defaults)
        await Api.Workspaces.UpdateAsync(created.WorkspaceId!, Calling("Denver Kiosk", denver.LocationId!, number, "2350"));
        var policyAfter = await Api.WorkspaceSettings.CallPolicy.ReadAsync(created.WorkspaceId!);
        await Api.Workspaces.DeleteAsync(created.WorkspaceId!);

        Assert.Equal(WorkspaceCallingType.WebexCalling, created.Calling!.Type);
        Assert.Equal((denver.LocationId, 2), (created.LocationId, created.Capacity));
        Assert.Equal((created.WorkspaceId, AvailableNumberOwnerType.Place), (owned.Owner!.OwnerId, owned.Owner.OwnerType));
        Assert.Equal("2350", owned.Extension);
        Assert.Equal((number, "2350", true), (numbers.PhoneNumbers![0].External, numbers.PhoneNumbers[0].Extension, numbers.PhoneNumbers[0].Primary));
        Assert.Equal(denver.LocationId, numbers.Location!.Id);
        Assert.Equal(PrivacyOnRedirectedCalls.PrivacyForAllCalls, policy);
        Assert.Equal(WorkspaceCallingType.FreeCalling, free.Calling!.Type);
        Assert.Null(free.Calling.WebexCalling);
        Assert.Null(released.Owner);
        Assert.Equal(HttpStatusCode.NotFound, noNumbers.StatusCode);
        Assert.Contains(number, freeAgain);
        Assert.Equal(PrivacyOnRedirectedCalls.NoPrivacy, policyAfter);
    }

    [Fact]
    public async Task Create_WithANumberInUseOrWithoutLocation_IsRefused()
    {
        var sanJose = await LocationAsync("San Jose");
        var lobby = (await Api.Workspaces.ListAsync(displayName: "San Jose Lobby").ToListAsync()).Single();
        var lobbyNumber = (await Api.WorkspaceSettings.Numbers.ReadAsync(lobby.WorkspaceId!)).PhoneNumbers![0];

        var taken = await Assert.ThrowsAsync<WebexApiException>(() =>
            Api.Workspaces.CreateAsync(Calling("Copy of the lobby", sanJose.LocationId!, lobbyNumber.External, null)));
        var takenExtension = await Assert.ThrowsAsync<WebexApiException>(() =>
            Api.Workspaces.CreateAsync(Calling("Same extension", sanJose.LocationId!, null, lobbyNumber.Extension)));
        var noLocation = await Assert.ThrowsAsync<WebexApiException>(() => Api.Workspaces.CreateAsync(new Workspace
        {
            DisplayName = "Nowhere",
            Calling = new WorkspaceCalling { Type = WorkspaceCallingType.WebexCalling, WebexCalling = new WorkspaceWebexCalling { Extension = "1399" } },
        }));
        var unnamed = await Assert.ThrowsAsync<WebexApiException>(() => Api.Workspaces.CreateAsync(new Workspace { Capacity = 3 }));
        var all = await Api.Workspaces.ListAsync().Select(w => w.DisplayName).ToListAsync();

        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, takenExtension.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noLocation.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        Assert.DoesNotContain("Copy of the lobby", all);
        Assert.DoesNotContain("Nowhere", all);
    }

    [Fact]
    public async Task UpdateAndDelete_ClearWhatIsLeftOutKeepTheCalendarAndFreeTheNumber()
    {
        var austin = await LocationAsync("Austin");
        string number = await FreeNumberAsync(austin.LocationId!, skip: 1);
        var created = await Api.Workspaces.CreateAsync(Calling("Austin Huddle", austin.LocationId!, number, null) with
        {
            Capacity = 4,
            WorkspaceType = WorkspaceType.Huddle,
            Notes = "by the kitchen",
            Calendar = new WorkspaceCalendar { CalendarType = WorkspaceCalendarType.Google, EmailAddress = "huddle@example.com" },
        });

        var updated = await Api.Workspaces.UpdateAsync(created.WorkspaceId!, new Workspace { DisplayName = "Austin Huddle 2" });
        var read = await Api.Workspaces.DetailsAsync(created.WorkspaceId!);
        var moved = await Assert.ThrowsAsync<WebexApiException>(() => Api.Workspaces.UpdateAsync(created.WorkspaceId!,
            read with { LocationId = fixture.LocationOfUser(0) }));
        await Api.Workspaces.DeleteAsync(created.WorkspaceId!);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Api.Workspaces.DetailsAsync(created.WorkspaceId!));
        var released = (await Api.Telephony.PhoneNumbersAsync(phoneNumber: number).ToListAsync()).Single();

        Assert.Equal((4, WorkspaceType.Huddle, "by the kitchen"), (created.Capacity, created.WorkspaceType, created.Notes));
        Assert.Equal("Austin Huddle 2", updated.DisplayName);
        Assert.Equal((null, null, null), (read.Capacity, read.WorkspaceType, read.Notes));
        Assert.Equal(WorkspaceCalendarType.Google, read.Calendar!.CalendarType);
        Assert.Equal((WorkspaceCallingType.WebexCalling, austin.LocationId), (read.Calling!.Type, read.LocationId));
        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Null(released.Owner);
    }

    [Fact]
    public async Task Capabilities_AnswerPerWorkspace()
    {
        var lobby = (await Api.Workspaces.ListAsync(displayName: "Austin Lobby").ToListAsync()).Single();
        var room = (await Api.Workspaces.ListAsync(displayName: "Austin Board Room").ToListAsync()).Single();

        var phones = await Api.Workspaces.CapabilitiesAsync(lobby.WorkspaceId!);
        var devices = await Api.Workspaces.CapabilitiesAsync(room.WorkspaceId!);
        var withCapabilities = await Api.Workspaces.DetailsAsync(room.WorkspaceId!, includeCapabilities: true);
        var unknown = await Assert.ThrowsAsync<WebexApiException>(() => Api.Workspaces.CapabilitiesAsync(
            Testing.Infrastructure.WebexIds.Encode(Testing.Infrastructure.WebexIds.Workspace, Guid.NewGuid())));

        Assert.Equal(WorkspaceSupportedDevices.Phones, lobby.SupportedDevices);
        Assert.False(phones!.OccupancyDetection!.Supported);
        Assert.True(devices!.OccupancyDetection!.Supported);
        Assert.False(devices.OccupancyDetection.Configured);
        Assert.True(withCapabilities.Capabilities!.Temperature!.Supported);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Personalize_ABoardRoom_TaskRunsThenSucceeds_AWebexCallingWorkspaceIsRefused()
    {
        var room = (await Api.Workspaces.ListAsync(displayName: "New York Board Room").ToListAsync()).Single();
        var lobby = (await Api.Workspaces.ListAsync(displayName: "New York Lobby").ToListAsync()).Single();
        string email = fixture.Users[24]["emails"]!.AsArray()[0]!.GetValue<string>();
        var plain = await Api.Workspaces.UpdateAsync(room.WorkspaceId!, room with
        {
            Calendar = new WorkspaceCalendar { CalendarType = WorkspaceCalendarType.None },
        });

        var before = await Assert.ThrowsAsync<WebexApiException>(() => Api.WorkspacePersonalization.GetPersonalizationTaskAsync(room.WorkspaceId!));
        await Api.WorkspacePersonalization.PersonalizeAWorkspaceAsync(room.WorkspaceId!, email);
        var running = await Api.WorkspacePersonalization.GetPersonalizationTaskAsync(room.WorkspaceId!);
        var done = await Api.WorkspacePersonalization.GetPersonalizationTaskAsync(room.WorkspaceId!);
        var calling = await Assert.ThrowsAsync<WebexApiException>(() => Api.WorkspacePersonalization.PersonalizeAWorkspaceAsync(lobby.WorkspaceId!, email));
        var nobody = await Assert.ThrowsAsync<WebexApiException>(() =>
            Api.WorkspacePersonalization.PersonalizeAWorkspaceAsync(room.WorkspaceId!, "nobody@example.com"));

        Assert.Equal(WorkspaceCalendarType.None, plain.Calendar!.CalendarType);
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Null(running.Success);
        Assert.True(done.Success);
        Assert.Equal(HttpStatusCode.BadRequest, calling.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nobody.StatusCode);
    }
}
