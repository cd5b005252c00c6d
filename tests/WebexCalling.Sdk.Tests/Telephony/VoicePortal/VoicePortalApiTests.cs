using System.Net;
using System.Text.Json;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;
using WebexCalling.Sdk.Telephony.VoicePortal;

namespace WebexCalling.Sdk.Tests.Telephony.VoicePortal;

/// <summary>The hand-written update: settings without read-only fields, the passcode as new and confirmed passcode.</summary>
public class VoicePortalApiTests
{
    private const string LocationId = "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzMxMTYx";

    [Fact]
    public async Task UpdateAsync_ReadChangedWithPasscode_SendsTheReferenceBodyAndNeverLogsThePasscode()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Get, $"telephony/config/locations/{LocationId}/voicePortal")
            .Respond(_ => ApiHarness.Json(HttpStatusCode.OK, ApiHarness.Sample("voice_portal_details")));
        h.Mock.On(HttpMethod.Put, $"telephony/config/locations/{LocationId}/voicePortal?orgId=O1").Respond(HttpStatusCode.NoContent);
        var portal = h.Api.Telephony.Voiceportal;

        var read = await portal.ReadAsync(LocationId);
        await portal.UpdateAsync(LocationId, read with { Name = "Voice Portal Name", Extension = "5678", PhoneNumber = null }, "135668", orgId: "O1");

        JsonAssert.Same("""
            {"name": "Voice Portal Name", "languageCode": "en_us", "extension": "5678", "firstName": "firstName", "lastName": "lastName",
             "directLineCallerIdName": {"selection": "CUSTOM_NAME", "customName": "Hakim Smith"}, "dialByName": "Hakim Smith",
             "passcode": {"newPasscode": "135668", "confirmPasscode": "135668"}}
            """, h.Requests[^1].Body);
        Assert.Contains(h.Logs.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Trace); // bodies were logged
        Assert.DoesNotContain("135668", h.Logs.AllText);
    }

    [Fact]
    public async Task UpdateAsync_NoPasscode_SendsNoPasscodeObject()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"telephony/config/locations/{LocationId}/voicePortal").Respond(HttpStatusCode.NoContent);

        await h.Api.Telephony.Voiceportal.UpdateAsync(LocationId, new VoicePortalSettings { PortalId = "P1", Language = "English", LanguageCode = "fr_fr" });

        JsonAssert.Same("""{"languageCode": "fr_fr"}""", h.Single().Body);
    }

    [Fact]
    public void VoicePortalSettings_ReadsTheOfficialExample()
    {
        var settings = JsonSerializer.Deserialize(ApiHarness.Sample("voice_portal_details"), VoicePortalJson.Default.VoicePortalSettings)!;

        Assert.Equal(("test voicePortal", "English", "0007"), (settings.Name, settings.Language, settings.Extension));
        Assert.StartsWith("Y2lzY29zcGFyazovL3VzL1ZPSUNFTUFJTF9HUk9VUC8", settings.PortalId);
    }
}
