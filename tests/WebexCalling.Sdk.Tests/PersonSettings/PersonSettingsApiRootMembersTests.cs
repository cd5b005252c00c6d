using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

// The members of PersonSettingsApi that belong to no single setting (wxc_sdk PersonSettingsApi methods).
public class PersonSettingsApiRootMembersTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task GetAsync_WithOrgId_ParsesLanguageAndTimeZone()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}?orgId=O1").RespondJson("""{"announcementLanguage": "en_us", "timeZone": "America/Chicago"}""");

        var settings = await h.Api.PersonSettings.GetAsync(PersonId, "O1");

        Assert.Equal("en_us", settings.AnnouncementLanguage);
        Assert.Equal("America/Chicago", settings.TimeZone);
    }

    [Fact]
    public async Task ModifyAsync_SendsOnlyTheGivenFields()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"telephony/config/people/{PersonId}").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.ModifyAsync(PersonId, timeZone: "Europe/Berlin");

        JsonAssert.Equal("""{"timeZone": "Europe/Berlin"}""", h.Single().Body);
    }

    [Fact]
    public async Task DevicesAsync_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/devices?orgId=O1").RespondJson(ApiHarness.Sample("person_devices"));

        var list = await h.Api.PersonSettings.DevicesAsync(PersonId, "O1");

        Assert.Equal(1, list.MaxDeviceCount);
        Assert.Equal(1, list.MaxOwnedDeviceCount);
        var device = Assert.Single(list.Devices!);
        Assert.Equal(["Your tag", "John Doe (Cisco 8875)"], device.Descriptions!);
        Assert.Equal("Cisco 8875", device.DisplayName);
        Assert.Equal(PersonDeviceModelType.Mpp, device.ModelType);
        Assert.Equal(SettingsLineType.Primary, device.DeviceType);
        Assert.Equal("52EAD324FD21", device.Mac);
        Assert.True(device.Hoteling!.LimitGuestUse);
        Assert.Equal(5, device.Hoteling.GuestHoursLimit);
        Assert.Equal("Doe", device.Owner!.LastName);
        Assert.Equal(UserType.People, device.Owner.OwnerType);
    }

    [Fact]
    public async Task ModifyHotelingSettingsPrimaryDevicesAsync_WrapsTheSettings()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"telephony/config/people/{PersonId}/devices/settings/hoteling?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.ModifyHotelingSettingsPrimaryDevicesAsync(PersonId,
            new DeviceHoteling { Enabled = true, LimitGuestUse = true, GuestHoursLimit = 8 }, "O1");

        JsonAssert.Equal("""{"hoteling": {"enabled": true, "limitGuestUse": true, "guestHoursLimit": 8}}""", h.Single().Body);
    }

    [Fact]
    public async Task GetCallCaptionsSettingsAsync_ParsesAllFields()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/callCaptions").RespondJson("""
            {"userClosedCaptionsEnabled": true, "userTranscriptsEnabled": false, "locationClosedCaptionsEnabled": true,
             "locationTranscriptsEnabled": true, "useLocationSettingsEnabled": false}
            """);

        var captions = await h.Api.PersonSettings.GetCallCaptionsSettingsAsync(PersonId);

        Assert.True(captions.UserClosedCaptionsEnabled);
        Assert.False(captions.UserTranscriptsEnabled);
        Assert.True(captions.LocationTranscriptsEnabled);
        Assert.False(captions.UseLocationSettingsEnabled);
    }

    [Fact]
    public async Task UpdateCallCaptionsSettingsAsync_LeavesOutTheLocationValuesAndKeepsUnknownFields()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/callCaptions").RespondJson("""
            {"userClosedCaptionsEnabled": true, "locationClosedCaptionsEnabled": true, "locationTranscriptsEnabled": false, "newOne": 1}
            """);
        h.Mock.On(HttpMethod.Put, $"telephony/config/people/{PersonId}/callCaptions").Respond(HttpStatusCode.NoContent);

        var read = await h.Api.PersonSettings.GetCallCaptionsSettingsAsync(PersonId);
        await h.Api.PersonSettings.UpdateCallCaptionsSettingsAsync(PersonId, read with { UserTranscriptsEnabled = true });

        JsonAssert.Equal("""{"userClosedCaptionsEnabled": true, "userTranscriptsEnabled": true, "newOne": 1}""", h.Requests[1].Body);
    }

    [Fact]
    public async Task GetCallingServicesAsync_ReturnsTheServices()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/services?orgId=O1").RespondJson("""{"services": ["CALL_WAITING", "EXECUTIVE"]}""");

        var services = await h.Api.PersonSettings.GetCallingServicesAsync(PersonId, "O1");

        Assert.Equal(["CALL_WAITING", "EXECUTIVE"], services);
    }

    [Fact]
    public async Task ResetVmPinAsync_PostsWithoutBody()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"people/{PersonId}/features/voicemail/actions/resetPin/invoke?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.ResetVmPinAsync(PersonId, "O1");

        Assert.Equal(HttpMethod.Post, h.Single().Method);
        Assert.Null(h.Single().Body);
    }

    [Fact]
    public async Task DevicesAsync_EmptyId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.PersonSettings.DevicesAsync(""));

        Assert.Empty(h.Requests);
    }
}
