using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.CallQueue;

using WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>api.Telephony.CallQueue.Policy (holiday, night, stranded calls, forced forward) against the simulator.</summary>
public class CallQueuePolicySdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private CQPolicyApi Policy => fixture.H.Api.Telephony.CallQueue.Policy;

    [Fact]
    public async Task HolidayService_ReadChangeReread()
    {
        var sales = await fixture.H.DemoQueueAsync("Sales");
        string location = sales.LocationId!, queue = sales.Id!;

        var before = await Policy.HolidayServiceDetailsAsync(location, queue);
        await Policy.HolidayServiceUpdateAsync(location, queue, before with
        {
            HolidayServiceEnabled = true,
            Action = CPActionType.Transfer,
            TransferPhoneNumber = "+14085550111",
            HolidayScheduleName = "Company holidays",
        });
        var after = await Policy.HolidayServiceDetailsAsync(location, queue);

        Assert.False(before.HolidayServiceEnabled);
        Assert.Equal(CPActionType.Busy, before.Action);
        Assert.Equal(ScheduleLevel.Location, before.HolidayScheduleLevel);
        Assert.True(after.HolidayServiceEnabled);
        Assert.Equal(CPActionType.Transfer, after.Action);
        Assert.Equal("+14085550111", after.TransferPhoneNumber);
        Assert.Equal("Company holidays", after.HolidayScheduleName);
        Assert.Equal(ScheduleLevel.Location, after.HolidayScheduleLevel);
        Assert.Equal(Greeting.Default, after.AudioMessageSelection);
    }

    [Fact]
    public async Task HolidayAndNightService_ListTheSchedulesOfTheQueuesLocationByType()
    {
        var sales = await fixture.H.DemoQueueAsync("Sales");
        string location = sales.LocationId!, queue = sales.Id!;
        var schedules = fixture.H.Api.Telephony.Schedules;
        var before = await Policy.HolidayServiceDetailsAsync(location, queue);

        string holidays = await schedules.CreateAsync(location, new PersonSchedule { Name = "Plant holidays", ScheduleType = ScheduleType.Holidays, Events = [] });
        await schedules.CreateAsync(location, new PersonSchedule { Name = "Plant hours", ScheduleType = ScheduleType.BusinessHours, Events = [] });
        var holiday = await Policy.HolidayServiceDetailsAsync(location, queue);
        var night = await Policy.NightServiceDetailAsync(location, queue);
        await schedules.DeleteAsync(location, ScheduleType.Holidays, holidays);
        var afterDelete = await Policy.HolidayServiceDetailsAsync(location, queue);

        Assert.DoesNotContain(before.HolidaySchedules!, s => s.ScheduleName == "Plant holidays");
        var listed = Assert.Single(holiday.HolidaySchedules!, s => s.ScheduleName == "Plant holidays");
        Assert.Equal(ScheduleLevel.Location, listed.ScheduleLevel);
        Assert.DoesNotContain(holiday.HolidaySchedules!, s => s.ScheduleName == "Plant hours");
        Assert.Contains(night.BusinessHourSchedules!, s => s.ScheduleName == "Plant hours");
        Assert.DoesNotContain(night.BusinessHourSchedules!, s => s.ScheduleName == "Plant holidays");
        Assert.DoesNotContain(afterDelete.HolidaySchedules!, s => s.ScheduleName == "Plant holidays");
    }

    [Fact]
    public async Task NightService_ReadChangeReread()
    {
        var sales = await fixture.H.DemoQueueAsync("Sales");
        string location = sales.LocationId!, queue = sales.Id!;

        var before = await Policy.NightServiceDetailAsync(location, queue);
        await Policy.NightServiceUpdateAsync(location, queue, before with
        {
            NightServiceEnabled = true,
            Action = CPActionType.Transfer,
            TransferPhoneNumber = "+14085550112",
            AnnouncementMode = AnnouncementMode.Manual,
            ForceNightServiceEnabled = true,
        });
        var after = await Policy.NightServiceDetailAsync(location, queue);

        Assert.False(before.NightServiceEnabled);
        Assert.Equal(AnnouncementMode.Normal, before.AnnouncementMode);
        Assert.True(after.NightServiceEnabled);
        Assert.Equal(CPActionType.Transfer, after.Action);
        Assert.Equal("+14085550112", after.TransferPhoneNumber);
        Assert.Equal(AnnouncementMode.Manual, after.AnnouncementMode);
        Assert.True(after.ForceNightServiceEnabled);
        Assert.Equal(before.PlayAnnouncementBeforeEnabled, after.PlayAnnouncementBeforeEnabled);
        Assert.Equal(Greeting.Default, after.ManualAudioMessageSelection);
    }

    [Fact]
    public async Task StrandedCalls_ReadChangeReread()
    {
        var support = await fixture.H.DemoQueueAsync("Support");
        string location = support.LocationId!, queue = support.Id!;

        var before = await Policy.StrandedCallsDetailsAsync(location, queue);
        await Policy.StrandedCallsUpdateAsync(location, queue, new StrandedCalls
        {
            Action = StrandedCallsAction.Transfer,
            TransferPhoneNumber = "+13035550113",
        });
        var after = await Policy.StrandedCallsDetailsAsync(location, queue);

        Assert.Equal(StrandedCallsAction.None, before.Action);
        Assert.Equal(StrandedCallsAction.Transfer, after.Action);
        Assert.Equal("+13035550113", after.TransferPhoneNumber);
        Assert.Equal(before.AudioMessageSelection, after.AudioMessageSelection);
    }

    [Fact]
    public async Task ForcedForward_ReadChangeReread()
    {
        var support = await fixture.H.DemoQueueAsync("Support");
        string location = support.LocationId!, queue = support.Id!;

        var before = await Policy.ForcedForwardDetailsAsync(location, queue);
        await Policy.ForcedForwardUpdateAsync(location, queue, before with
        {
            ForcedForwardEnabled = true,
            TransferPhoneNumber = "+13035550114",
            PlayAnnouncementBeforeEnabled = true,
        });
        var after = await Policy.ForcedForwardDetailsAsync(location, queue);

        Assert.False(before.ForcedForwardEnabled);
        Assert.True(after.ForcedForwardEnabled);
        Assert.Equal("+13035550114", after.TransferPhoneNumber);
        Assert.True(after.PlayAnnouncementBeforeEnabled);
        Assert.Equal(Greeting.Default, after.AudioMessageSelection);
    }
}
