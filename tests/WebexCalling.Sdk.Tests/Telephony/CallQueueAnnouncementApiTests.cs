using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Telephony.CallQueue;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Telephony;

public class CallQueueAnnouncementApiTests
{
    private const string QueuesPath = "telephony/config/locations/L1/queues/Q1";

    [Fact]
    public async Task ListAsync_ReadsAnnouncementsKeyAndParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{QueuesPath}/announcements?orgId=O1").RespondJson(ApiHarness.Sample("callqueue_announcements"));

        var files = await h.Api.Telephony.CallQueue.Announcement.ListAsync("L1", "Q1", orgId: "O1").ToListAsync();

        Assert.Equal(3, files.Count);
        Assert.Equal("Greeting-1.wav", files[0].Name);
        Assert.Equal("33456", files[0].Size);
        Assert.Equal(MediaFileType.Wav, files[0].MediaFileType);
        Assert.Equal(AnnouncementLevel.Organization, files[0].Level);
        Assert.Equal(AnnouncementLevel.Location, files[1].Level);
        Assert.Equal("Y2lzY29zcGFyazovL3VzL0FOTk9VTkNFTUVOVC9kODc5YWZlZC1jNTRhLTQyOTctOGY0Mi02ZmEyMDJjN2E1M2E", files[0].Id);
    }

    [Fact]
    public async Task DeleteAnnouncementAsync_SendsDeleteThroughTheSessionWithEscapedFileName()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Delete, $"{QueuesPath}/announcements/Greeting%201.wav?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.Telephony.CallQueue.Announcement.DeleteAnnouncementAsync("L1", "Q1", "Greeting 1.wav", orgId: "O1");

        var request = h.Single();
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Equal("/v1/telephony/config/locations/L1/queues/Q1/announcements/Greeting%201.wav?orgId=O1", request.PathAndQuery);
    }

    [Fact]
    public async Task DeleteAnnouncementAsync_ServerError_IsRetriedLikeEveryDelete()
    {
        using var h = new ApiHarness();
        int calls = 0;
        h.Mock.On(HttpMethod.Delete, $"{QueuesPath}/announcements/a.wav")
            .Respond(_ => ++calls == 1 ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) : new HttpResponseMessage(HttpStatusCode.NoContent));

        await h.RunAsync(h.Api.Telephony.CallQueue.Announcement.DeleteAnnouncementAsync("L1", "Q1", "a.wav"));

        Assert.Equal(2, h.Requests.Count);
    }
}
