using System.Net;
using System.Text.Json;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.People;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.People;

public class PeopleApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9mNWIzNjE4Ny1jOGRkLTQ3MjctOGIyZi1mOWM0NDdmMjkwNDY";

    private static Person Sample() => JsonSerializer.Deserialize(ApiHarness.Sample("person_details"), WebexJson.Default.Person)!;

    [Fact]
    public async Task ListAsync_AllFilters_SendsThemAsWebexExpects()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("people?email=a%40example.com&displayName=John&id=P1,P2&orgId=O1&roles=R1,R2&callingData=true&locationId=L1&excludeStatus=true")
            .RespondJson("""{"items":[]}""");

        await h.Api.People.ListAsync(email: "a@example.com", displayName: "John", idList: ["P1", "P2"], orgId: "O1",
            roles: "R1,R2", callingData: true, locationId: "L1", excludeStatus: true).ToListAsync();

        Assert.Single(h.Requests);
    }

    [Fact]
    public async Task ListAsync_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("people?callingData=true").RespondJson(ApiHarness.Sample("people_list"));

        var person = Assert.Single(await h.Api.People.ListAsync(callingData: true).ToListAsync());

        Assert.Equal(PersonId, person.PersonId);
        Assert.Equal("John Andersen", person.DisplayName);
        Assert.Equal(["john.andersen@example.com"], person.Emails);
        Assert.Equal("133", person.Extension);
        Assert.Equal("Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzYzNzE1", person.LocationId);
        var number = Assert.Single(person.PhoneNumbers!);
        Assert.Equal(PhoneNumberType.Work, number.NumberType);
        Assert.Equal("+1 408 526 7209", number.Value);
        Assert.True(number.Primary);
        Assert.Same(number, person.Tn);
        var address = Assert.Single(person.Addresses!);
        Assert.Equal("Milpitas", address.Locality);
        Assert.Equal("1099 Bird Ave.", address.StreetAddress);
        var sip = Assert.Single(person.SipAddresses!);
        Assert.Equal(SipType.PersonalRoom, sip.SipType);
        Assert.False(sip.Primary);
        Assert.Equal(PeopleStatus.Active, person.Status);
        Assert.Equal(PersonType.Person, person.PersonType);
        Assert.False(person.InvitePending); // "false" on the wire
        Assert.True(person.LoginEnabled);   // "true" on the wire
        Assert.Equal(new DateTimeOffset(2015, 10, 18, 14, 26, 16, TimeSpan.Zero), person.Created);
        Assert.Equal("America/Denver", person.Timezone);
        Assert.Equal(["mysite.webex.com#attendee"], person.SiteUrls);
        Assert.Equal("user@example.com", person.XmppFederationJid);
        Assert.Equal("f5b36187-c8dd-4727-8b2f-f9c447f29046", person.PersonIdUuid);
        Assert.Equal(2, person.Licenses!.Count);
    }

    [Fact]
    public async Task DetailsAsync_CallingData_SendsCallingDataTrue()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}?callingData=true").RespondJson(ApiHarness.Sample("person_details"));

        var person = await h.Api.People.DetailsAsync(PersonId, callingData: true);

        Assert.Equal("Sales", person.Department);
        Assert.Equal("John Duarte", person.Manager);
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
    public async Task MeAsync_GetsPeopleMe()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("people/me?callingData=true").RespondJson(ApiHarness.Sample("person_details"));

        var me = await h.Api.People.MeAsync(callingData: true);

        Assert.Equal("John", me.FirstName);
    }

    [Fact]
    public async Task CreateAsync_SendsWhatWxcSdkSendsWithoutReadOnlyFields()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "people?callingData=true&minResponse=false").RespondJson(ApiHarness.Sample("person_details"));

        var created = await h.Api.People.CreateAsync(Sample(), callingData: true, minResponse: false);

        Assert.Equal(PersonId, created.PersonId);
        using var body = JsonDocument.Parse(h.Single().Body!);
        var sent = body.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "emails", "phoneNumbers", "extension", "locationId", "displayName", "firstName",
            "lastName", "licenses", "roles", "addresses", "siteUrls", "orgId", "department", "manager", "managerId", "title" }, sent);
        Assert.Empty(sent.Intersect(["id", "created", "lastModified", "timezone", "lastActivity", "sipAddresses", "status",
            "invitePending", "loginEnabled", "type", "xmppFederationJid"]));
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
    public async Task UpdateAsync_PutsToThePersonWithoutReadOnlyFieldsButWithLoginEnabled()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}?callingData=true&showAllTypes=true&minResponse=true")
            .RespondJson(ApiHarness.Sample("person_details"));

        var updated = await h.Api.People.UpdateAsync(Sample() with { Title = "CTO" }, callingData: true, showAllTypes: true,
            minResponse: true);

        Assert.Equal("GM", updated.Title); // what the server answered
        using var body = JsonDocument.Parse(h.Single().Body!);
        Assert.Equal("CTO", body.RootElement.GetProperty("title").GetString());
        Assert.True(body.RootElement.GetProperty("loginEnabled").GetBoolean()); // the official PUT accepts it
        Assert.False(body.RootElement.TryGetProperty("id", out _));
        Assert.False(body.RootElement.TryGetProperty("status", out _));
        Assert.False(body.RootElement.TryGetProperty("created", out _));
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
    public async Task DeleteAsync_SendsDelete()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Delete, $"people/{PersonId}").Respond(HttpStatusCode.NoContent);

        await h.Api.People.DeleteAsync(PersonId);

        Assert.Equal(HttpMethod.Delete, h.Single().Method);
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
