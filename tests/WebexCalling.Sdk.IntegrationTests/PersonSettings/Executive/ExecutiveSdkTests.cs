using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.PersonSettings.Executive;
using static WebexCalling.Sdk.IntegrationTests.PersonSettings.SettingsAssert;

namespace WebexCalling.Sdk.IntegrationTests.PersonSettings.Executive;

/// <summary>Every member of PersonSettings.Executive through the SDK against the simulator.</summary>
public class ExecutiveSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private ExecutiveSettingsApi Executive => fixture.H.Api.PersonSettings.Executive;

    [Fact]
    public async Task Alert_ChangeRollover_ReReadShowsItAndKeepsTheRest()
    {
        string person = fixture.UserId(0);
        var before = await Executive.AlertSettingsAsync(person);
        Assert.Equal(ExecAlertingMode.Sequential, before.AlertingMode);
        Assert.Equal(3, before.NextAssistantNumberOfRings);
        Assert.Equal(ExecAlertClidNameMode.ExecutiveOriginator, before.ClidNameMode);

        var changed = before with
        {
            AlertingMode = ExecAlertingMode.Simultaneous,
            RolloverEnabled = true,
            RolloverAction = ExecAlertRolloverAction.Forward,
            RolloverForwardToPhoneNumber = "+14085550177",
            RolloverWaitTimeInSecs = 30,
        };
        await Executive.UpdateAlertSettingsAsync(person, changed);
        var after = await Executive.AlertSettingsAsync(person);
        Assert.Equal(ExecAlertRolloverAction.Forward, after.RolloverAction);
        Same(changed, after);
    }

    [Fact]
    public async Task Screening_Enable_ReReadShowsItAndKeepsTheRest()
    {
        string person = fixture.UserId(1);
        var before = await Executive.ScreeningSettingsAsync(person);
        Assert.Equal(false, before.Enabled);
        Assert.Equal(ExecScreeningAlertType.Silent, before.AlertType);

        var changed = before with { Enabled = true, AlertType = ExecScreeningAlertType.RingSplash, AlertMobilityLocationEnabled = true };
        await Executive.UpdateScreeningSettingsAsync(person, changed);
        Same(changed, await Executive.ScreeningSettingsAsync(person));
    }

    [Fact]
    public async Task AssistantSettings_ForwardFilteredCalls_ReReadShowsIt()
    {
        string person = fixture.UserId(2);
        var before = await Executive.ExecutiveAssistantSettingsAsync(person);
        Assert.Equal(false, before.ForwardFilteredCallsEnabled);

        var changed = before with { ForwardFilteredCallsEnabled = true, ForwardToPhoneNumber = "+14085550166" };
        await Executive.UpdateExecutiveAssistantSettingsAsync(person, changed);
        var after = await Executive.ExecutiveAssistantSettingsAsync(person);
        Assert.Equal("+14085550166", after.ForwardToPhoneNumber);
        Same(changed, after);
    }

    [Fact]
    public async Task AssistantSettings_ListTheExecutivesThatAssignedThem_AndAnOptOutReadsBack()
    {
        string executive = fixture.UserId(5), assistant = fixture.UserId(6), stranger = fixture.UserId(7);
        var before = await Executive.ExecutiveAssistantSettingsAsync(assistant);

        await Executive.UpdateAssignedAssistantsAsync(executive, [assistant]);
        var assigned = await Executive.ExecutiveAssistantSettingsAsync(assistant);
        await Executive.UpdateExecutiveAssistantSettingsAsync(assistant, assigned with
        {
            Executives = [new ExecOrAssistant { Id = executive, OptInEnabled = false }],
        });
        var optedOut = await Executive.ExecutiveAssistantSettingsAsync(assistant);
        var pool = await Executive.AssignedAssistantsAsync(executive);
        var notTheirs = await Assert.ThrowsAsync<WebexApiException>(() => Executive.UpdateExecutiveAssistantSettingsAsync(assistant,
            new AssistantSettings { Executives = [new ExecOrAssistant { Id = stranger, OptInEnabled = true }] }));
        await Executive.UpdateAssignedAssistantsAsync(executive, null);
        var unassigned = await Executive.ExecutiveAssistantSettingsAsync(assistant);

        Assert.DoesNotContain(before.Executives ?? [], e => e.Id == executive);
        var listed = Assert.Single(assigned.Executives!, e => e.Id == executive);
        Assert.True(listed.OptInEnabled);
        Assert.Equal(fixture.Users[5]["firstName"]!.GetValue<string>(), listed.FirstName);
        Assert.False(string.IsNullOrEmpty(listed.Extension));
        Assert.False(Assert.Single(optedOut.Executives!, e => e.Id == executive).OptInEnabled);
        Assert.False(Assert.Single(pool, a => a.Id == assistant).OptInEnabled); // the executive sees the opt-out too
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, notTheirs.StatusCode);
        Assert.DoesNotContain(unassigned.Executives!, e => e.Id == executive);
    }

    [Fact]
    public async Task AssignedAssistants_AssignFromAvailableThenClear_ReadBackEachStep()
    {
        string executive = fixture.UserId(3);
        var available = await Executive.ExecutiveAvailableAssistantsAsync(executive);
        Assert.NotEmpty(available);
        Assert.DoesNotContain(available, a => a.Id == executive);
        var picked = available.Take(2).ToList();

        // the name filter narrows the list to the person asked for
        var byName = await Executive.ExecutiveAvailableAssistantsAsync(executive, name: picked[0].FirstName);
        Assert.Contains(byName, a => a.Id == picked[0].Id);

        Assert.Empty(await Executive.AssignedAssistantsAsync(executive));
        await Executive.UpdateAssignedAssistantsAsync(executive, picked.Select(a => a.Id!));
        var assigned = await Executive.AssignedAssistantsAsync(executive);
        Assert.Equal(picked.Select(a => a.Id).Order(StringComparer.Ordinal), assigned.Select(a => a.Id).Order(StringComparer.Ordinal));
        var first = assigned.Single(a => a.Id == picked[0].Id);
        Assert.Equal(picked[0].FirstName, first.FirstName);
        Assert.Equal(picked[0].Extension, first.Extension);
        Assert.NotNull(first.Location?.Id);

        await Executive.UpdateAssignedAssistantsAsync(executive, [picked[1].Id!]);
        Assert.Equal(picked[1].Id, Assert.Single(await Executive.AssignedAssistantsAsync(executive)).Id);

        await Executive.UpdateAssignedAssistantsAsync(executive, null);
        Assert.Empty(await Executive.AssignedAssistantsAsync(executive));
    }

    [Fact]
    public async Task CallFiltering_SettingAndCriteriaCrud_ReadBackEachStep()
    {
        string person = fixture.UserId(4);
        var before = await Executive.ExecutiveCallFilteringSettingsAsync(person);
        Assert.Equal(false, before.Enabled);
        Assert.Equal(ExecCallFilterType.AllCalls, before.FilterType);
        Assert.Empty(before.Criteria ?? []);

        var criteria = new ExecCallFilteringCriteria
        {
            FilterName = "VIP callers",
            ScheduleName = "Office hours",
            ScheduleType = ScheduleType.BusinessHours,
            ScheduleLevel = ExecCallFilteringScheduleLevel.Location,
            CallsFrom = ExecSelectiveFrom.SelectPhoneNumbers,
            AnonymousCallersEnabled = false,
            UnavailableCallersEnabled = false,
            PhoneNumbers = ["+14085550155"],
            FilterEnabled = true,
            CallsToNumbers =
            [
                new ExecCallFilteringToNumber { Type = ExecCallFilteringNumberType.Primary, PhoneNumber = "+14085550101" },
                new ExecCallFilteringToNumber { Type = ExecCallFilteringNumberType.Secondary, PhoneNumber = "+14085550102" },
            ],
        };
        string? id = await Executive.CreateCallFilteringCriteriaAsync(person, criteria);
        Assert.False(string.IsNullOrEmpty(id));
        var read = await Executive.GetFilteringCriteriaAsync(person, id);
        Same(criteria with { Id = id }, read);

        // the update does not send the name (the 2026 schema has none): it stays as created
        var updated = read with { FilterName = "VIP callers 2", PhoneNumbers = ["+14085550156", "+14085550157"], FilterEnabled = false };
        await Executive.UpdateCallFilteringCriteriaAsync(person, id, updated);
        Same(updated with { FilterName = "VIP callers" }, await Executive.GetFilteringCriteriaAsync(person, id));

        var changed = before with { Enabled = true, FilterType = ExecCallFilterType.CustomCallFilters, Criteria = null };
        await Executive.UpdateExecutiveCallFilteringSettingsAsync(person, changed);
        var after = await Executive.ExecutiveCallFilteringSettingsAsync(person);
        Assert.Equal(true, after.Enabled);
        Assert.Equal(ExecCallFilterType.CustomCallFilters, after.FilterType);
        var summary = Assert.Single(after.Criteria!);
        Assert.Equal(id, summary.Id);
        Assert.Equal("VIP callers", summary.FilterName);

        await Executive.DeleteCallFilteringCriteriaAsync(person, id);
        await NotFoundAsync(() => Executive.GetFilteringCriteriaAsync(person, id));
        Assert.Empty((await Executive.ExecutiveCallFilteringSettingsAsync(person)).Criteria ?? []);
    }
}
