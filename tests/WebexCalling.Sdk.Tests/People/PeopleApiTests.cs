using System.Text.Json;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.People;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.People;

// The request of every member and the parse of the official examples: PeopleApiRequestTests.g.cs.
public class PeopleApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9mNWIzNjE4Ny1jOGRkLTQ3MjctOGIyZi1mOWM0NDdmMjkwNDY";

    private static Person Sample() => JsonSerializer.Deserialize(ApiHarness.Sample("person_details"), WebexJson.Default.Person)!;

    [Fact]
    public void Person_ComputedProperties_ComeFromTheWireFields()
    {
        var person = Sample();

        Assert.Equal("f5b36187-c8dd-4727-8b2f-f9c447f29046", person.PersonIdUuid);
        var number = Assert.Single(person.PhoneNumbers!);
        Assert.Same(number, person.Tn);
        Assert.Equal([number], person.PlusE164);
        Assert.False(person.InvitePending); // "false" on the wire
        Assert.True(person.LoginEnabled);   // "true" on the wire
    }

    [Fact]
    public async Task DetailsAsync_WithoutCallingData_SendsNoQuery()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}").RespondJson(ApiHarness.Sample("person_details"));

        await h.Api.People.DetailsAsync(PersonId);

        Assert.Equal($"/v1/people/{PersonId}", h.Single().PathAndQuery);
    }

    [Fact]
    public async Task CreateAsync_FromARead_SendsOnlyWhatThePostSchemaTakes()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "people?callingData=true&minResponse=false").RespondJson(ApiHarness.Sample("person_details"));

        var created = await h.Api.People.CreateAsync(Sample(), callingData: true, minResponse: false);

        Assert.Equal(PersonId, created.PersonId);
        using var body = JsonDocument.Parse(h.Single().Body!);
        var sent = body.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Equal(new HashSet<string> { "emails", "phoneNumbers", "extension", "locationId", "displayName", "firstName",
            "lastName", "avatar", "licenses", "roles", "addresses", "siteUrls", "orgId", "department", "manager", "managerId",
            "title" }, sent);
        Assert.All(body.RootElement.GetProperty("phoneNumbers").EnumerateArray(), n => Assert.False(n.TryGetProperty("primary", out _)));
    }

    [Fact]
    public async Task CreateAsync_DefaultArguments_SendCallingDataFalseOnly()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "people?callingData=false").RespondJson("""{"id":"P9"}""");

        var created = await h.Api.People.CreateAsync(new Person { Emails = ["new@example.com"], DisplayName = "New" });

        Assert.Equal("P9", created.PersonId);
        JsonAssert.Equal("""{"emails":["new@example.com"],"displayName":"New"}""", h.Single().Body);
    }

    [Fact]
    public async Task UpdateAsync_FromARead_SendsNoReadOnlyFieldsButLoginEnabledAndUnknownOnes()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}").RespondJson("""
            {"id":"Y2lzY29zcGFyazovL3VzL1BFT1BMRS9mNWIzNjE4Ny1jOGRkLTQ3MjctOGIyZi1mOWM0NDdmMjkwNDY","displayName":"John",
             "nickName":"Johnny","loginEnabled":"true","status":"active","created":"2015-10-18T14:26:16.000Z",
             "userName":"john","avatarProvided":true,"phoneNumbers":[{"type":"work","value":"+1 408 526 7209","primary":true}],
             "futureField":{"a":1}}
            """);
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}").RespondJson(ApiHarness.Sample("person_details"));

        var person = await h.Api.People.DetailsAsync(PersonId);
        var updated = await h.Api.People.UpdateAsync(person with { Title = "CTO" });

        Assert.Equal("GM", updated.Title); // what the server answered
        JsonAssert.Equal("""
            {"displayName":"John","nickName":"Johnny","loginEnabled":true,"title":"CTO",
             "phoneNumbers":[{"type":"work","value":"+1 408 526 7209"}],"futureField":{"a":1}}
            """, h.Requests[1].Body);
    }

    [Fact]
    public async Task UpdateAsync_PersonWithoutId_ThrowsNamingIt()
    {
        using var h = new ApiHarness();

        var e = await Assert.ThrowsAnyAsync<ArgumentException>(() => h.Api.People.UpdateAsync(new Person { DisplayName = "x" }));

        Assert.Equal("person.PersonId", e.ParamName);
        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task DetailsAsync_PartialCallingDataErrors_AreReadIntoErrors()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("people/P1?callingData=true").RespondJson(
            """{"id":"P1","errors":{"locationId":{"code":"500","reason":"calling service timed out"}}}""");

        var person = await h.Api.People.DetailsAsync("P1", callingData: true);

        Assert.Equal("calling service timed out", person.Errors!["locationId"].Reason);
    }
}
