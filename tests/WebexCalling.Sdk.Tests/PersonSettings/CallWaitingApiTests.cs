using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class CallWaitingApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ReadAsync_WithOrgId_SendsOrgIdAndReturnsEnabled()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/callWaiting?orgId=O1").RespondJson("""{"enabled": true}""");

        bool enabled = await h.Api.PersonSettings.CallWaiting.ReadAsync(PersonId, orgId: "O1");

        Assert.True(enabled);
    }

    [Fact]
    public async Task ConfigureAsync_SendsEnabled()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/callWaiting").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.CallWaiting.ConfigureAsync(PersonId, false);

        JsonAssert.Equal("""{"enabled": false}""", h.Single().Body);
    }

    [Fact]
    public async Task ReadAsync_EmptyId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.PersonSettings.CallWaiting.ReadAsync(""));

        Assert.Empty(h.Requests);
    }
}
