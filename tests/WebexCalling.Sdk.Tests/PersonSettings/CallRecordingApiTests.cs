using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (CallRecordingApiRequestTests.g.cs).</summary>
public class CallRecordingApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ConfigureAsync_ReadSentBack_SendsNoneAsNullAndOnlyTheSchemaNames()
    {
        using var h = new ApiHarness();
        // the 2026 example answer, with a field this SDK does not know
        h.Mock.OnGet($"people/{PersonId}/features/callRecording").RespondJson(ApiHarness.Sample("person_call_recording")
            .Replace("\"externalGroup\":", "\"newField\": [1, 2], \"externalGroup\":"));
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/callRecording").Respond(HttpStatusCode.NoContent);
        var api = h.Api.PersonSettings.CallRecording;

        var recording = await api.ReadAsync(PersonId);
        await api.ConfigureAsync(PersonId, recording with { Record = CallRecordingRecord.Always });

        // "None" goes back as null; provider fields, access settings and the start/stop flag are not sent
        JsonAssert.Equal("""
            {"enabled": true, "newField": [1, 2], "notification": {"enabled": true, "type": null}, "record": "Always",
             "recordVoicemailEnabled": false, "repeat": {"enabled": false, "interval": 15},
             "startStopAnnouncement": {"internalCallsEnabled": false, "pstnCallsEnabled": false}}
            """, h.Requests[^1].Body);
    }

    [Fact]
    public async Task ConfigureAsync_AnnouncementsAndPostCallSettings_AreNotSent()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/callRecording").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.CallRecording.ConfigureAsync(PersonId, new CallRecordingSetting
        {
            Enabled = false,
            Notification = new CallRecordingNotification { NotificationType = CallRecordingNotificationType.Beep, Enabled = true },
            PostCallRecordingSettings = new PostCallRecordingSettings { TranscriptEnabled = true },
            Announcements = new CallRecordingAnnouncements { UseLocationLevelEnabled = true },
        });

        JsonAssert.Equal("""{"enabled": false, "notification": {"type": "Beep", "enabled": true}}""", h.Single().Body);
    }
}
