using System.Net;
using WebexCalling.Sdk.IntegrationTests.TestSupport;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.CallQueue;

using WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>api.Telephony.CallQueue.Announcement (list and delete announcement files) against the simulator.</summary>
public class CallQueueAnnouncementSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private AnnouncementApi Announcement => fixture.H.Api.Telephony.CallQueue.Announcement;

    [Fact]
    public async Task ListThenDelete_FileIsGoneAndSecondDeleteIs404()
    {
        var support = await fixture.H.DemoQueueAsync("Support");
        string location = support.LocationId!, queue = support.Id!;

        var files = await Announcement.ListAsync(location, queue).ToListAsync();
        var file = Assert.Single(files);
        await Announcement.DeleteAnnouncementAsync(location, queue, file.Name!);
        var after = await Announcement.ListAsync(location, queue).ToListAsync();
        var again = await Assert.ThrowsAsync<WebexApiException>(() => Announcement.DeleteAnnouncementAsync(location, queue, file.Name!));

        Assert.False(string.IsNullOrEmpty(file.Name));
        Assert.False(string.IsNullOrEmpty(file.Size));
        Assert.NotNull(file.MediaFileType);
        Assert.True(file.MediaFileType!.Value.IsKnown);
        Assert.NotNull(file.Level);
        Assert.Empty(after);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("DELETE", again.Method);
        Assert.False(string.IsNullOrEmpty(again.TrackingId));
    }

    [Fact]
    public async Task ListAsync_SalesQueue_HasItsOwnFile()
    {
        var sales = await fixture.H.DemoQueueAsync("Sales");

        var files = await Announcement.ListAsync(sales.LocationId!, sales.Id!).ToListAsync();

        var file = Assert.Single(files);
        Assert.False(string.IsNullOrEmpty(file.Name));
        Assert.False(string.IsNullOrEmpty(file.Id));
    }
}
