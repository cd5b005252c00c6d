using System.Net;
using System.Text.Json;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Rest;

public class ErrorTests
{
    [Fact]
    public async Task DetailsAsync_WebexErrorBody_ExceptionCarriesStatusMessagesAndTrackingId()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations/nope").RespondJson("""
            {"message":"Location not found.","errors":[{"description":"Location not found.","errorCode":4008}],
             "trackingId":"ROUTER_6523A2C5-E8A6-01BB-01F5-AC1F1A2B0F2C"}
            """, HttpStatusCode.NotFound);

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.DetailsAsync("nope"));

        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        Assert.Equal("ROUTER_6523A2C5-E8A6-01BB-01F5-AC1F1A2B0F2C", e.TrackingId);
        Assert.Equal("Location not found.", e.WebexMessage);
        Assert.Equal(4008, e.ErrorCode);
        Assert.Equal("GET", e.Method);
        Assert.Equal(ApiHarness.Url("locations/nope"), e.RequestUri.AbsoluteUri);
        Assert.Equal("GET /v1/locations/nope → 404 Not Found: Location not found. (error 4008) (trackingId ROUTER_6523A2C5-E8A6-01BB-01F5-AC1F1A2B0F2C)",
            e.Message);
    }

    [Fact]
    public async Task UpdateAsync_TrackingIdHeader_WinsOverBody()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, "locations/L1").RespondJson(
            """{"message":"Invalid field","errors":[{"description":"name is too long"}],"trackingId":"FROM_BODY"}""",
            HttpStatusCode.BadRequest, ("trackingId", "FROM_HEADER"));

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.UpdateAsync("L1", new() { Name = new string('x', 300) }));

        Assert.Equal("FROM_HEADER", e.TrackingId);
        Assert.Equal("PUT /v1/locations/L1 → 400 Bad Request: Invalid field; name is too long (trackingId FROM_HEADER)", e.Message);
        Assert.Equal([new WebexErrorDetail("name is too long", null)], e.Errors);
    }

    [Fact]
    public async Task DetailsAsync_NoTrackingIdFromWebex_ExceptionCarriesTheOneTheSdkSent()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations/L1").RespondJson("{}", HttpStatusCode.Forbidden);

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.DetailsAsync("L1"));

        Assert.Equal(h.Single().Headers["TrackingID"], e.TrackingId);
        Assert.StartsWith("WEBEX_CS_SDK_", e.TrackingId);
    }

    [Fact]
    public async Task DetailsAsync_OlderTelephonyErrorShape_IsRead()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations/L1").RespondJson(
            """{"error":{"key":"400","message":[{"description":"[Error 25008] Missing Mandatory field name: phoneNumbers","code":"25008"}]},"trackingId":"NA_x"}""",
            HttpStatusCode.BadRequest);

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.DetailsAsync("L1"));

        Assert.Equal(25008, e.ErrorCode);
        Assert.Contains("Missing Mandatory field name: phoneNumbers", e.Message);
        Assert.Equal("NA_x", e.TrackingId);
    }

    [Fact]
    public async Task DetailsAsync_HtmlErrorBody_IsQuotedAndShortened()
    {
        using var h = new ApiHarness();
        string html = "<html><body>" + new string('x', 5000) + "</body></html>";
        h.Mock.OnGet("locations/L1").Respond(_ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.BadRequest)
        {
            Content = new StringContent(html, System.Text.Encoding.UTF8, "text/html"),
        }));

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.DetailsAsync("L1"));

        Assert.StartsWith("\"<html><body>xxx", e.WebexMessage);
        Assert.EndsWith($"…\" ({html.Length} characters)", e.WebexMessage);
        Assert.True(e.Message.Length < 1300);
    }

    [Fact]
    public async Task DetailsAsync_MalformedJsonInSuccessAnswer_ClearExceptionNamingTheEndpoint()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations/L1").RespondJson("""{"id": "L1", "name": """);

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.DetailsAsync("L1"));

        Assert.Equal(HttpStatusCode.OK, e.StatusCode);
        Assert.StartsWith("GET /v1/locations/L1 → 200 OK: the answer is not the JSON expected for Location", e.Message);
        Assert.IsAssignableFrom<JsonException>(e.InnerException);
    }

    [Fact]
    public async Task DetailsAsync_WrongTypeInSuccessAnswer_ClearExceptionWithJsonPath()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations/L1/floors/F1").RespondJson("""{"id": "F1", "floorNumber": {"nested": true}}""");

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.FloorDetailsAsync("L1", "F1"));

        Assert.Contains("$.floorNumber", e.Message);
    }

    [Fact]
    public async Task DetailsAsync_EmptySuccessAnswer_ClearException()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations/L1").Respond(_ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)));

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.DetailsAsync("L1"));

        Assert.Contains("the answer has no body, but Location was expected", e.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task DetailsAsync_NullOrEmptyId_ThrowsArgumentExceptionNamingItBeforeAnyRequest(string? id)
    {
        using var h = new ApiHarness();

        var e = await Assert.ThrowsAnyAsync<ArgumentException>(() => h.Api.Locations.DetailsAsync(id!));

        Assert.Equal("locationId", e.ParamName);
        Assert.Empty(h.Requests);
    }

    [Fact]
    public void ListFloorsAsync_EmptyId_ThrowsAtTheCallNotOnEnumeration()
    {
        using var h = new ApiHarness();

        var e = Assert.Throws<ArgumentException>(() => h.Api.Locations.ListFloorsAsync(""));

        Assert.Equal("locationId", e.ParamName);
    }

    [Fact]
    public void Constructor_BadOptions_ThrowBeforeAnyRequest()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WebexSimpleApi("t", new WebexApiOptions { ConcurrentRequests = 0 }));
        Assert.Throws<ArgumentException>(() => new WebexSimpleApi("t", new WebexApiOptions { BaseUrl = new Uri("ftp://x/") }));
        Assert.Throws<ArgumentException>(() => new WebexSimpleApi(" "));
    }
}
