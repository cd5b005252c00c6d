using System.Net;
using System.Text.Json.Nodes;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Testing.Resources;

namespace WebexCalling.Sdk.IntegrationTests.PersonSettings;

/// <summary>
/// Less common fields of the same settings (nested objects the defaults leave out, wire enums, fields this SDK
/// version does not know) through the SDK against the simulator.
/// </summary>
public class WireDetailsSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private PersonSettingsApi Settings => fixture.H.Api.PersonSettings;

    [Fact]
    public async Task Dnd_FieldUnknownToTheSdk_SurvivesReadWithConfigure()
    {
        string id = fixture.UserId(0);
        // a field Webex might add tomorrow: the simulator's PUT ignores fields the setting does not define, so it goes
        // into the stored document directly
        var seed = await fixture.H.GetAsync($"people/{id}/features/doNotDisturb");
        var future = (JsonObject)seed.Object.DeepClone();
        future["futureModeEnabled"] = true;
        var sim = fixture.H.Sim;
        lock (sim.State.Sync) sim.State.Area<ResourceStore>().Save($"/v1/people/{id}/features/doNotDisturb", future);
        var before = await Settings.Dnd.ReadAsync(id);

        await Settings.Dnd.ConfigureAsync(id, before with { Enabled = true });
        var after = await Settings.Dnd.ReadAsync(id);
        var raw = (await fixture.H.GetAsync($"people/{id}/features/doNotDisturb")).Object;

        Assert.Equal(HttpStatusCode.OK, seed.Status);
        Assert.True(before.ExtensionData!["futureModeEnabled"].GetBoolean());
        Assert.True(after.Enabled);
        Assert.True(after.ExtensionData!["futureModeEnabled"].GetBoolean());
        Assert.True(raw["futureModeEnabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Dnd_WebexGoOverride_ReadsBack()
    {
        string id = fixture.UserId(1);
        var before = await Settings.Dnd.ReadAsync(id);

        await Settings.Dnd.ConfigureAsync(id, before with { WebexGoOverrideEnabled = true });
        var after = await Settings.Dnd.ReadAsync(id);

        SettingsAssert.Same(before with { WebexGoOverrideEnabled = true }, after);
    }

    [Fact]
    public async Task CallerId_CustomNumberAndDirectLineName_ReadBack()
    {
        string id = fixture.UserId(2);
        var before = await Settings.CallerId.ReadAsync(id);

        await Settings.CallerId.ConfigureAsync(id, selected: CallerIdSelectedType.Custom, customNumber: "+14085550142");
        await Settings.CallerId.ConfigureSettingsAsync(id, (await Settings.CallerId.ReadAsync(id)) with
        {
            AdditionalExternalCallerIdDirectLineEnabled = true,
            DirectLineCallerIdName = new DirectLineCallerIdName { Selection = DirectLineCallerIdNameSelection.CustomName, CustomName = "Sales" },
        });
        var after = await Settings.CallerId.ReadAsync(id);

        Assert.Equal(CallerIdSelectedType.Custom, after.Selected);
        Assert.Equal("+14085550142", after.CustomNumber);
        Assert.True(after.AdditionalExternalCallerIdDirectLineEnabled);
        Assert.Equal(DirectLineCallerIdNameSelection.CustomName, after.DirectLineCallerIdName!.Selection);
        Assert.Equal("Sales", after.DirectLineCallerIdName.CustomName);
        Assert.Equal(before.DirectNumber, after.DirectNumber);
        Assert.Equal(before.FirstName, after.FirstName);
    }

    [Fact]
    public async Task Voicemail_FaxCopyAndExternalStorage_ReadBack()
    {
        string id = fixture.UserId(3);
        var before = await Voicemail().ReadAsync(id);
        var changed = before with
        {
            EmailCopyOfMessage = new VoicemailCopyOfMessage { Enabled = true, EmailId = "copy@example.com" },
            MessageStorage = new VoicemailMessageStorage { MwiEnabled = true, StorageType = VoicemailStorageType.External, ExternalEmail = "vm@example.com" },
            FaxMessage = new VoicemailFax { Enabled = true, PhoneNumber = "+14085550143", Extension = "7143" },
            TransferToNumber = new VoicemailTransferToNumber { Enabled = true, Destination = "+14085550144" },
        };

        await Voicemail().ConfigureAsync(id, changed);
        var after = await Voicemail().ReadAsync(id);

        SettingsAssert.Same(changed, after);
        Assert.Equal(VoicemailStorageType.External, after.MessageStorage!.StorageType);
    }

    [Fact]
    public async Task CallIntercept_ZeroTransferAndVoicemail_ReadBack()
    {
        string id = fixture.UserId(4);
        var before = await Settings.CallIntercept.ReadAsync(id);
        var changed = before with
        {
            Incoming = before.Incoming! with
            {
                VoicemailEnabled = true,
                Announcements = before.Incoming.Announcements! with
                {
                    ZeroTransfer = new InterceptNumber { Enabled = true, Destination = "+14085550145" },
                },
            },
            Outgoing = before.Outgoing! with { InterceptType = InterceptTypeOutgoing.AllowLocalOnly },
        };

        await Settings.CallIntercept.ConfigureAsync(id, changed);
        var after = await Settings.CallIntercept.ReadAsync(id);

        SettingsAssert.Same(changed, after);
        Assert.Equal(InterceptTypeOutgoing.AllowLocalOnly, after.Outgoing!.InterceptType);
    }

    [Fact]
    public async Task CallRecording_AccessAndPostCallSettings_StayAsTheyWere()
    {
        string id = fixture.UserId(5);
        var before = await Settings.CallRecording.ReadAsync(id);
        var changed = before with
        {
            Record = CallRecordingRecord.OnDemandWithUserInitiatedStart,
            Notification = new CallRecordingNotification { NotificationType = CallRecordingNotificationType.PlayAnnouncement, Enabled = true },
            // the 2026 request schema has neither: the SDK does not send them
            CallRecordingAccessSettings = before.CallRecordingAccessSettings! with { DeleteRecordingsEnabled = true },
            PostCallRecordingSettings = new PostCallRecordingSettings { SummaryAndActionItemsEnabled = true, TranscriptEnabled = false },
        };

        await Settings.CallRecording.ConfigureAsync(id, changed);
        var after = await Settings.CallRecording.ReadAsync(id);

        SettingsAssert.Same(changed with
        {
            CallRecordingAccessSettings = before.CallRecordingAccessSettings,
            PostCallRecordingSettings = before.PostCallRecordingSettings,
        }, after);
        Assert.Equal(CallRecordingNotificationType.PlayAnnouncement, after.Notification!.NotificationType);
    }

    [Fact]
    public async Task MusicOnHold_CustomGreetingWithAudioFile_ReadsTheFileBack()
    {
        string id = fixture.UserId(6);
        var before = await Settings.MusicOnHold.ReadAsync(id);
        var file = new AnnouncementAudioFile
        {
            Id = "Y2lzY29zcGFyazovL3VzL0FOTk9VTkNFTUVOVC9hYmM", FileName = "hold.wav",
            MediaFileType = AnnouncementMediaFileType.Wav, Level = AnnouncementLevel.Organization,
        };

        await Settings.MusicOnHold.ConfigureAsync(id, before with { Greeting = Greeting.Custom, AudioAnnouncementFile = file });
        var after = await Settings.MusicOnHold.ReadAsync(id);

        SettingsAssert.Same(before with { Greeting = Greeting.Custom, AudioAnnouncementFile = file }, after);
    }

    private VoicemailApi Voicemail() => Settings.Voicemail;
}
