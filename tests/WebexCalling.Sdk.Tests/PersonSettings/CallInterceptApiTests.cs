using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class CallInterceptApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ReadAsync_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/intercept").RespondJson(ApiHarness.Sample("person_intercept"));

        var intercept = await h.Api.PersonSettings.CallIntercept.ReadAsync(PersonId);

        Assert.False(intercept.Enabled);
        Assert.Equal(InterceptTypeIncoming.InterceptAll, intercept.Incoming!.InterceptType);
        Assert.Equal(Greeting.Default, intercept.Incoming.Announcements!.Greeting);
        Assert.False(intercept.Incoming.Announcements.ZeroTransfer!.Enabled);
        Assert.Equal(InterceptTypeOutgoing.InterceptAll, intercept.Outgoing!.InterceptType);
        Assert.False(intercept.Outgoing.TransferEnabled);
    }

    [Fact]
    public async Task ConfigureAsync_LeavesOutTheFileNameAndKeepsUnknownValues()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/intercept").RespondJson("""
            {"enabled": true, "incoming": {"type": "INTERCEPT_SOME", "voicemailEnabled": false,
              "announcements": {"greeting": "CUSTOM", "fileName": "gone.wav", "newNumber": {"enabled": true, "destination": "+14085551234"}}},
             "outgoing": {"type": "ALLOW_LOCAL_ONLY", "transferEnabled": true, "destination": "1234"}, "later": true}
            """);
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/intercept?orgId=O1").Respond(HttpStatusCode.NoContent);
        var api = h.Api.PersonSettings.CallIntercept;

        var intercept = await api.ReadAsync(PersonId);
        Assert.False(intercept.Incoming!.InterceptType!.Value.IsKnown);
        await api.ConfigureAsync(PersonId, intercept with { Enabled = false }, orgId: "O1");

        JsonAssert.Equal("""
            {"enabled": false, "incoming": {"type": "INTERCEPT_SOME", "voicemailEnabled": false,
              "announcements": {"greeting": "CUSTOM", "newNumber": {"enabled": true, "destination": "+14085551234"}}},
             "outgoing": {"type": "ALLOW_LOCAL_ONLY", "transferEnabled": true, "destination": "1234"}, "later": true}
            """, h.Requests[^1].Body);
    }

    [Fact]
    public async Task GreetingAsync_Stream_PostsOneWavPartAsMultipart()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"people/{PersonId}/features/intercept/actions/announcementUpload/invoke?orgId=O1")
            .Respond(HttpStatusCode.NoContent);
        using var audio = new MemoryStream("RIFFdata"u8.ToArray());

        await h.Api.PersonSettings.CallIntercept.GreetingAsync(PersonId, audio, "closed.wav", orgId: "O1");

        var post = h.Single();
        Assert.Equal(HttpMethod.Post, post.Method);
        Assert.StartsWith("multipart/form-data; boundary=", post.Headers["Content-Type"]);
        Assert.Contains("Content-Disposition: form-data; name=\"file\"; filename=\"closed.wav\"", post.Body);
        Assert.Contains("Content-Type: audio/wav\r\n\r\nRIFFdata\r\n--", post.Body);
    }

    [Fact]
    public async Task GreetingAsync_Path_UploadsTheFileUnderItsOwnName()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"people/{PersonId}/features/intercept/actions/announcementUpload/invoke")
            .Respond(HttpStatusCode.NoContent);
        string dir = Directory.CreateTempSubdirectory().FullName;
        string path = Path.Combine(dir, "holiday.wav");
        await File.WriteAllBytesAsync(path, "RIFFwave"u8.ToArray());
        try
        {
            await h.Api.PersonSettings.CallIntercept.GreetingAsync(PersonId, path);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        Assert.Contains("filename=\"holiday.wav\"", h.Single().Body);
        Assert.Contains("RIFFwave", h.Single().Body);
    }

    [Fact]
    public async Task GreetingAsync_NullStream_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentNullException>(() =>
            h.Api.PersonSettings.CallIntercept.GreetingAsync(PersonId, (Stream)null!, "a.wav"));

        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task GreetingAsync_QuoteInFileName_CannotBreakThePartHeader()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"people/{PersonId}/features/intercept/actions/announcementUpload/invoke")
            .Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.CallIntercept.GreetingAsync(PersonId, "RIFF"u8.ToArray(), "a\"b\r\nX: y.wav");

        Assert.Contains("filename=\"a_b__X: y.wav\"\r\n", h.Single().Body);
    }
}
