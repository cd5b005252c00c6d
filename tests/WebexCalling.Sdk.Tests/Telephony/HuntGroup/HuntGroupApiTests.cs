using System.Net;
using System.Text.Json.Nodes;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Telephony.CallQueue;
using WebexCalling.Sdk.Telephony.HuntGroup;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Telephony.HuntGroup;

/// <summary>What the generated request tests of <see cref="HuntGroupApi"/> do not show: a read sent back as an update.</summary>
public class HuntGroupApiTests
{
    private const string Path = "telephony/config/locations/L1/huntGroups/H1";

    [Fact]
    public async Task UpdateAsync_ReadChangedWithWith_SendsNoReadOnlyFieldsAndKeepsUnknownOnes()
    {
        using var h = new ApiHarness();
        var details = JsonNode.Parse(ApiHarness.Sample("hunt_group_details"))!.AsObject();
        details["futureSetting"] = new JsonObject { ["enabled"] = true };
        details["alternateNumbers"] = new JsonArray(new JsonObject
        {
            ["phoneNumber"] = "+15558675320", ["ringPattern"] = "LONG_LONG", ["tollFreeNumber"] = false,
        });
        h.Mock.OnGet(Path).RespondJson(details.ToJsonString());
        h.Mock.When(HttpMethod.Put, ApiHarness.Url(Path)).Respond(HttpStatusCode.NoContent);
        var api = h.Api.Telephony.HuntGroup;

        var group = await api.DetailsAsync("L1", "H1");
        await api.UpdateAsync("L1", "H1", group with
        {
            Name = "Renamed",
            Agents = [.. group.Agents!.Take(1), new Agent { AgentId = "P9", Weight = "20" }],
        });

        Assert.Equal("L1", group.LocationId);
        var sent = JsonNode.Parse(h.Requests[1].Body!)!.AsObject();
        Assert.Equal("Renamed", (string?)sent["name"]);
        Assert.Equal(true, (bool?)sent["futureSetting"]!["enabled"]);
        foreach (string readOnly in new[] { "id", "locationId", "language", "callingFirstName", "callingLastName" })
            Assert.False(sent.ContainsKey(readOnly), readOnly);
        var noAnswer = sent["callPolicies"]!["noAnswer"]!.AsObject();
        Assert.False(noAnswer.ContainsKey("systemMaxNumberOfRing"));
        Assert.False(noAnswer.ContainsKey("systemMaxNumberOfRings"));
        Assert.Equal(5, (int?)noAnswer["nextAgentRings"]);
        Assert.Equal(
            [["id"], ["id", "weight"]],
            sent["agents"]!.AsArray().Select(a => a!.AsObject().Select(kv => kv.Key).Order().ToArray()).ToArray());
        var alternate = Assert.Single(sent["alternateNumbers"]!.AsArray())!.AsObject();
        Assert.Equal(["phoneNumber", "ringPattern"], alternate.Select(kv => kv.Key).Order());
        Assert.True((bool?)sent["distinctiveRing"]);
    }

    [Fact]
    public async Task CreateAsync_FromARead_SendsNeitherAlternateNumbersNorDistinctiveRing()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet(Path).RespondJson(ApiHarness.Sample("hunt_group_details"));
        h.Mock.When(HttpMethod.Post, ApiHarness.Url("telephony/config/locations/L2/huntGroups"))
            .Respond("application/json", """{"id": "H2"}""");
        var api = h.Api.Telephony.HuntGroup;

        var group = await api.DetailsAsync("L1", "H1");
        string id = await api.CreateAsync("L2", group with { Name = "Copy", Extension = "0800" });

        Assert.Equal("H2", id);
        var sent = JsonNode.Parse(h.Requests[1].Body!)!.AsObject();
        Assert.Equal("Copy", (string?)sent["name"]);
        Assert.False(sent.ContainsKey("alternateNumbers"));
        Assert.False(sent.ContainsKey("distinctiveRing"));
        Assert.All(sent["agents"]!.AsArray(), a => Assert.Equal(["id"], a!.AsObject().Select(kv => kv.Key)));
    }
}
