using System.Net;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Telephony.CallIntercept;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.CallIntercept;

/// <summary>api.Telephony.CallIntercept against the simulator, which serves it from the description (sim: generated).</summary>
public class LocationInterceptSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private LocationInterceptApi Intercept => fixture.H.Api.Telephony.CallIntercept;

    [Fact]
    public async Task ReadConfigureRead_ReadsBackWhatWasSent()
    {
        string denver = fixture.LocationOfUser(8);

        var before = await Intercept.ReadAsync(denver);
        await Intercept.ConfigureAsync(denver, before with
        {
            Enabled = true,
            Incoming = before.Incoming! with
            {
                InterceptType = InterceptTypeIncoming.InterceptAll,
                VoicemailEnabled = true,
                Announcements = before.Incoming.Announcements! with
                {
                    NewNumber = new InterceptNumber { Enabled = true, Destination = "+13035550250" },
                },
            },
            Outgoing = new InterceptSettingOutgoing { InterceptType = InterceptTypeOutgoing.AllowLocalOnly, TransferEnabled = true, Destination = "+13035550251" },
        });
        var after = await Intercept.ReadAsync(denver);
        var otherLocation = await Intercept.ReadAsync(fixture.LocationOfUser(0));

        Assert.False(before.Enabled); // a location starts with intercept off
        Assert.True(after.Enabled);
        Assert.True(after.Incoming!.VoicemailEnabled);
        Assert.Equal(Greeting.Default, after.Incoming.Announcements!.Greeting);
        Assert.Equal((true, "+13035550250"), (after.Incoming.Announcements.NewNumber!.Enabled, after.Incoming.Announcements.NewNumber.Destination));
        Assert.Equal(InterceptTypeOutgoing.AllowLocalOnly, after.Outgoing!.InterceptType);
        Assert.Equal("+13035550251", after.Outgoing.Destination);
        Assert.False(otherLocation.Enabled);
    }

    [Fact]
    public async Task ReadAsync_UnknownLocation_Is404()
    {
        var e = await Assert.ThrowsAsync<WebexApiException>(() =>
            Intercept.ReadAsync("Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMA"));

        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        Assert.Equal("Location not found.", e.WebexMessage);
        Assert.False(string.IsNullOrEmpty(e.TrackingId));
    }
}
