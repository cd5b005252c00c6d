using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Rest;

public class PaginationTests
{
    private static string Page(params string[] names) =>
        "{\"items\":[" + string.Join(',', names.Select(n => $"{{\"id\":\"{n}\",\"name\":\"{n}\"}}")) + "]}";

    private static (string, string) Next(string url) => ("Link", $"<{url}>; rel=\"next\"");

    [Fact]
    public async Task ListAsync_ThreePagesWithLinkHeaders_YieldsEveryItemInOrder()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations?name=HQ").Respond(_ => ApiHarness.Json(HttpStatusCode.OK, Page("a", "b"), Next(ApiHarness.Url("locations?name=HQ&cursor=2"))));
        h.Mock.OnGet("locations?name=HQ&cursor=2").Respond(_ => ApiHarness.Json(HttpStatusCode.OK, Page("c", "d"), Next(ApiHarness.Url("locations?name=HQ&cursor=3"))));
        h.Mock.OnGet("locations?name=HQ&cursor=3").Respond(_ => ApiHarness.Json(HttpStatusCode.OK, Page("e")));

        var names = new List<string?>();
        await foreach (var location in h.Api.Locations.ListAsync(name: "HQ")) names.Add(location.Name);

        Assert.Equal(["a", "b", "c", "d", "e"], names);
        Assert.Equal(["/v1/locations?name=HQ", "/v1/locations?name=HQ&cursor=2", "/v1/locations?name=HQ&cursor=3"],
            h.Requests.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task ListAsync_CallerStopsOnFirstPage_FetchesNoFurtherPage()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations").Respond(_ => ApiHarness.Json(HttpStatusCode.OK, Page("a", "b"), Next(ApiHarness.Url("locations?cursor=2"))));
        h.Mock.OnGet("locations?cursor=2").Respond(_ => ApiHarness.Json(HttpStatusCode.OK, Page("c")));

        await foreach (var location in h.Api.Locations.ListAsync())
        {
            Assert.Equal("a", location.Name);
            break;
        }

        Assert.Single(h.Requests);
    }

    [Fact]
    public async Task ListAsync_NotEnumerated_SendsNothing()
    {
        using var h = new ApiHarness();
        _ = h.Api.Locations.ListAsync();
        await Task.Yield();
        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task ListAsync_NextLinkDropsFilters_FiltersAreSentAgain()
    {
        using var h = new ApiHarness(o => o.PageSize = 2);
        h.Mock.OnGet("people?email=a%40example.com&callingData=true&max=2").Respond(_ => ApiHarness.Json(HttpStatusCode.OK, Page("p1", "p2"), Next(ApiHarness.Url("people?cursor=Zm9v"))));
        h.Mock.OnGet("people?cursor=Zm9v&email=a%40example.com&callingData=true&max=2")
            .Respond(_ => ApiHarness.Json(HttpStatusCode.OK, Page("p3")));

        var ids = new List<string?>();
        await foreach (var p in h.Api.People.ListAsync(email: "a@example.com", callingData: true)) ids.Add(p.PersonId);

        Assert.Equal(["p1", "p2", "p3"], ids);
        Assert.Equal(2, h.Requests.Count);
    }

    [Fact]
    public async Task ListAsync_PageSizeOption_SendsMax()
    {
        using var h = new ApiHarness(o => o.PageSize = 500);
        h.Mock.OnGet("locations?max=500").Respond(_ => ApiHarness.Json(HttpStatusCode.OK, Page("a")));

        await foreach (var _ in h.Api.Locations.ListAsync()) { }

        Assert.Equal("/v1/locations?max=500", h.Single().PathAndQuery);
    }

    [Fact]
    public async Task PaginateAsync_OtherItemsKey_ReadsThatKey()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("telephony/config/queues").Respond(_ => ApiHarness.Json(HttpStatusCode.OK, """{"queues":[{"id":"q1"},{"id":"q2"}],"items":[{"id":"wrong"}]}"""));

        var ids = new List<string?>();
        await foreach (var item in h.Api.Session.PaginateAsync("telephony/config/queues", null, WebexCalling.Sdk.Common.WebexJson.Default.Location, "queues"))
            ids.Add(item.LocationId);

        Assert.Equal(["q1", "q2"], ids);
    }

    [Fact]
    public async Task ListAsync_EmptyPageWithNextLink_Stops()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations").Respond(_ => ApiHarness.Json(HttpStatusCode.OK, Page(), Next(ApiHarness.Url("locations?cursor=2"))));

        var all = await h.Api.Locations.ListAsync().ToListAsync();

