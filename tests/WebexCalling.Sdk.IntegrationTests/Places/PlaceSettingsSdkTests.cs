using System.Net;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;

namespace WebexCalling.Sdk.IntegrationTests.Places;

/// <summary>
/// Workspace and virtual line settings that the simulator serves from the person settings' hand-written routes, and
/// the places where Webex names a field differently for a workspace than for a person.
/// </summary>
public class PlaceSettingsSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private WebexSimpleApi Api => fixture.H.Api;

    private async Task<string> WorkspaceAsync(string name) =>
        (await Api.Workspaces.ListAsync(displayName: name).ToListAsync()).Single().WorkspaceId!;

    private async Task<string> VirtualLineAsync(string name) =>
        (await Api.Telephony.VirtualLines.ListAsync(ownerName: [name]).ToListAsync()).Single().Id!;

    [Fact]
    public async Task WorkspaceSelectiveForward_CriteriaSendTheWorkspaceNamesAndReadBack()
    {
        string lobby = await WorkspaceAsync("Denver Lobby");
        string id = await Api.WorkspaceSettings.SelectiveForward.CreateCriteriaAsync(lobby, new SelectiveForwardCriteria
        {
            CallsFrom = SelectiveFrom.SelectPhoneNumbers,
            PhoneNumbers = ["+13035550111"],
            ForwardToPhoneNumber = "+13035550199",
            SendToVoicemailEnabled = false,
            Enabled = true,
        });
        var criteria = await Api.WorkspaceSettings.SelectiveForward.ReadCriteriaAsync(lobby, id);
        var setting = await Api.WorkspaceSettings.SelectiveForward.ReadAsync(lobby);

        // a workspace's criteria carry the numbers as "numbers" and the voicemail flag as destinationVoicemailEnabled
        Assert.Equal(["+13035550111"], criteria.Numbers!);
        Assert.Null(criteria.PhoneNumbers);
        Assert.False(criteria.DestinationVoicemailEnabled);
        Assert.Equal("+13035550199", criteria.ForwardToPhoneNumber);
        Assert.Equal(id, Assert.Single(setting.Criteria!).Id);
    }

    [Fact]
    public async Task WorkspaceSimRing_SendsTheConfirmationUnderTheWorkspaceName()
    {
        string lobby = await WorkspaceAsync("Denver Lobby");
        var before = await Api.WorkspaceSettings.SimRing.ReadAsync(lobby);
        await Api.WorkspaceSettings.SimRing.ConfigureAsync(lobby, before with
        {
            Enabled = true,
            PhoneNumbers = [new SimRingNumber { PhoneNumber = "+13035550122", AnswerConfirmationRequiredEnabled = true }],
        });
        var after = await Api.WorkspaceSettings.SimRing.ReadAsync(lobby);

        Assert.False(before.Enabled);
        Assert.True(after.Enabled);
        var number = Assert.Single(after.PhoneNumbers!);
        Assert.Equal("+13035550122", number.PhoneNumber);
        Assert.True(number.WorkspaceAnswerConfirmationEnabled);
    }

    [Fact]
    public async Task VirtualLineVoicemail_IsItsOwnAndStartsFromTheDefaults()
    {
        string line = await VirtualLineAsync("Front Desk Denver");
        var before = await Api.Telephony.VirtualLines.Voicemail.ReadAsync(line);
        await Api.Telephony.VirtualLines.Voicemail.ConfigureAsync(line, before with { Enabled = false });
        var after = await Api.Telephony.VirtualLines.Voicemail.ReadAsync(line);
        await Api.Telephony.VirtualLines.Voicemail.ModifyPasscodeAsync(line, "739146");
        await Api.Telephony.VirtualLines.Voicemail.ResetPinAsync(line);

        Assert.True(before.Enabled);
        Assert.False(after.Enabled);
        Assert.True((await Api.PersonSettings.Voicemail.ReadAsync(fixture.UserId(3))).Enabled);
    }

    [Fact]
    public async Task AvailableNumbers_AreOfferedPerOwnerKind()
    {
        string lobby = await WorkspaceAsync("Denver Lobby");
        var location = (await Api.Locations.ListAsync(name: "Denver").ToListAsync()).Single();
        var forWorkspaces = await Api.WorkspaceSettings.AvailableNumbers.AvailableAsync(locationId: location.LocationId).ToListAsync();
        var forLines = await Api.Telephony.VirtualLines.AvailableNumbers.AvailableAsync(locationId: location.LocationId).ToListAsync();
        var secondary = await Api.WorkspaceSettings.AvailableNumbers.SecondaryAsync(lobby).ToListAsync();

        Assert.NotEmpty(forWorkspaces);
        Assert.Equal(forWorkspaces.Select(n => n.PhoneNumber), forLines.Select(n => n.PhoneNumber));
        Assert.NotEmpty(secondary);
        // a member Webex offers for people only is not there for workspaces and virtual lines, and the other way round
        Assert.Null(Api.WorkspaceSettings.AvailableNumbers.GetType().GetMethod("PrimaryAsync"));
        Assert.Null(Api.Telephony.VirtualLines.AvailableNumbers.GetType().GetMethod("SecondaryAsync"));
        Assert.Null(Api.PersonSettings.AvailableNumbers.GetType().GetMethod("AvailableAsync"));
        Assert.Null(Api.WorkspaceSettings.Monitoring.GetType().GetMethod("GetAvailableMembersForMonitoringAsync"));
    }

    [Fact]
    public async Task WorkspaceDigitPatternsAndEcbn_AreServedBelowItsConfiguration()
    {
        string lobby = await WorkspaceAsync("Denver Lobby");
        string line = await VirtualLineAsync("Front Desk Denver");
        string id = await Api.WorkspaceSettings.PermissionsOut.DigitPatterns.CreateAsync(lobby, new DigitPattern
        {
            Name = "Premium", Pattern = "1900XXXXXXX", Action = OutgoingPermissionAction.Block, TransferEnabled = false,
        });
        var patterns = await Api.WorkspaceSettings.PermissionsOut.DigitPatterns.GetAsync(lobby);
        var ecbn = await Api.Telephony.VirtualLines.Ecbn.ReadAsync(line);

        Assert.Equal(id, Assert.Single(patterns.Patterns!).Id);
        Assert.Empty((await Api.Telephony.VirtualLines.PermissionsOut.DigitPatterns.GetAsync(line)).Patterns ?? []);
        Assert.NotNull(ecbn.DirectLineInfo?.PhoneNumber);
    }

    [Fact]
    public async Task Settings_OfAWorkspaceWithoutCallingOrOfAnotherKindsId_AreRefused()
    {
        string boardRoom = await WorkspaceAsync("Denver Board Room");
        var location = (await Api.Locations.ListAsync(name: "Denver").ToListAsync()).Single();
        string gone = await Api.Telephony.VirtualLines.CreateAsync("Temp", "Line", location.LocationId!, extension: "3999");
        await Api.Telephony.VirtualLines.Voicemail.ConfigureAsync(gone, (await Api.Telephony.VirtualLines.Voicemail.ReadAsync(gone)) with { Enabled = false });
        await Api.Telephony.VirtualLines.DeleteAsync(gone);

        var noCalling = await Assert.ThrowsAsync<WebexApiException>(() => Api.WorkspaceSettings.CallerId.ReadAsync(boardRoom));
        var personId = await Assert.ThrowsAsync<WebexApiException>(() => Api.WorkspaceSettings.CallerId.ReadAsync(fixture.UserId(0)));
        var unknownLine = await Assert.ThrowsAsync<WebexApiException>(() =>
            Api.Telephony.VirtualLines.Voicemail.ReadAsync(gone));

        Assert.Equal(HttpStatusCode.NotFound, noCalling.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, personId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownLine.StatusCode);
    }
}
