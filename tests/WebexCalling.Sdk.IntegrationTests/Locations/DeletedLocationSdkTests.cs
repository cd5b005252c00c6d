using System.Net;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony.Paging;

namespace WebexCalling.Sdk.IntegrationTests.Locations;

/// <summary>A deleted location takes its features with it: the organisation-wide lists no longer show them.</summary>
public class DeletedLocationSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    [Fact]
    public async Task DeleteAsync_RemovesTheLocationsHuntGroupsAndPagingGroups()
    {
        var api = fixture.H.Api;
        string id = await api.Locations.CreateAsync("Branch", "America/Chicago", "en_us", "en_us", "1 Main St", "Dallas",
            "TX", "75201", "US");
        string group = await api.Telephony.HuntGroup.CreateAsync(id, TelephonyFeatures.NewHuntGroup("Branch desk", "6070"));
        string paging = await api.Telephony.Paging.CreateAsync(id, new PagingDetails { Name = "Branch paging", Extension = "6085" });
        var before = await api.Telephony.HuntGroup.ListAsync().Select(g => g.Id).ToListAsync();
        var pagingBefore = await api.Telephony.Paging.ListAsync().Select(g => g.PagingId).ToListAsync();

        await api.Locations.DeleteAsync(id);
        var after = await api.Telephony.HuntGroup.ListAsync().Select(g => g.Id).ToListAsync();
        var pagingAfter = await api.Telephony.Paging.ListAsync().Select(g => g.PagingId).ToListAsync();
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => api.Telephony.HuntGroup.DetailsAsync(id, group));

        Assert.Contains(group, before);
        Assert.Contains(paging, pagingBefore);
        Assert.DoesNotContain(group, after);
        Assert.DoesNotContain(paging, pagingAfter);
        Assert.NotEmpty(after); // the other locations' hunt groups stay
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}
