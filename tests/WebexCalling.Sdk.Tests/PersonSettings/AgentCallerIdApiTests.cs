using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (AgentCallerIdApiRequestTests.g.cs).</summary>
public class AgentCallerIdApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ConfigureAsync_NullCallerId_SendsExplicitNull()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"telephony/config/people/{PersonId}/agent/callerId?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.AgentCallerId.ConfigureAsync(PersonId, null, orgId: "O1");

        JsonAssert.Equal("""{"selectedCallerId": null}""", h.Single().Body);
    }

    [Fact]
    public async Task ReadAsync_UnknownTypeValue_IsKeptAndNotKnown()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/agent/callerId")
            .RespondJson("""{"selectedCallerId": {"id": "X", "type": "PAGING_GROUP", "newField": 1}}""");

        var selected = await h.Api.PersonSettings.AgentCallerId.ReadAsync(PersonId);

        Assert.Equal("PAGING_GROUP", selected!.Type!.Value.Value);
        Assert.False(selected.Type.Value.IsKnown);
        Assert.True(selected.ExtensionData!.ContainsKey("newField"));
    }

    [Fact]
    public async Task AvailableCallerIdsAsync_EmptyId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.PersonSettings.AgentCallerId.AvailableCallerIdsAsync(""));

        Assert.Empty(h.Requests);
    }
}
