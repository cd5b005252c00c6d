using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (PrivacyApiRequestTests.g.cs).</summary>
public class PrivacyApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string AliceId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS82MWU3MDlkNy1hM2IxLTQ2MDctOTBiOC04NmE5MDgxYWFkNmE";

    [Fact]
    public async Task ConfigureAsync_SendsAgentsAsIdsAndKeepsUnknownFields()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/privacy").RespondJson(ApiHarness.Sample("person_privacy").Replace(
            "\"aaNamingDialingEnabled\": true", "\"aaNamingDialingEnabled\": true, \"futurePrivacy\": {\"on\": true}"));
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/privacy?orgId=O1").Respond(HttpStatusCode.NoContent);
        var api = h.Api.PersonSettings.Privacy;

        var privacy = await api.ReadAsync(PersonId);
        var agents = privacy.MonitoringAgents!.Append(new SettingsMember { MemberId = "BOB" }).ToList();
        await api.ConfigureAsync(PersonId, privacy with { AaNamingDialingEnabled = false, MonitoringAgents = agents }, orgId: "O1");

        JsonAssert.Equal($$"""
            {"aaExtensionDialingEnabled": true, "aaNamingDialingEnabled": false, "enablePhoneStatusDirectoryPrivacy": true,
             "enablePhoneStatusPickupBargeInPrivacy": true, "monitoringAgents": ["{{AliceId}}", "BOB"], "futurePrivacy": {"on": true} }
            """, h.Requests[^1].Body);
    }

    [Fact]
    public async Task ConfigureAsync_EmptyAgentList_SendsAnEmptyList()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/privacy").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.Privacy.ConfigureAsync(PersonId, new Privacy { MonitoringAgents = [] });

        JsonAssert.Equal("""{"monitoringAgents": []}""", h.Single().Body);
    }
}
