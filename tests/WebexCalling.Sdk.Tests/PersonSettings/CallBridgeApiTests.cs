using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (CallBridgeApiRequestTests.g.cs).</summary>
public class CallBridgeApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ConfigureAsync_SendsTheSettingAndUnknownFields()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/features/callBridge").RespondJson("""{"warningToneEnabled": true, "beta": 2}""");
        h.Mock.On(HttpMethod.Put, $"telephony/config/people/{PersonId}/features/callBridge").Respond(HttpStatusCode.NoContent);
        var api = h.Api.PersonSettings.CallBridge;

        var bridge = await api.ReadAsync(PersonId);
        await api.ConfigureAsync(PersonId, bridge with { WarningToneEnabled = false });

        JsonAssert.Equal("""{"warningToneEnabled": false, "beta": 2}""", h.Requests[^1].Body);
    }
}
