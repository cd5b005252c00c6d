using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Telephony.CallQueue;

// The request of every member and the parse of the examples: CallQueueDnisApiRequestTests.g.cs.
public class CallQueueDnisApiTests
{
    private const string DnisPath = "telephony/config/locations/L1/queues/Q1/dnis";

    // shaped like the official reference's DNIS answers (newer than the April 2025 file)
    private const string DnisJson = """
        {"id":"D1","name":"Sales line","phoneNumber":"+19725551234","extension":"1234","routingPrefix":"8002",
         "esn":"80021234","ringPattern":"LONG_LONG","customDnisAnnouncementSettingsEnabled":true}
        """;

    [Fact]
    public async Task CreateAsync_PhoneNumberOnly_SendsNoExtension()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, DnisPath).RespondJson("""{"id":"D9"}""");

        string id = await h.Api.Telephony.CallQueue.Dnis.CreateAsync("L1", "Q1", "Sales line", RingPattern.ShortShortLong,
            phoneNumber: "+19725551234");

        Assert.Equal("D9", id);
        JsonAssert.Equal("""{"name":"Sales line","phoneNumber":"+19725551234","ringPattern":"SHORT_SHORT_LONG"}""", h.Single().Body);
    }

    [Fact]
    public async Task ModifyAsync_ReadWithUpdate_DropsRoutingPrefixAndEsnAndKeepsUnknownFields()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{DnisPath}/D1").RespondJson("""{"id":"D1","name":"A","routingPrefix":"8","esn":"81","ringPattern":"NEW_PATTERN","extra":7}""");
        h.Mock.On(HttpMethod.Put, $"{DnisPath}/D1").Respond(HttpStatusCode.NoContent);

        var dnis = await h.Api.Telephony.CallQueue.Dnis.DetailsAsync("L1", "Q1", "D1");
        await h.Api.Telephony.CallQueue.Dnis.ModifyAsync("L1", "Q1", "D1", dnis with { Name = "B" });

        Assert.False(dnis.RingPattern!.Value.IsKnown);
        JsonAssert.Equal("""{"id":"D1","name":"B","ringPattern":"NEW_PATTERN","extra":7}""", h.Requests[1].Body);
    }

    [Fact]
    public async Task ModifyAnnouncementsAsync_ReadWithUpdate_DropsPlaylistNamesAndReadOnlyFileFields()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{DnisPath}/D1/announcements").RespondJson(AnnouncementsJson);
        h.Mock.On(HttpMethod.Put, $"{DnisPath}/D1/announcements").Respond(HttpStatusCode.NoContent);

        var ann = await h.Api.Telephony.CallQueue.Dnis.GetAnnouncementsAsync("L1", "Q1", "D1");
        await h.Api.Telephony.CallQueue.Dnis.ModifyAnnouncementsAsync("L1", "Q1", "D1", ann with { CustomDnisAnnouncementSettingsEnabled = false });

        JsonAssert.Equal("""
            {"customDnisAnnouncementSettingsEnabled":false,
             "welcomeMessage":{"enabled":true,"alwaysEnabled":true,"greeting":"CUSTOM",
                               "audioAnnouncementFiles":[{"id":"F1","fileName":"w.wav","mediaFileType":"WAV","level":"LOCATION"}]},
             "comfortMessage":{"enabled":true,"greeting":"DEFAULT","timeBetweenMessages":20},
             "comfortMessageBypass":{"enabled":false,"greeting":"DEFAULT","callWaitingAgeThreshold":30},
             "mohMessage":{"normalSource":{"enabled":true,"greeting":"PLAYLIST","audioPlaylistId":"PL1"},
                           "alternateSource":{"enabled":false,"greeting":"DEFAULT"}},
             "waitMessage":{"enabled":true,"waitMode":"POSITION","queuePosition":10},
             "whisperMessage":{"enabled":false,"greeting":"DEFAULT"},
             "futureMessage":{"on":true}}
            """, h.Requests[1].Body);
    }

    private const string AnnouncementsJson = """
        {"customDnisAnnouncementSettingsEnabled":true,
         "welcomeMessage":{"enabled":true,"alwaysEnabled":true,"greeting":"CUSTOM","audioPlaylistId":"PLW","audioPlaylistName":"W list",
                           "audioAnnouncementFiles":[{"id":"F1","fileName":"w.wav","fileSize":"1234","mediaFileType":"WAV","level":"LOCATION","isTextToSpeech":false}]},
         "comfortMessage":{"enabled":true,"greeting":"DEFAULT","timeBetweenMessages":20,"audioPlaylistName":"C list"},
         "comfortMessageBypass":{"enabled":false,"greeting":"DEFAULT","callWaitingAgeThreshold":30},
         "mohMessage":{"normalSource":{"enabled":true,"greeting":"PLAYLIST","audioPlaylistId":"PL1","audioPlaylistName":"Music"},
                       "alternateSource":{"enabled":false,"greeting":"DEFAULT"}},
         "waitMessage":{"enabled":true,"waitMode":"POSITION","queuePosition":10},
         "whisperMessage":{"enabled":false,"greeting":"DEFAULT","audioPlaylistId":"PLX"},
         "futureMessage":{"on":true}}
        """;
}
