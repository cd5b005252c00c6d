using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Telephony.CallQueue;

// The request of every member and the parse of the official example: AnnouncementApiRequestTests.g.cs.
public class CallQueueAnnouncementApiTests
{
    private const string QueuesPath = "telephony/config/locations/L1/queues/Q1";

    [Fact]
    public async Task DeleteAnnouncementAsync_FileNameWithSpace_IsEscapedAsOneSegment()
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
