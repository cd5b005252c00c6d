using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Telephony.AnnouncementsRepo;

/// <summary>The hand-written members: multipart and JSON uploads, retries of uploads, and the location repository paths.</summary>
public class AnnouncementsRepositoryApiTests
{
    private const string LocationId = "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzEyMzQ";
    private const string AnnouncementId = "Y2lzY29zcGFyazovL3VzL0FOTk9VTkNFTUVOVC81Njc4";
    private const string Created = """{"id": "Y2lzY29zcGFyazovL3VzL0FOTk9VTkNFTUVOVC8zMjAxNjRmNC1lNWEzLTQxZmYtYTMyNi02N2MwOThlNDFkMWQ"}""";

    private static Func<HttpRequestMessage, Task<HttpResponseMessage>> Sequence(params Func<HttpResponseMessage>[] answers)
    {
        int next = 0;
        return _ => Task.FromResult(answers[Math.Min(next++, answers.Length - 1)]());
    }

    [Fact]
    public async Task UploadAnnouncementAsync_Bytes_PostsTheLabelTheFlagAndOneWavFilePart()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "telephony/config/announcements?orgId=O1")
            .Respond(_ => ApiHarness.Json(HttpStatusCode.Created, Created));

        string id = await h.Api.Telephony.AnnouncementsRepo.UploadAnnouncementAsync("Lobby", "RIFFlobby"u8.ToArray(), "lobby.wav", orgId: "O1");

        var post = h.Single();
        string contentType = post.Headers["Content-Type"];
        Assert.StartsWith("multipart/form-data; boundary=", contentType);
        string boundary = contentType["multipart/form-data; boundary=".Length..];
        Assert.Equal(
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nLobby\r\n"
            + $"--{boundary}\r\nContent-Disposition: form-data; name=\"is_text_to_speech\"\r\n\r\nfalse\r\n"
            + $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lobby.wav\"\r\nContent-Type: audio/wav\r\n\r\nRIFFlobby\r\n"
            + $"--{boundary}--\r\n",
            post.Body);
        Assert.Equal("Y2lzY29zcGFyazovL3VzL0FOTk9VTkNFTUVOVC8zMjAxNjRmNC1lNWEzLTQxZmYtYTMyNi02N2MwOThlNDFkMWQ", id);
    }

    [Fact]
    public async Task UploadAnnouncementAsync_429_IsRetriedWithTheWholeMultipartBody()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "telephony/config/announcements").Respond(Sequence(
            () => ApiHarness.Json(HttpStatusCode.TooManyRequests, """{"message": "slow down"}""", ("Retry-After", "1")),
            () => ApiHarness.Json(HttpStatusCode.Created, Created)));
        using var audio = new MemoryStream("RIFFqueued-audio"u8.ToArray());

        var call = h.Api.Telephony.AnnouncementsRepo.UploadAnnouncementAsync("Queue", audio, "queue.wav", isTextToSpeech: true);
        await h.RunAsync(call);

        Assert.Equal(2, h.Requests.Count);
        Assert.Equal(h.Requests[0].Body, h.Requests[1].Body);
        Assert.Equal(h.Requests[0].Headers["Content-Type"], h.Requests[1].Headers["Content-Type"]);
        Assert.Contains("Content-Type: audio/wav\r\n\r\nRIFFqueued-audio\r\n", h.Requests[1].Body);
        Assert.Contains("name=\"is_text_to_speech\"\r\n\r\ntrue\r\n", h.Requests[1].Body);
        Assert.EndsWith("--\r\n", h.Requests[1].Body);
        Assert.False(string.IsNullOrEmpty(await call));
    }

    [Fact]
    public async Task ModifyAsync_503_IsRetriedWithTheWholeMultipartBodyToTheLocationRepository()
    {
        using var h = new ApiHarness();
        string url = $"telephony/config/locations/{LocationId}/announcements/{AnnouncementId}";
        h.Mock.On(HttpMethod.Put, url).Respond(Sequence(
            () => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
            () => new HttpResponseMessage(HttpStatusCode.NoContent)));

        var call = h.Api.Telephony.AnnouncementsRepo.ModifyAsync(AnnouncementId, "Winter", "RIFFwinter"u8.ToArray(), "winter.wav",
            locationId: LocationId);
        await h.RunAsync(call);
        await call;

        Assert.Equal(2, h.Requests.Count);
        Assert.All(h.Requests, r => Assert.Equal("PUT", r.Method.Method));
        Assert.Equal(h.Requests[0].Body, h.Requests[1].Body);
        Assert.Contains("filename=\"winter.wav\"", h.Requests[1].Body);
        Assert.Contains("name=\"name\"\r\n\r\nWinter\r\n", h.Requests[1].Body);
    }

    [Fact]
    public async Task UploadAnnouncementAsync_FileUri_PostsTheReferenceJsonToTheLocationRepository()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"telephony/config/locations/{LocationId}/announcements")
            .Respond(_ => ApiHarness.Json(HttpStatusCode.Created, Created));

        await h.Api.Telephony.AnnouncementsRepo.UploadAnnouncementAsync("Public_Announcement",
            new Uri("https://example.com/announcements/greeting.wav"), "greeting.wav", locationId: LocationId);

        var post = h.Single();
        Assert.StartsWith("application/json", post.Headers["Content-Type"]);
        JsonAssert.Same(ApiHarness.Sample("announcements_repo_upload_request"), post.Body);
    }

    [Fact]
    public async Task ModifyAsync_FileUri_PutsTheReferenceJson()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"telephony/config/announcements/{AnnouncementId}").Respond(HttpStatusCode.NoContent);

        await h.Api.Telephony.AnnouncementsRepo.ModifyAsync(AnnouncementId, "Public_Announcement",
            new Uri("https://example.com/announcements/greeting.wav"), "greeting.wav");

        JsonAssert.Same(ApiHarness.Sample("announcements_repo_modify_request"), h.Single().Body);
    }

    [Fact]
    public async Task DetailsUsageDelete_WithALocation_UseTheLocationRepository()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Get, $"telephony/config/locations/{LocationId}/announcements/{AnnouncementId}")
            .Respond(_ => ApiHarness.Json(HttpStatusCode.OK, ApiHarness.Sample("announcements_repo_details")));
        h.Mock.On(HttpMethod.Get, $"telephony/config/locations/{LocationId}/announcements/usage")
            .Respond(_ => ApiHarness.Json(HttpStatusCode.OK, ApiHarness.Sample("announcements_repo_usage")));
        h.Mock.On(HttpMethod.Delete, $"telephony/config/locations/{LocationId}/announcements/{AnnouncementId}")
            .Respond(HttpStatusCode.NoContent);
        var repo = h.Api.Telephony.AnnouncementsRepo;

        var details = await repo.DetailsAsync(AnnouncementId, locationId: LocationId);
        var usage = await repo.UsageAsync(LocationId);
        await repo.DeleteAsync(AnnouncementId, locationId: LocationId);

        Assert.Equal(3, h.Requests.Count);
        Assert.Equal(356, details.FileSize);
        Assert.Equal(356, usage.TotalFileSizeUsedKb);
    }

    [Fact]
    public async Task UploadAnnouncementAsync_EmptyFileName_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.Telephony.AnnouncementsRepo.UploadAnnouncementAsync("X", "RIFF"u8.ToArray(), ""));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.Telephony.AnnouncementsRepo.DetailsAsync("..", locationId: null));

        Assert.Empty(h.Requests);
    }
}
