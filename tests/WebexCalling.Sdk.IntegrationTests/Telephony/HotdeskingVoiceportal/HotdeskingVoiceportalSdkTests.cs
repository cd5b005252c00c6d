using System.Net;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony.HotdeskingVoiceportal;
using WebexCalling.Sdk.Testing.Infrastructure;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.HotdeskingVoiceportal;

/// <summary>api.Telephony.HotdeskingVoiceportal against the simulator: one flag per location and per person.</summary>
public class HotdeskingVoiceportalSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private HotDeskingSigninViaVoicePortalApi VoicePortal => fixture.H.Api.Telephony.HotdeskingVoiceportal;

    [Fact]
    public async Task LocationUpdate_ReadsBackForThatLocationOnly()
    {
        string sanJose = fixture.LocationOfUser(0), denver = fixture.LocationOfUser(8), newYork = fixture.LocationOfUser(24);
        var seeded = await VoicePortal.LocationGetAsync(sanJose);
        var before = await VoicePortal.LocationGetAsync(denver);

        await VoicePortal.LocationUpdateAsync(denver, new HotDeskingVoicePortalSetting { Enabled = true });
        var on = await VoicePortal.LocationGetAsync(denver);
        await VoicePortal.LocationUpdateAsync(denver, on with { Enabled = false });
        var off = await VoicePortal.LocationGetAsync(denver);
        var other = await VoicePortal.LocationGetAsync(newYork);

        Assert.True(seeded.Enabled);
        Assert.False(before.Enabled);
        Assert.True(on.Enabled);
        Assert.False(off.Enabled);
        Assert.False(other.Enabled);
    }

    [Fact]
    public async Task UserUpdate_ReadsBackForThatPersonOnly()
    {
        string person = fixture.UserId(9), neighbour = fixture.UserId(10);
        var seeded = await VoicePortal.UserGetAsync(fixture.UserId(1));
        var before = await VoicePortal.UserGetAsync(person);

        await VoicePortal.UserUpdateAsync(person, new HotDeskingVoicePortalSetting { Enabled = true });
        var after = await VoicePortal.UserGetAsync(person);
        var other = await VoicePortal.UserGetAsync(neighbour);

        Assert.True(seeded.Enabled); // the first location's people
        Assert.False(before.Enabled);
        Assert.True(after.Enabled);
        Assert.False(other.Enabled);
    }

    [Fact]
    public async Task UnknownLocationOrPerson_Is404WithWebexsMessage()
    {
        var location = await Assert.ThrowsAsync<WebexApiException>(() => VoicePortal.LocationGetAsync(WebexIds.Encode(WebexIds.Location, Guid.NewGuid())));
        var person = await Assert.ThrowsAsync<WebexApiException>(() =>
            VoicePortal.UserUpdateAsync(WebexIds.Encode(WebexIds.People, Guid.NewGuid()), new HotDeskingVoicePortalSetting { Enabled = true }));

        Assert.Equal((HttpStatusCode.NotFound, "Location not found."), (location.StatusCode, location.WebexMessage));
        Assert.Equal((HttpStatusCode.NotFound, "Person not found."), (person.StatusCode, person.WebexMessage));
        Assert.False(string.IsNullOrEmpty(person.TrackingId));
    }
}
