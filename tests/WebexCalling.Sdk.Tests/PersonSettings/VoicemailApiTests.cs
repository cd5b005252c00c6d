using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (VoicemailApiRequestTests.g.cs).</summary>
public class VoicemailApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ConfigureAsync_LeavesOutReadOnlyAndUnknownToTheSchemaFieldsAndKeepsUnknownValues()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/voicemail").RespondJson(ApiHarness.Sample("person_voicemail"));
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/voicemail?orgId=O1").Respond(HttpStatusCode.NoContent);
        var api = h.Api.PersonSettings.Voicemail;

        var voicemail = await api.ReadAsync(PersonId);
        voicemail = voicemail with
        {
            MessageStorage = voicemail.MessageStorage! with { StorageType = VoicemailStorageType.FromWire("CLOUD") },
            // wxc_sdk's fields, which the 2026 request schema lacks
            SendBusyCalls = voicemail.SendBusyCalls! with { AudioFile = new VoicemailMediaFile { Name = "busy.wav", MediaType = "WAV" } },
            Notifications = voicemail.Notifications! with { SmsDestination = "+14085551234" },
            ExtensionData = new() { ["newToggle"] = System.Text.Json.JsonDocument.Parse("true").RootElement },
        };
        await api.ConfigureAsync(PersonId, voicemail, orgId: "O1");

        JsonAssert.Equal("""
            {"emailCopyOfMessage": {"emailId": "julie@example.com", "enabled": false}, "enabled": true, "faxMessage": {"enabled": false},
             "messageStorage": {"externalEmail": "julia@example.com", "mwiEnabled": true, "storageType": "CLOUD"},
             "notifications": {"destination": "julie@example.com", "enabled": true}, "sendAllCalls": {"enabled": true},
             "sendBusyCalls": {"enabled": false, "greeting": "DEFAULT"},
             "sendUnansweredCalls": {"enabled": false, "greeting": "DEFAULT", "numberOfRings": 3},
             "transferToNumber": {"enabled": false}, "newToggle": true}
            """, h.Requests[^1].Body);
    }

    [Fact]
    public async Task ConfigureBusyGreetingAsync_PostsAWavPart()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"people/{PersonId}/features/voicemail/actions/uploadBusyGreeting/invoke").Respond(HttpStatusCode.NoContent);
        using var audio = new MemoryStream("RIFFbusy"u8.ToArray());

        await h.Api.PersonSettings.Voicemail.ConfigureBusyGreetingAsync(PersonId, audio, "busy.wav");

        var post = h.Single();
        Assert.StartsWith("multipart/form-data; boundary=", post.Headers["Content-Type"]);
        Assert.Contains("name=\"file\"; filename=\"busy.wav\"", post.Body);
        Assert.Contains("Content-Type: audio/wav\r\n\r\nRIFFbusy\r\n", post.Body);
    }

    [Fact]
    public async Task ConfigureNoAnswerGreetingAsync_Bytes_PostsToTheNoAnswerAction()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"people/{PersonId}/features/voicemail/actions/uploadNoAnswerGreeting/invoke?orgId=O1")
            .Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.Voicemail.ConfigureNoAnswerGreetingAsync(PersonId, "RIFFgone"u8.ToArray(), "away.wav", orgId: "O1");

        Assert.Contains("filename=\"away.wav\"", h.Single().Body);
        Assert.Contains("RIFFgone", h.Single().Body);
    }

    [Fact]
    public async Task ConfigureBusyGreetingAsync_EmptyUploadName_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();
        using var audio = new MemoryStream([1, 2]);

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.PersonSettings.Voicemail.ConfigureBusyGreetingAsync(PersonId, audio, ""));

        Assert.Empty(h.Requests);
    }
}
