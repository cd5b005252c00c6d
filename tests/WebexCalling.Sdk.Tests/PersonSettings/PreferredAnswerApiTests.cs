using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class PreferredAnswerApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string Url = $"telephony/config/people/{PersonId}/preferredAnswerEndpoint";

    [Fact]
    public async Task ReadAsync_WithOrgId_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Url}?orgId=O1").RespondJson(ApiHarness.Sample("person_preferred_answer"));

        var answer = await h.Api.PersonSettings.PreferredAnswer.ReadAsync(PersonId, "O1");

        Assert.Null(answer.PreferredAnswerEndpointId);
        Assert.Equal(2, answer.Endpoints!.Count);
        Assert.Equal(PreferredAnswerEndpointType.Device, answer.Endpoints[0].Type);
        Assert.Equal("Cisco 8865 (Phone in reception area)", answer.Endpoints[0].Name);
        Assert.Equal(PreferredAnswerEndpointType.Application, answer.Endpoints[1].Type);
    }

    [Fact]
    public async Task ModifyAsync_SendsTheEndpointId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, Url).Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.PreferredAnswer.ModifyAsync(PersonId, "E1");

        JsonAssert.Equal("""{"preferredAnswerEndpointId": "E1"}""", h.Single().Body);
    }

    [Fact]
    public async Task ModifyAsync_Null_SendsExplicitNullToClear()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{Url}?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.PreferredAnswer.ModifyAsync(PersonId, null, "O1");

        JsonAssert.Equal("""{"preferredAnswerEndpointId": null}""", h.Single().Body);
    }
}
