using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (MsTeamsSettingApiRequestTests.g.cs).</summary>
public class MsTeamsSettingApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ConfigureAsync_False_SendsFalse()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"telephony/config/people/{PersonId}/settings/msTeams").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.MsTeams.ConfigureAsync(PersonId, "HIDE_WEBEX_APP", false);

        JsonAssert.Equal("""{"settingName": "HIDE_WEBEX_APP", "value": false}""", h.Single().Body);
    }

    [Fact]
    public async Task ConfigureAsync_EmptySettingName_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.PersonSettings.MsTeams.ConfigureAsync(PersonId, "", true));

        Assert.Empty(h.Requests);
    }
}
