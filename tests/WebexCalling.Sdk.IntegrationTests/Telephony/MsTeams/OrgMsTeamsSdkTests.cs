using System.Net;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony.MsTeams;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.MsTeams;

/// <summary>api.Telephony.MsTeams against the simulator.</summary>
public class OrgMsTeamsSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private OrgMsTeamsSettingApi Teams => fixture.H.Api.Telephony.MsTeams;

    [Fact]
    public async Task ReadConfigureRead_TheSettingChangesAtOrganisationLevel()
    {
        var before = await Teams.ReadAsync();
        await Teams.ConfigureAsync("HIDE_WEBEX_APP", true);
        var after = await Teams.ReadAsync();

        Assert.Equal("GLOBAL", before.Level);
        Assert.Equal(fixture.H.Sim.OrgId, before.OrgId);
        Assert.Equal([("HIDE_WEBEX_APP", false), ("PRESENCE_SYNC", true)], before.Settings!.Select(s => (s.SettingName, s.Value)));
        Assert.Equal("ORGANIZATION", after.Level);
        var hide = after.Settings!.Single(s => s.SettingName == "HIDE_WEBEX_APP");
        Assert.Equal((true, "ORGANIZATION"), (hide.Value, hide.Level));
        Assert.True(hide.LastModified > before.Settings!.Single(s => s.SettingName == "HIDE_WEBEX_APP").LastModified);
        Assert.Equal("GLOBAL", after.Settings!.Single(s => s.SettingName == "PRESENCE_SYNC").Level);
    }

    [Fact]
    public async Task ConfigureAsync_UnknownSetting_Is400()
    {
        var e = await Assert.ThrowsAsync<WebexApiException>(() => Teams.ConfigureAsync("HIDE_TEAMS", true));

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Contains("settingName", e.WebexMessage, StringComparison.Ordinal);
    }
}
