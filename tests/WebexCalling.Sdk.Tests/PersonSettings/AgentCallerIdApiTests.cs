using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class AgentCallerIdApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task AvailableCallerIdsAsync_WithOrgId_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/agent/availableCallerIds?orgId=O1")
            .RespondJson(ApiHarness.Sample("person_agent_available_caller_ids"));

        var ids = await h.Api.PersonSettings.AgentCallerId.AvailableCallerIdsAsync(PersonId, orgId: "O1");

        Assert.Equal(3, ids.Count);
        Assert.Equal(AvailableCallerIdType.CallQueue, ids[0].Type);
        Assert.Equal("TestCallQueue", ids[0].Name);
        Assert.Null(ids[0].PhoneNumber);
        Assert.Equal(AvailableCallerIdType.HuntGroup, ids[1].Type);
        Assert.Equal("+441234200090", ids[1].PhoneNumber);
        Assert.Equal("6002", ids[1].Extension);
    }

    [Fact]
    public async Task ReadAsync_ParsesTheSelectedCallerIdOfTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/agent/callerId").RespondJson(ApiHarness.Sample("person_agent_caller_id"));

        var selected = await h.Api.PersonSettings.AgentCallerId.ReadAsync(PersonId);

        Assert.NotNull(selected);
        Assert.Equal("Y2lzY29zcGFyazovL3VzL0NBTExfUVVFVUUvMzc4NzRjOGUtMzRhOS00NzFjLWI1N2QtMzAxNTJkZjlmMjQx", selected.Id);
        Assert.Equal(AvailableCallerIdType.CallQueue, selected.Type);
        Assert.Equal("new ram", selected.Name);
        Assert.Equal("+81123456890", selected.PhoneNumber);
        Assert.Equal("09899", selected.Extension);
    }

    [Fact]
    public async Task ConfigureAsync_NullCallerId_SendsExplicitNull()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"telephony/config/people/{PersonId}/agent/callerId?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.AgentCallerId.ConfigureAsync(PersonId, null, orgId: "O1");

        JsonAssert.Equal("""{"selectedCallerId": null}""", h.Single().Body);
    }

    [Fact]
    public async Task ConfigureAsync_QueueId_SendsIt()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"telephony/config/people/{PersonId}/agent/callerId").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.AgentCallerId.ConfigureAsync(PersonId, "Q1");

        Assert.Equal(HttpMethod.Put, h.Single().Method);
        JsonAssert.Equal("""{"selectedCallerId": "Q1"}""", h.Single().Body);
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
