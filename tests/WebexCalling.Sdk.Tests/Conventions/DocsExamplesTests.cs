using System.Runtime.CompilerServices;
using System.Text.Json;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Locations;
using WebexCalling.Sdk.Rest;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Conventions;

/// <summary>The snippets of docs/extending.md and docs/testing.md, run, so that the docs stay true to the code.</summary>
public class DocsExamplesTests
{
    [Fact]
    public async Task Extending_SessionCallsWithJsonElement_Work()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("telephony/config/locations/L1").RespondJson("""{"callingLineId":{"name":"HQ"}}""");
        h.Mock.OnGet("telephony/config/virtualExtensions?locationId=L1")
            .RespondJson("""{"virtualExtensions":[{"displayName":"Sales"},{"displayName":"Support"}]}""");
        var api = h.Api;
        string locationId = "L1";

        JsonElement settings = await api.Session.GetAsync("telephony/config/locations/" + locationId, null,
            WebexJson.Default.JsonElement);
        var names = new List<string?>();
        await foreach (JsonElement group in api.Session.PaginateAsync("telephony/config/virtualExtensions",
                           new Query { ["locationId"] = locationId }, WebexJson.Default.JsonElement, "virtualExtensions"))
            names.Add(group.GetProperty("displayName").GetString());

        Assert.Equal("HQ", settings.GetProperty("callingLineId").GetProperty("name").GetString());
        Assert.Equal(["Sales", "Support"], names);
    }

    [Fact]
    public async Task Testing_HandWrittenFakeOfAnApiArea_Works()
    {
        LocationsApi locations = new FakeLocations();

        var all = await locations.ListAsync().ToListAsync();

        Assert.Equal("HQ", Assert.Single(all).Name);
    }

    private sealed class FakeLocations : LocationsApi
    {
        public override async IAsyncEnumerable<Location> ListAsync(string? name = null, string? locationId = null,
            string? orgId = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            yield return new Location { Name = "HQ", Address = new LocationAddress { State = "CA" } };
            await Task.CompletedTask;
        }
    }
}
