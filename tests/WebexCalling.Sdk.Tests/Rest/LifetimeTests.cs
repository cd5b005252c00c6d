using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Rest;

public class LifetimeTests
{
    [Fact]
    public async Task Dispose_ClientPassedInOptions_StaysUsable()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(HttpStatusCode.OK);
        using var http = new HttpClient(mock);

        using (new WebexSimpleApi("t", new WebexApiOptions { HttpClient = http })) { }

        var response = await http.GetAsync(new Uri("https://example.invalid/"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Options_ChangedAfterConstruction_HaveNoEffect()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("locations").RespondJson("""{"items":[]}""");

        h.Options.BaseUrl = new Uri("https://elsewhere.example.com/v1/");
        h.Options.PageSize = 7;
        await h.Api.Locations.ListAsync().ToListAsync();

        Assert.Equal(ApiHarness.Url("locations"), h.Single().Uri.AbsoluteUri);
    }

    [Fact]
    public async Task BaseUrl_WithoutTrailingSlash_StillResolvesPathsBelowIt()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When("http://127.0.0.1:5089/v1/people/me").Respond("application/json", """{"id":"P1"}""");
        using var api = new WebexSimpleApi("t", new WebexApiOptions
        {
            HttpClient = new HttpClient(mock), BaseUrl = new Uri("http://127.0.0.1:5089/v1"),
        });

        var me = await api.People.MeAsync();

        Assert.Equal("P1", me.PersonId);
    }
}
