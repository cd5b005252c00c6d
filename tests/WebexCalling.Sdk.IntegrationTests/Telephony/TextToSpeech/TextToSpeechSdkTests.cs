using System.Net;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony.AnnouncementsRepo;
using WebexCalling.Sdk.Telephony.TextToSpeech;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.TextToSpeech;

/// <summary>api.Telephony.TextToSpeech against the simulator: generations are jobs whose file URI an announcement takes.</summary>
public class TextToSpeechSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private TextToSpeechApi Tts => fixture.H.Api.Telephony.TextToSpeech;
    private AnnouncementsRepositoryApi Repo => fixture.H.Api.Telephony.AnnouncementsRepo;

    [Fact]
    public async Task Generate_RunsThenSucceeds_AndItsFileUriBecomesAnAnnouncement()
    {
        var voices = await Tts.VoicesAsync();
        var usageBefore = await Tts.UsageAsync();
        const string text = "Thank you for calling. All our agents are busy.";

        string ttsId = await Tts.GenerateAsync(voices[0].Id!, text, "en_us");
        var running = await Tts.StatusAsync(ttsId);
        var done = await Tts.StatusAsync(ttsId);
        var usageAfter = await Tts.UsageAsync();
        string announcementId = await Repo.UploadAnnouncementAsync("Busy prompt", new Uri(done.FileUri!), "busy_prompt.wav", isTextToSpeech: true);
        var announcement = await Repo.DetailsAsync(announcementId);
        await Repo.DeleteAsync(announcementId);

        Assert.Contains(voices, v => (v.Id, v.Label) == ("ashley", "Ashley-Female"));
        Assert.Equal(TtsStatusResponseStatus.InProgress, running.Status);
        Assert.Null(running.FileUri);
        Assert.Equal(TtsStatusResponseStatus.Success, done.Status);
        Assert.Equal((ttsId, voices[0].Id, text, "en_us"), (done.Id, done.Voice, done.Text, done.LanguageCode));
        Assert.StartsWith("cmf://customers/", done.FileUri);
        Assert.False(string.IsNullOrEmpty(done.PromptUrl));
        Assert.StartsWith("kms://", done.KmsKeyUri);
        Assert.Equal(usageBefore.NoOfApiCalls + 1, usageAfter.NoOfApiCalls);
        Assert.Equal(150, usageAfter.MaxAllowedApiCalls);
        Assert.Null(usageAfter.UsageResetTimestamp);
        Assert.True(announcement.IsTextToSpeech);
        Assert.Equal((text, voices[0].Id, "en_us", "busy_prompt.wav"), (announcement.Text, announcement.Voice, announcement.Language, announcement.FileName));
    }

    [Fact]
    public async Task Generate_LanguageNoVoiceSpeaks_EndsInFailureWithTheReason()
    {
        string ttsId = await Tts.GenerateAsync("steve", "Hallo", "xx_yy");
        await Tts.StatusAsync(ttsId);

        var failed = await Tts.StatusAsync(ttsId);

        Assert.Equal(TtsStatusResponseStatus.Failure, failed.Status);
        Assert.Contains("xx_yy", failed.ErrorMessage);
        Assert.Null(failed.FileUri);
    }

    [Fact]
    public async Task Generate_UnknownVoice_Is400()
    {
        var e = await Assert.ThrowsAsync<WebexApiException>(() => Tts.GenerateAsync("robot", "Hello", "en_us"));

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Contains("Unknown voice", e.WebexMessage);
    }

    [Fact]
    public async Task StatusAsync_UnknownGeneration_Is404()
    {
        string unknown = Convert.ToBase64String("ciscospark://us/TEXT_TO_SPEECH/00000000-0000-0000-0000-000000000002"u8.ToArray()).TrimEnd('=');

        var e = await Assert.ThrowsAsync<WebexApiException>(() => Tts.StatusAsync(unknown));

        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        Assert.Equal("Text-to-speech generation not found.", e.WebexMessage);
    }
}
