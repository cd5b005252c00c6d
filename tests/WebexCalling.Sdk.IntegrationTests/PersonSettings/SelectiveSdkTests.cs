using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;
using static WebexCalling.Sdk.IntegrationTests.PersonSettings.SettingsAssert;

namespace WebexCalling.Sdk.IntegrationTests.PersonSettings;

/// <summary>
/// Selective accept/forward/reject, simultaneous ring (settings and criteria) and single number reach, through the SDK
/// against the simulator.
/// </summary>
public class SelectiveSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private WebexCalling.Sdk.PersonSettings.PersonSettingsApi Settings => fixture.H.Api.PersonSettings;

    [Fact]
    public async Task SelectiveAccept_SettingAndCriteriaCrud_ReadBackEachStep()
    {
        string person = fixture.UserId(0);
        var api = Settings.SelectiveAccept;
        var before = await api.ReadAsync(person);
        Assert.Equal(false, before.Enabled);
        Assert.Empty(before.Criteria ?? []);

        var criteria = new SelectiveAcceptCriteria
        {
            ScheduleName = "After hours",
            ScheduleType = ScheduleType.BusinessHours,
            ScheduleLevel = SelectiveScheduleLevel.People,
            CallsFrom = SelectiveFrom.SelectPhoneNumbers,
            AnonymousCallersEnabled = false,
            UnavailableCallersEnabled = true,
            PhoneNumbers = ["+14085550101", "+14085550102"],
            Enabled = true,
        };
        string id = await api.CreateCriteriaAsync(person, criteria);
        var read = await api.ReadCriteriaAsync(person, id);
        Same(criteria with { Id = id }, read);

        var updated = read with { CallsFrom = SelectiveFrom.AnyInternal, PhoneNumbers = ["+14085550109"], Enabled = false };
        await api.ConfigureCriteriaAsync(person, id, updated);
        Same(updated, await api.ReadCriteriaAsync(person, id));

        var changed = before with { Enabled = true, Criteria = null };
        await api.ConfigureAsync(person, changed);
        var after = await api.ReadAsync(person);
        Assert.Equal(true, after.Enabled);
        var summary = Assert.Single(after.Criteria!);
        Assert.Equal(id, summary.Id);
        Assert.Equal("After hours", summary.ScheduleName);

        await api.DeleteCriteriaAsync(person, id);
        await NotFoundAsync(() => api.ReadCriteriaAsync(person, id));
        var gone = await api.ReadAsync(person);
        Assert.Empty(gone.Criteria ?? []);
        Assert.Equal(true, gone.Enabled);
    }

    [Fact]
    public async Task SelectiveForward_SettingAndCriteriaCrud_ReadBackEachStep()
    {
        string person = fixture.UserId(1);
        var api = Settings.SelectiveForward;
        var before = await api.ReadAsync(person);
        Assert.Equal(false, before.Enabled);
        Assert.Equal(false, before.RingReminderEnabled);

        var changed = before with { Enabled = true, DefaultPhoneNumberToForward = "+14085550188", RingReminderEnabled = true };
        await api.ConfigureAsync(person, changed);
        var after = await api.ReadAsync(person);
        Assert.Equal("+14085550188", after.DefaultPhoneNumberToForward);
        Same(changed with { Criteria = after.Criteria }, after);

        var criteria = new SelectiveForwardCriteria
        {
            ScheduleName = "Lunch",
            ScheduleType = ScheduleType.BusinessHours,
            ScheduleLevel = SelectiveScheduleLevel.People,
            CallsFrom = SelectiveFrom.SelectPhoneNumbers,
            AnonymousCallersEnabled = true,
            UnavailableCallersEnabled = false,
            PhoneNumbers = ["+13035550201"],
            Enabled = true,
            ForwardToPhoneNumber = "+13035550299",
            SendToVoicemailEnabled = false,
        };
        string id = await api.CreateCriteriaAsync(person, criteria);
        var read = await api.ReadCriteriaAsync(person, id);
        Assert.Equal("+13035550299", read.ForwardToPhoneNumber);
        Assert.Equal(["+13035550201"], read.PhoneNumbers!);
        Assert.Equal(true, read.Enabled);

        var updated = read with { ForwardToPhoneNumber = "+13035550298", SendToVoicemailEnabled = true };
        await api.ConfigureCriteriaAsync(person, id, updated);
        Same(updated, await api.ReadCriteriaAsync(person, id));
        Assert.Equal(id, Assert.Single((await api.ReadAsync(person)).Criteria!).Id);

        await api.DeleteCriteriaAsync(person, id);
        await NotFoundAsync(() => api.ReadCriteriaAsync(person, id));
        Assert.Empty((await api.ReadAsync(person)).Criteria ?? []);
    }

    [Fact]
    public async Task SelectiveReject_SettingAndCriteriaCrud_ReadBackEachStep()
    {
        string person = fixture.UserId(2);
        var api = Settings.SelectiveReject;
        var before = await api.ReadAsync(person);
        Assert.Equal(false, before.Enabled);

        await api.ConfigureAsync(person, before with { Enabled = true });
        Assert.Equal(true, (await api.ReadAsync(person)).Enabled);

        var criteria = new SelectiveRejectCriteria
        {
            ScheduleName = "Weekend",
            ScheduleType = ScheduleType.Holidays,
            ScheduleLevel = SelectiveScheduleLevel.People,
            CallsFrom = SelectiveFrom.AnyExternal,
            AnonymousCallersEnabled = true,
            UnavailableCallersEnabled = true,
            Enabled = true,
        };
        string id = await api.CreateCriteriaAsync(person, criteria);
        var read = await api.ReadCriteriaAsync(person, id);
        Assert.Equal(SelectiveFrom.AnyExternal, read.CallsFrom);
        Assert.Equal(ScheduleType.Holidays, read.ScheduleType);
        Assert.Equal(true, read.Enabled);

        var updated = read with { AnonymousCallersEnabled = false, Enabled = false };
        await api.ConfigureCriteriaAsync(person, id, updated);
        Same(updated, await api.ReadCriteriaAsync(person, id));
        var summary = Assert.Single((await api.ReadAsync(person)).Criteria!);
        Assert.Equal(id, summary.Id);

        await api.DeleteCriteriaAsync(person, id);
        await NotFoundAsync(() => api.ReadCriteriaAsync(person, id));
        Assert.Empty((await api.ReadAsync(person)).Criteria ?? []);
    }

    [Fact]
    public async Task SimRing_SettingAndCriteriaCrud_ReadBackEachStep()
    {
        string person = fixture.UserId(3);
        var api = Settings.SimRing;
        var before = await api.ReadAsync(person);
        Assert.Equal(false, before.Enabled);
        Assert.Equal(true, before.DoNotRingIfOnCallEnabled);
        Assert.Empty(before.PhoneNumbers ?? []);

        var changed = before with
        {
            Enabled = true,
            PhoneNumbers = [new SimRingNumber { PhoneNumber = "+15125550333", AnswerConfirmationRequiredEnabled = true }],
        };
        await api.ConfigureAsync(person, changed);
        var after = await api.ReadAsync(person);
        var number = Assert.Single(after.PhoneNumbers!);
        Assert.Equal("+15125550333", number.PhoneNumber);
        Assert.Equal(true, number.AnswerConfirmationRequiredEnabled);
        Same(changed with { Criteria = after.Criteria }, after);

        var criteria = new SimRingCriteria
        {
            ScheduleName = "Office",
            ScheduleType = ScheduleType.BusinessHours,
            ScheduleLevel = SelectiveScheduleLevel.People,
            CallsFrom = SelectiveFrom.AnyPhoneNumber,
            AnonymousCallersEnabled = false,
            UnavailableCallersEnabled = false,
            Enabled = true,
        };
        string id = await api.CreateCriteriaAsync(person, criteria);
        var read = await api.ReadCriteriaAsync(person, id);
        Assert.Equal("Office", read.ScheduleName);
        Assert.Equal(SelectiveFrom.AnyPhoneNumber, read.CallsFrom);

        var updated = read with { CallsFrom = SelectiveFrom.SelectPhoneNumbers, PhoneNumbers = ["+15125550344"], Enabled = false };
        await api.ConfigureCriteriaAsync(person, id, updated);
        Same(updated, await api.ReadCriteriaAsync(person, id));
        Assert.Equal(id, Assert.Single((await api.ReadAsync(person)).Criteria!).Id);

        await api.DeleteCriteriaAsync(person, id);
        await NotFoundAsync(() => api.ReadCriteriaAsync(person, id));
        Assert.Empty((await api.ReadAsync(person)).Criteria ?? []);
    }

    [Fact]
    public async Task SingleNumberReach_NumbersCrudAndSetting_ReadBackEachStep()
    {
        string person = fixture.UserId(4);
        var api = Settings.SingleNumberReach;
        var before = await api.ReadAsync(person);
        Assert.Equal(false, before.AlertAllNumbersForClickToDialCallsEnabled);
        Assert.Empty(before.Numbers ?? []);

        await api.UpdateAsync(person, alertAllNumbersForClickToDialCallsEnabled: true);
        var updatedSetting = await api.ReadAsync(person);
        Same(before with { AlertAllNumbersForClickToDialCallsEnabled = true, Numbers = updatedSetting.Numbers }, updatedSetting);

        var number = new SingleNumberReachNumber
        {
            PhoneNumber = "+12125550444",
            Enabled = true,
            Name = "mobile",
            DoNotForwardCallsEnabled = false,
            AnswerConfirmationEnabled = true,
        };
        string? id = await api.CreateSnrAsync(person, number);
        Assert.False(string.IsNullOrEmpty(id));
        var created = Assert.Single((await api.ReadAsync(person)).Numbers!);
        Same(number with { Id = id }, created);

        var changed = created with { Name = "mobile 2", AnswerConfirmationEnabled = false };
        string? newId = await api.UpdateSnrAsync(person, changed);
        var updated = Assert.Single((await api.ReadAsync(person)).Numbers!);
        Same(changed with { Id = newId ?? id }, updated);

        await api.DeleteSnrAsync(person, updated.Id!);
        Assert.Empty((await api.ReadAsync(person)).Numbers ?? []);
        var e = await Assert.ThrowsAsync<WebexApiException>(() => api.DeleteSnrAsync(person, updated.Id!));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, e.StatusCode);
    }

    [Fact]
    public async Task SingleNumberReach_AvailablePhoneNumbers_ListsFreeNumbersOfTheLocation()
    {
        var person = fixture.Users[5];
        string locationId = person["locationId"]!.GetValue<string>();
        List<AvailableNumber> numbers = await Settings.SingleNumberReach.AvailablePhoneNumbersAsync(locationId).ToListAsync();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.StartsWith("+1", n.PhoneNumber, StringComparison.Ordinal));
        var first = numbers[0].PhoneNumber!;
        var filtered = await Settings.SingleNumberReach.AvailablePhoneNumbersAsync(locationId, phoneNumber: [first]).ToListAsync();
        Assert.Equal(first, Assert.Single(filtered).PhoneNumber);
        var two = await Settings.SingleNumberReach.AvailablePhoneNumbersAsync(locationId, phoneNumber: [first, numbers[1].PhoneNumber!]).ToListAsync();
        Assert.Equal([first, numbers[1].PhoneNumber], two.Select(n => n.PhoneNumber));
    }
}
