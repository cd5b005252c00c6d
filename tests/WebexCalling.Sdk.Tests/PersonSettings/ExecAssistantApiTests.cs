using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class ExecAssistantApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ReadAsync_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/executiveAssistant").RespondJson(ApiHarness.Sample("person_exec_assistant"));

        var type = await h.Api.PersonSettings.ExecAssistant.ReadAsync(PersonId);

        Assert.Equal(ExecAssistantType.Executive, type);
    }

    [Fact]
    public async Task ConfigureAsync_SendsTheType()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/executiveAssistant?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.ExecAssistant.ConfigureAsync(PersonId, ExecAssistantType.ExecutiveAssistant, orgId: "O1");

        JsonAssert.Equal("""{"type": "EXECUTIVE_ASSISTANT"}""", h.Single().Body);
    }
}
