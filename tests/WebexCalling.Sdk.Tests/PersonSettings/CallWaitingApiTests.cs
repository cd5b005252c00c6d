using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (CallWaitingApiRequestTests.g.cs).</summary>
public class CallWaitingApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ConfigureAsync_False_SendsFalse()
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
