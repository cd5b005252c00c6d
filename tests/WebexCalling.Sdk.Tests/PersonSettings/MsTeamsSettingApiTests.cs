using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class MsTeamsSettingApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ReadAsync_WithOrgId_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/settings/msTeams?orgId=O1").RespondJson(ApiHarness.Sample("person_ms_teams"));

        var settings = await h.Api.PersonSettings.MsTeams.ReadAsync(PersonId, "O1");

        Assert.Equal("Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMWEzZjk5MC1hNjg5LTQ3N2QtYmU2Yi03MTIwMDI1ZDhhYmI", settings.PersonId);
        Assert.Equal(2, settings.Settings!.Count);
        Assert.Equal("HIDE_WEBEX_APP", settings.Settings[0].SettingName);
        Assert.Equal("PEOPLE", settings.Settings[0].Level);
        Assert.True(settings.Settings[0].Value);
        Assert.Equal(new DateTimeOffset(2024, 2, 24, 7, 22, 23, TimeSpan.Zero).ToUnixTimeSeconds(), settings.Settings[0].LastModified!.Value.ToUnixTimeSeconds());
        Assert.False(settings.Settings[1].Value);
    }

    [Fact]
    public async Task ConfigureAsync_SendsNameAndValue()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"telephony/config/people/{PersonId}/settings/msTeams").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.MsTeams.ConfigureAsync(PersonId, "HIDE_WEBEX_APP", false);

        JsonAssert.Equal("""{"settingName": "HIDE_WEBEX_APP", "value": false}""", h.Single().Body);
    }
}
