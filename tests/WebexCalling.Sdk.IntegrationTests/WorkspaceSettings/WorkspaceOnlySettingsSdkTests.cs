using System.Net;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Telephony;
using WebexCalling.Sdk.WorkspaceSettings;

namespace WebexCalling.Sdk.IntegrationTests.WorkspaceSettings;

/// <summary>
/// The settings only workspaces have (priority alert, sequential ring, call policy, numbers) against the simulator,
/// on the seeded Webex Calling lobbies; the board rooms (no Webex Calling) have none.
/// </summary>
public class WorkspaceOnlySettingsSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private WebexSimpleApi Api => fixture.H.Api;

    private async Task<string> WorkspaceAsync(string name) =>
        (await Api.Workspaces.ListAsync(displayName: name).ToListAsync()).Single().WorkspaceId!;

    [Fact]
    public async Task PriorityAlert_CriteriaAreListedInTheSettingUntilDeleted()
    {
        string lobby = await WorkspaceAsync("San Jose Lobby");
        var before = await Api.WorkspaceSettings.PriorityAlert.ReadAsync(lobby);

        await Api.WorkspaceSettings.PriorityAlert.ConfigureAsync(lobby, new PriorityAlert { Enabled = true });
        string id = await Api.WorkspaceSettings.PriorityAlert.CreateCriteriaAsync(lobby, new PriorityAlertCriteria
        {
            ScheduleName = "Holidays 2026",
            ScheduleType = ScheduleType.Holidays,
            CallsFrom = SelectiveFrom.SelectPhoneNumbers,
            PhoneNumbers = ["+19075552859"],
            Enabled = true,
        });
        var withCriteria = await Api.WorkspaceSettings.PriorityAlert.ReadAsync(lobby);
        var criteria = await Api.WorkspaceSettings.PriorityAlert.ReadCriteriaAsync(lobby, id);
        await Api.WorkspaceSettings.PriorityAlert.ConfigureCriteriaAsync(lobby, id, criteria with { Enabled = false, PhoneNumbers = ["+19186663950"] });
        var changed = await Api.WorkspaceSettings.PriorityAlert.ReadCriteriaAsync(lobby, id);
        await Api.WorkspaceSettings.PriorityAlert.DeleteCriteriaAsync(lobby, id);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Api.WorkspaceSettings.PriorityAlert.ReadCriteriaAsync(lobby, id));
        var after = await Api.WorkspaceSettings.PriorityAlert.ReadAsync(lobby);

        Assert.False(before.Enabled);
        Assert.Empty(before.Criteria!);
        Assert.True(withCriteria.Enabled);
        var summary = Assert.Single(withCriteria.Criteria!);
        Assert.Equal((id, "Holidays 2026", SelectiveSource.SpecificNumbers, true), (summary.Id, summary.ScheduleName, summary.Source, summary.Enabled));
        Assert.Equal((ScheduleType.Holidays, SelectiveFrom.SelectPhoneNumbers), (criteria.ScheduleType, criteria.CallsFrom));
        Assert.Equal(["+19075552859"], criteria.PhoneNumbers!);
        Assert.False(changed.Enabled);
        Assert.Equal(["+19186663950"], changed.PhoneNumbers!);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Empty(after.Criteria!);
        Assert.True(after.Enabled);
    }

    [Fact]
    public async Task SequentialRing_ReadsBackNumbersAndCriteria()
    {
        string lobby = await WorkspaceAsync("Denver Lobby");
        var before = await Api.WorkspaceSettings.SequentialRing.ReadAsync(lobby);

        await Api.WorkspaceSettings.SequentialRing.ConfigureAsync(lobby, before with
        {
            Enabled = true,
            BaseLocationNumberOfRings = 3,
            PhoneNumbers = [new SequentialRingNumber { PhoneNumber = "+442071838750", AnswerConfirmationRequiredEnabled = true, NumberOfRings = 3 }],
        });
        string id = await Api.WorkspaceSettings.SequentialRing.CreateCriteriaAsync(lobby, new SequentialRingCriteria { CallsFrom = SelectiveFrom.AnyPhoneNumber });
        var after = await Api.WorkspaceSettings.SequentialRing.ReadAsync(lobby);
        var criteria = await Api.WorkspaceSettings.SequentialRing.ReadCriteriaAsync(lobby, id);
        var tooMany = await Assert.ThrowsAsync<WebexApiException>(() => Api.WorkspaceSettings.SequentialRing.ConfigureAsync(lobby, after with
        {
            PhoneNumbers = [.. Enumerable.Range(0, 6).Select(i => new SequentialRingNumber { PhoneNumber = $"+4420718387{i:D2}" })],
        }));

        Assert.False(before.Enabled);
        Assert.Equal(2, before.BaseLocationNumberOfRings);
        Assert.Equal((true, 3), (after.Enabled, after.BaseLocationNumberOfRings));
        var number = Assert.Single(after.PhoneNumbers!);
        Assert.Equal(("+442071838750", true, 3), (number.PhoneNumber, number.AnswerConfirmationRequiredEnabled, number.NumberOfRings));
        Assert.Equal((id, SelectiveSource.AllNumbers, true), (after.Criteria!.Single().Id, after.Criteria![0].Source, after.Criteria[0].Enabled));
        Assert.True(criteria.Enabled);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
    }

    [Fact]
    public async Task CallPolicy_DefaultsToNoPrivacy_ChangesAreReadBack_NotForAWorkspaceWithoutCalling()
    {
        string lobby = await WorkspaceAsync("Austin Lobby");
        string room = await WorkspaceAsync("Austin Board Room");

        var before = await Api.WorkspaceSettings.CallPolicy.ReadAsync(lobby);
        await Api.WorkspaceSettings.CallPolicy.ConfigureAsync(lobby, PrivacyOnRedirectedCalls.PrivacyForExternalCalls);
        var after = await Api.WorkspaceSettings.CallPolicy.ReadAsync(lobby);
        var other = await Api.WorkspaceSettings.CallPolicy.ReadAsync(await WorkspaceAsync("New York Lobby"));
        var noCalling = await Assert.ThrowsAsync<WebexApiException>(() => Api.WorkspaceSettings.CallPolicy.ReadAsync(room));
        var noPriorityAlert = await Assert.ThrowsAsync<WebexApiException>(() => Api.WorkspaceSettings.PriorityAlert.ReadAsync(room));

        Assert.Equal(PrivacyOnRedirectedCalls.NoPrivacy, before);
        Assert.Equal(PrivacyOnRedirectedCalls.PrivacyForExternalCalls, after);
        Assert.Equal(PrivacyOnRedirectedCalls.NoPrivacy, other);
        Assert.Equal(HttpStatusCode.NotFound, noCalling.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noPriorityAlert.StatusCode);
    }

    [Fact]
    public async Task Numbers_AlternateNumberIsAddedOwnedAndRemoved()
    {
        string lobby = await WorkspaceAsync("New York Lobby");
        var locationId = (await Api.WorkspaceSettings.Numbers.ReadAsync(lobby)).Location!.Id;
        string free = (await Api.Telephony.PhoneNumbersAsync(locationId: locationId, available: true).ToListAsync())
            .First(n => n.TollFreeNumber != true && n.MainNumber != true).PhoneNumber!;

        await Api.WorkspaceSettings.Numbers.UpdateAsync(lobby,
            [new UpdateWorkspacePhoneNumber { Action = PersonNumberAction.Add, DirectNumber = free, RingPattern = RingPattern.LongLong }],
            distinctiveRingEnabled: false);
        var withAlternate = await Api.WorkspaceSettings.Numbers.ReadAsync(lobby);
        var owned = (await Api.Telephony.PhoneNumbersAsync(phoneNumber: free).ToListAsync()).Single();
        var again = await Assert.ThrowsAsync<WebexApiException>(() => Api.WorkspaceSettings.Numbers.UpdateAsync(lobby,
            [new UpdateWorkspacePhoneNumber { Action = PersonNumberAction.Add, DirectNumber = free }]));
        await Api.WorkspaceSettings.Numbers.UpdateAsync(lobby, [new UpdateWorkspacePhoneNumber { Action = PersonNumberAction.Delete, DirectNumber = free }]);
        var after = await Api.WorkspaceSettings.Numbers.ReadAsync(lobby);

        Assert.Equal([true, false], withAlternate.PhoneNumbers!.Select(n => n.Primary));
        Assert.Equal(free, withAlternate.PhoneNumbers![1].External);
        Assert.False(withAlternate.DistinctiveRingEnabled);
        Assert.Equal((lobby, NumberListPhoneNumberType.Alternate), (owned.Owner!.OwnerId, owned.PhoneNumberType));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Single(after.PhoneNumbers!);
    }
}