        Assert.Empty(all);
        Assert.Single(h.Requests);
    }

    [Theory]
    [InlineData("/v1/locations?name=HQ&start=2")] // a path without scheme and host (RFC 8288 allows it)
    [InlineData("?name=HQ&start=2")] // the query alone
    [InlineData("locations?name=HQ&start=2")] // relative to the page's folder
    [InlineData("https://webexapis.com/v1/locations?name=HQ&start=2")]
    public async Task ListAsync_NextLinkRelativeOrAbsolute_ResolvedAgainstThePageUrl(string link)
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations?name=HQ").Respond(_ => ApiHarness.Json(HttpStatusCode.OK, Page("a"), Next(link)));
        h.Mock.OnGet("locations?name=HQ&start=2").Respond(_ => ApiHarness.Json(HttpStatusCode.OK, Page("b")));

        var all = await h.Api.Locations.ListAsync(name: "HQ").ToListAsync();

        Assert.Equal(["a", "b"], all.Select(l => l.Name));
        Assert.Equal("https://webexapis.com/v1/locations?name=HQ&start=2", h.Requests[1].Uri.AbsoluteUri);
    }

    // No list the SDK pages is documented to answer {} or leave out its items key when empty (the 2026 reference's
    // 200 examples all carry it), so a page without an items array is an answer the SDK cannot read, not an empty list.
    [Theory]
    [InlineData("", "the page has no body")]
    [InlineData("{}", "the page has no \"items\"")]
    [InlineData("""{"queues":[{"id":"x"}]}""", "the page has no \"items\"")]
    [InlineData("""{"items":{}}""", "\"items\" is StartObject, not an array")]
    [InlineData("""{"items":null}""", "\"items\" is Null, not an array")]
    [InlineData("""{"items":"L1"}""", "\"items\" is String, not an array")]
    public async Task ListAsync_PageWithoutAnItemsArray_ThrowsWebexApiExceptionLikeSingleItemCalls(string page, string problem)
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations").Respond(_ => ApiHarness.Json(HttpStatusCode.OK, page, ("trackingId", "ROUTER_1")));

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.ListAsync().ToListAsync().AsTask());

        Assert.Equal("GET", e.Method);
        Assert.Equal("/v1/locations", e.RequestUri.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, e.StatusCode);
        Assert.Equal("ROUTER_1", e.TrackingId);
        Assert.StartsWith("GET /v1/locations → 200 OK: ", e.Message);
        Assert.Contains(problem, e.Message);
        Assert.EndsWith("(trackingId ROUTER_1)", e.Message);
    }

    [Fact]
    public async Task ListAsync_PageWithAnEmptyItemsArray_IsAnEmptyList()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations").RespondJson("""{"items":[]}""");

        Assert.Empty(await h.Api.Locations.ListAsync().ToListAsync());
    }

    [Fact]
    public async Task ListAsync_NextLinkRepeats_ThrowsInsteadOfLoopingForever()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations").Respond(_ => ApiHarness.Json(HttpStatusCode.OK, Page("a"), Next(ApiHarness.Url("locations?cursor=2"))));
        h.Mock.OnGet("locations?cursor=2").Respond(_ => ApiHarness.Json(HttpStatusCode.OK, Page("b"), Next(ApiHarness.Url("locations?cursor=2"))));

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => h.Api.Locations.ListAsync().ToListAsync().AsTask());
        Assert.Contains("twice", e.Message);
        Assert.Equal(2, h.Requests.Count);
    }

    [Fact]
    public async Task ListAsync_NextLinkToAnotherHost_RefusesToSendTheToken()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations").Respond(_ => ApiHarness.Json(HttpStatusCode.OK, Page("a"), Next("https://evil.example.com/v1/locations?cursor=2")));

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => h.Api.Locations.ListAsync().ToListAsync().AsTask());

        Assert.Contains("evil.example.com", e.Message);
        Assert.Single(h.Requests);
    }

    [Fact]
    public async Task ListAsync_LinkHeaderWithSeveralRelations_FollowsNextOnly()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations").Respond(_ => ApiHarness.Json(HttpStatusCode.OK, Page("a"),
            ("Link", $"<{ApiHarness.Url("locations?id=x,y")}>; rel=\"first\", <{ApiHarness.Url("locations?cursor=2")}>; rel=\"next\"")));
        h.Mock.OnGet("locations?cursor=2").Respond(_ => ApiHarness.Json(HttpStatusCode.OK, Page("b")));

        var all = await h.Api.Locations.ListAsync().ToListAsync();

        Assert.Equal(["a", "b"], all.Select(l => l.Name));
    }

    [Fact]
    public async Task ListAsync_PageIsNotJson_ThrowsWebexApiExceptionNamingTheEndpoint()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations").RespondJson("{\"items\": [ {\"id\": 3 ");

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.ListAsync().ToListAsync().AsTask());

        Assert.StartsWith("GET /v1/locations → 200 OK: the page is not the JSON expected for a list of Location", e.Message);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(e.InnerException);
    }
}
