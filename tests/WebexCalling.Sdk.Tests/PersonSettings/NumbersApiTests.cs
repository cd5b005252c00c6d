using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (NumbersApiRequestTests.g.cs).</summary>
public class NumbersApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task UpdateAsync_IsAPutToTelephonyConfigAndSendsPrimaryFalseAndDistinctiveRingEnabled()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"telephony/config/people/{PersonId}/numbers?orgId=O1").Respond(HttpStatusCode.NoContent);
        var update = new UpdatePersonNumbers
        {
            EnableDistinctiveRingPattern = true,
            PhoneNumbers =
            [
                new() { Action = PersonNumberAction.Add, External = "+12145553567", Extension = "0007", RingPattern = RingPattern.ShortLongShort },
                new() { Action = PersonNumberAction.Delete, External = "+12145553569" },
            ],
        };

        await h.Api.PersonSettings.Numbers.UpdateAsync(PersonId, update, "O1");

        Assert.Equal(HttpMethod.Put, h.Single().Method);
        JsonAssert.Equal("""
            {"distinctiveRingEnabled": true, "phoneNumbers": [
              {"primary": false, "action": "ADD", "directNumber": "+12145553567", "extension": "0007", "ringPattern": "SHORT_LONG_SHORT"},
              {"primary": false, "action": "DELETE", "directNumber": "+12145553569"}
            ]}
            """, h.Single().Body);
    }

    [Fact]
    public async Task ReadAsync_UnknownRingPattern_IsKept()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/numbers")
            .RespondJson("""{"distinctiveRingEnabled": false, "phoneNumbers": [{"primary": false, "ringPattern": "TRIPLE", "label": "x"}]}""");

        var numbers = await h.Api.PersonSettings.Numbers.ReadAsync(PersonId);

        Assert.Equal("TRIPLE", numbers.PhoneNumbers![0].RingPattern!.Value.Value);
        Assert.False(numbers.PhoneNumbers[0].RingPattern!.Value.IsKnown);
        Assert.True(numbers.PhoneNumbers[0].ExtensionData!.ContainsKey("label"));
    }
}
