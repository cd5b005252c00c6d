using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class DigitPatternsApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string PatternId = "Y2lzY29zcGFyazovL3VzL0RJR0lUX1BBVFRFUk4vMQ";
    private const string Path = $"telephony/config/people/{PersonId}/outgoingPermission/digitPatterns";


    [Fact]
    public async Task ReadThenUpdate_UnknownFieldAndAction_AreSentBackWithoutId()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Path}/{PatternId}").RespondJson($$"""
            {"id": "{{PatternId}}", "name": "P", "pattern": "9", "action": "QUARANTINE", "priority": 3}
            """);
        h.Mock.On(HttpMethod.Put, $"{Path}/{PatternId}").Respond(HttpStatusCode.NoContent);

        var pattern = await h.Api.PersonSettings.PermissionsOut.DigitPatterns.DetailsAsync(PersonId, PatternId);
        await h.Api.PersonSettings.PermissionsOut.DigitPatterns.UpdateAsync(PersonId, PatternId, pattern with { Name = "Q" });

        Assert.Equal(HttpMethod.Put, h.Requests[1].Method);
        JsonAssert.Equal("""{"name": "Q", "pattern": "9", "action": "QUARANTINE", "priority": 3}""", h.Requests[1].Body);
    }

    [Fact]
    public async Task DetailsAsync_EmptyPatternId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.PersonSettings.PermissionsOut.DigitPatterns.DetailsAsync(PersonId, ""));

        Assert.Empty(h.Requests);
    }
}
