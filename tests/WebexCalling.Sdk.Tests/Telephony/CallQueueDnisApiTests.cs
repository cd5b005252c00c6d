using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Telephony.CallQueue;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Telephony;

public class CallQueueDnisApiTests
{
    private const string DnisPath = "telephony/config/locations/L1/queues/Q1/dnis";

    // shaped like the official reference's DNIS answers (newer than the April 2025 file)
    private const string DnisJson = """
        {"id":"D1","name":"Sales line","phoneNumber":"+19725551234","extension":"1234","routingPrefix":"8002",
         "esn":"80021234","ringPattern":"LONG_LONG","customDnisAnnouncementSettingsEnabled":true}
        """;

    [Fact]
    public async Task AvailablePhoneNumbersAsync_SendsQueryAndReadsPhoneNumbersKey()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("telephony/config/locations/L1/queues/dnis/availableNumbers?phoneNumber=%2B12056350001&orgId=O1")
            .RespondJson(ApiHarness.Sample("callqueue_available_numbers"));

        var numbers = await h.Api.Telephony.CallQueue.Dnis.AvailablePhoneNumbersAsync("L1", "+12056350001", orgId: "O1").ToListAsync();

        Assert.Equal(3, numbers.Count);
        Assert.Equal(AvailableNumberState.Active, numbers[0].State);
    }

    [Fact]
    public async Task BulkDeleteAsync_SendsDeleteWithItemsBody()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Delete, $"{DnisPath}?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.Telephony.CallQueue.Dnis.BulkDeleteAsync("L1", "Q1", ["D1", "D2"], orgId: "O1");

        Assert.Equal(HttpMethod.Delete, h.Single().Method);
        JsonAssert.Equal("""{"items":["D1","D2"]}""", h.Single().Body);
    }

    [Fact]
    public async Task ListAsync_ReturnsTheDnisListEntries()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{DnisPath}?orgId=O1").RespondJson($$"""{"dnisList":[{{DnisJson}},{"id":"D2","name":"Support","extension":"5678","ringPattern":"NORMAL"}]}""");

        var entries = await h.Api.Telephony.CallQueue.Dnis.ListAsync("L1", "Q1", orgId: "O1");

        Assert.Equal(2, entries.Count);
        Assert.Equal("Sales line", entries[0].Name);
        Assert.Equal(RingPattern.LongLong, entries[0].RingPattern);
        Assert.True(entries[0].CustomDnisAnnouncementSettingsEnabled);
        Assert.Equal("5678", entries[1].Extension);
    }

    [Fact]
    public async Task CreateAsync_SendsNameNumberAndRingPatternAndReturnsTheId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, DnisPath).RespondJson("""{"id":"D9"}""");

        string id = await h.Api.Telephony.CallQueue.Dnis.CreateAsync("L1", "Q1", "Sales line", RingPattern.ShortShortLong,
            phoneNumber: "+19725551234");

        Assert.Equal("D9", id);
        JsonAssert.Equal("""{"name":"Sales line","phoneNumber":"+19725551234","ringPattern":"SHORT_SHORT_LONG"}""", h.Single().Body);
    }

    [Fact]
    public async Task GetSettingsAsync_ParsesTheSettings()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{DnisPath}/settings").RespondJson("""{"distinctiveRingingEnabled":true,"displayDnisNameAndNumberEnabled":false}""");

        var settings = await h.Api.Telephony.CallQueue.Dnis.GetSettingsAsync("L1", "Q1");

        Assert.True(settings.DistinctiveRingingEnabled);
        Assert.False(settings.DisplayDnisNameAndNumberEnabled);
    }

    [Fact]
    public async Task ModifySettingsAsync_SendsOnlyWhatWasSet()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{DnisPath}/settings?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.Telephony.CallQueue.Dnis.ModifySettingsAsync("L1", "Q1", new DnisSettings { DisplayDnisNameAndNumberEnabled = true }, orgId: "O1");

        JsonAssert.Equal("""{"displayDnisNameAndNumberEnabled":true}""", h.Single().Body);
    }

    [Fact]
    public async Task DeleteAsync_SendsDelete()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Delete, $"{DnisPath}/D1?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.Telephony.CallQueue.Dnis.DeleteAsync("L1", "Q1", "D1", orgId: "O1");

        Assert.Equal(HttpMethod.Delete, h.Single().Method);
        Assert.Null(h.Single().Body);
    }

    [Fact]
    public async Task DetailsAsync_ParsesTheEntry()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{DnisPath}/D1").RespondJson(DnisJson);

        var dnis = await h.Api.Telephony.CallQueue.Dnis.DetailsAsync("L1", "Q1", "D1");

        Assert.Equal("D1", dnis.Id);
        Assert.Equal("+19725551234", dnis.PhoneNumber);
        Assert.Equal("8002", dnis.RoutingPrefix);
        Assert.Equal("80021234", dnis.Esn);
        Assert.Equal(RingPattern.LongLong, dnis.RingPattern);
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
    public async Task GetAnnouncementsAsync_ParsesEveryMessage()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{DnisPath}/D1/announcements?orgId=O1").RespondJson(AnnouncementsJson);

        var ann = await h.Api.Telephony.CallQueue.Dnis.GetAnnouncementsAsync("L1", "Q1", "D1", orgId: "O1");

        Assert.True(ann.CustomDnisAnnouncementSettingsEnabled);
        Assert.True(ann.WelcomeMessage!.AlwaysEnabled);
        Assert.Equal(Greeting.Custom, ann.WelcomeMessage.Greeting);
        Assert.Equal("1234", ann.WelcomeMessage.AudioAnnouncementFiles![0].FileSize);
        Assert.Equal(20, ann.ComfortMessage!.TimeBetweenMessages);
        Assert.Equal(30, ann.ComfortMessageBypass!.CallWaitingAgeThreshold);
        Assert.Equal(Greeting.Playlist, ann.MohMessage!.NormalSource!.Greeting);
        Assert.Equal("PL1", ann.MohMessage.NormalSource.AudioPlaylistId);
        Assert.Equal(WaitMode.Position, ann.WaitMessage!.WaitMode);
        Assert.False(ann.WhisperMessage!.Enabled);
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
