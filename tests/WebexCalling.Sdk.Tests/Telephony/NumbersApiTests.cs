using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Telephony;

/// <summary>The hand-written numbers members of <see cref="Sdk.Telephony.TelephonyApi"/>: the fixed query the counts need.</summary>
public class NumbersApiTests
{
    [Fact]
    public async Task PhoneNumberDetailsAsync_AsksForDetailsWithOneNumberAndReadsTheCounts()
    {
        using var h = new ApiHarness();
        h.Mock.Fallback.Respond(_ => ApiHarness.Json(HttpStatusCode.OK, ApiHarness.Sample("numbers_list")));

        var counts = await h.Api.Telephony.PhoneNumberDetailsAsync(orgId: "O1");

        var request = h.Single();
        Assert.Equal("GET", request.Method.Method);
        Assert.Equal("/v1/telephony/config/numbers?details=true&max=1&orgId=O1", request.PathAndQuery);
        ExampleAssert.Typed(ApiHarness.Sample("numbers_list"), counts, field: "count");
        Assert.Equal((33, 114, 839), (counts.Assigned, counts.UnAssigned, counts.Total));
    }

    [Fact]
    public async Task PhoneNumberDetailsAsync_AnswerWithoutCounts_IsEmptyRecord()
    {
        using var h = new ApiHarness();
        h.Mock.Fallback.Respond(_ => ApiHarness.Json(HttpStatusCode.OK, "{\"phoneNumbers\": []}"));

        var counts = await h.Api.Telephony.PhoneNumberDetailsAsync();

        Assert.Equal("/v1/telephony/config/numbers?details=true&max=1", h.Single().PathAndQuery);
        Assert.Null(counts.Total);
    }
}
