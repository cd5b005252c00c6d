using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class CallRecordingApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ReadAsync_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/callRecording?orgId=O1").RespondJson(ApiHarness.Sample("person_call_recording"));

        var recording = await h.Api.PersonSettings.CallRecording.ReadAsync(PersonId, orgId: "O1");

        Assert.True(recording.Enabled);
        Assert.Equal(CallRecordingRecord.Never, recording.Record);
        Assert.Equal(CallRecordingNotificationType.None, recording.Notification!.NotificationType);
        Assert.True(recording.Notification.Enabled);
        Assert.Equal(15, recording.Repeat!.Interval);
        Assert.Equal("WSWYZ25455", recording.ServiceProvider);
        Assert.False(recording.StartStopAnnouncement!.PstnCallsEnabled);
        Assert.False(recording.CallRecordingAccessSettings!.ShareRecordingsEnabled);
    }

    [Fact]
    public async Task ConfigureAsync_SendsNoneAsNullAndLeavesOutProviderFields()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/callRecording").RespondJson(ApiHarness.Sample("person_call_recording"));
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/callRecording").Respond(HttpStatusCode.NoContent);
        var api = h.Api.PersonSettings.CallRecording;

        var recording = await api.ReadAsync(PersonId);
        await api.ConfigureAsync(PersonId, recording with { Record = CallRecordingRecord.Always });

        JsonAssert.Equal("""
            {"callRecordingAccessSettings": {"deleteRecordingsEnabled": false, "downloadRecordingsEnabled": false,
               "shareRecordingsEnabled": false, "viewAndPlayRecordingsEnabled": false},
             "enabled": true, "notification": {"enabled": true, "type": null}, "record": "Always",
             "recordVoicemailEnabled": false, "repeat": {"enabled": false, "interval": 15},
             "startStopAnnouncement": {"internalCallsEnabled": false, "pstnCallsEnabled": false},
             "startStopAnnouncementEnabled": false}
            """, h.Requests[^1].Body);
    }

    [Fact]
    public async Task ConfigureAsync_Announcements_SendOnlyTheFileIdAndUnknownValues()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/callRecording").RespondJson("""
            {"enabled": true, "record": "Always Later", "notification": {"type": "Beep", "enabled": true},
             "announcements": {"start": {"type": "CUSTOM", "audioAnnouncementFile": {"id": "F1", "fileName": "s.wav",
               "mediaFileType": "WAV", "level": "ORGANIZATION"}}, "stop": {"type": "DEFAULT"}, "useLocationLevelEnabled": false},
             "newField": [1, 2]}
            """);
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/callRecording").Respond(HttpStatusCode.NoContent);
        var api = h.Api.PersonSettings.CallRecording;

        var recording = await api.ReadAsync(PersonId);
        Assert.Equal(AnnouncementLevel.Organization, recording.Announcements!.Start!.AudioAnnouncementFile!.Level);
        await api.ConfigureAsync(PersonId, recording);

        JsonAssert.Equal("""
            {"enabled": true, "record": "Always Later", "notification": {"type": "Beep", "enabled": true},
             "announcements": {"start": {"type": "CUSTOM", "audioAnnouncementFileId": "F1"}, "stop": {"type": "DEFAULT"},
               "useLocationLevelEnabled": false},
             "newField": [1, 2]}
            """, h.Requests[^1].Body);
    }
}
