using System.Net;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony.VoicePortal;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.VoicePortal;

/// <summary>api.Telephony.Voiceportal against the simulator (Endpoints/VoicePortalEndpoints.cs).</summary>
public class VoicePortalSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private VoicePortalApi Portal => fixture.H.Api.Telephony.Voiceportal;

    [Fact]
    public async Task ReadUpdateRead_SettingsAndPasscode_ReadBackWithoutThePasscode()
    {
        string denver = fixture.LocationOfUser(8);
        var defaults = await Portal.ReadAsync(denver);
        var free = await Portal.AvailablePhoneNumbersAsync(denver).Select(n => n.PhoneNumber!).ToListAsync();

        await Portal.UpdateAsync(denver, defaults with
        {
            Name = "Denver IVR",
            LanguageCode = "fr_fr",
            Extension = "2900",
            PhoneNumber = free[0],
            DirectLineCallerIdName = new DirectLineCallerIdName { Selection = DirectLineCallerIdNameSelection.CustomName, CustomName = "Denver admin" },
        }, passcode: "740295");
        var updated = await Portal.ReadAsync(denver);
        var raw = await fixture.H.Api.Session.GetAsync($"telephony/config/locations/{denver}/voicePortal", null, WebexJson.Default.JsonElement);
        var stillFree = await Portal.AvailablePhoneNumbersAsync(denver).Select(n => n.PhoneNumber!).ToListAsync();

        Assert.Equal(("Denver Voice Portal", "English", "en_us"), (defaults.Name, defaults.Language, defaults.LanguageCode));
        Assert.False(string.IsNullOrEmpty(defaults.PortalId));
        Assert.Null(defaults.PhoneNumber);
        Assert.Equal(DirectLineCallerIdNameSelection.DisplayName, defaults.DirectLineCallerIdName!.Selection);

        Assert.Equal(defaults.PortalId, updated.PortalId);
        Assert.Equal(("Denver IVR", "French", "fr_fr", "2900", free[0]), (updated.Name, updated.Language, updated.LanguageCode, updated.Extension, updated.PhoneNumber));
        Assert.Equal("Denver admin", updated.DirectLineCallerIdName!.CustomName);
        Assert.False(raw.TryGetProperty("passcode", out _));
        Assert.DoesNotContain("740295", raw.GetRawText());
        Assert.DoesNotContain(free[0], stillFree);
    }

    [Fact]
    public async Task PasscodeRulesAsync_AnswersTheRulesUpdatesAreHeldTo()
    {
        var rules = await Portal.PasscodeRulesAsync(fixture.LocationOfUser(0));

        Assert.Equal((6, 30), (rules.Length!.Min, rules.Length.Max));
        Assert.Equal((true, 3), (rules.BlockRepeatedDigits!.Enabled, rules.BlockRepeatedDigits.Max));
        Assert.Equal((3, 3), (rules.BlockContiguousSequences!.NumberOfAscendingDigits, rules.BlockContiguousSequences.NumberOfDescendingDigits));
        Assert.Equal((true, 180), (rules.ExpirePasscode!.Enabled, rules.ExpirePasscode.NumberOfDays));
        Assert.Equal(3, rules.FailedAttempts!.Attempts);
        Assert.Equal(10, rules.BlockPreviousPasscodes!.NumberOfPasscodes);
        Assert.True(rules.BlockRepeatedPatternsEnabled);
    }

    [Theory]
    [InlineData("12345", "6 to 30 digits")]
    [InlineData("901234", "ascending or descending")]
    [InlineData("577779", "repeat a digit")]
    [InlineData("472472", "repeated pattern")]
    public async Task UpdateAsync_PasscodeBreakingARule_Is400AndChangesNothing(string passcode, string expected)
    {
        string austin = fixture.LocationOfUser(16);
        var before = await Portal.ReadAsync(austin);

        var e = await Assert.ThrowsAsync<WebexApiException>(() =>
            Portal.UpdateAsync(austin, new VoicePortalSettings { Name = "Should not stick" }, passcode));
        var after = await Portal.ReadAsync(austin);

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Contains(expected, e.WebexMessage);
        Assert.Equal(before.Name, after.Name);
    }

    [Fact]
    public async Task UpdateAsync_PreviousPasscodeAgain_Is400()
    {
        string newYork = fixture.LocationOfUser(24);
        await Portal.UpdateAsync(newYork, new VoicePortalSettings(), passcode: "813572");
        await Portal.UpdateAsync(newYork, new VoicePortalSettings(), passcode: "604918");

        var e = await Assert.ThrowsAsync<WebexApiException>(() => Portal.UpdateAsync(newYork, new VoicePortalSettings(), passcode: "813572"));

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Contains("last 10 passcodes", e.WebexMessage);
    }

    [Fact]
    public async Task UpdateAsync_NumberNotOfTheLocation_Is400()
    {
        string sanJose = fixture.LocationOfUser(0);

        var e = await Assert.ThrowsAsync<WebexApiException>(() =>
            Portal.UpdateAsync(sanJose, new VoicePortalSettings { PhoneNumber = "+13035550150" }));

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Contains("not an unassigned number", e.WebexMessage);
    }

    [Fact]
    public async Task ReadAsync_UnknownLocation_Is404WithWebexMessage()
    {
        string unknown = Convert.ToBase64String("ciscospark://us/LOCATION/00000000-0000-0000-0000-000000000003"u8.ToArray()).TrimEnd('=');

        var e = await Assert.ThrowsAsync<WebexApiException>(() => Portal.ReadAsync(unknown));

        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        Assert.Equal("Location not found.", e.WebexMessage);
        Assert.False(string.IsNullOrEmpty(e.TrackingId));
    }
}
