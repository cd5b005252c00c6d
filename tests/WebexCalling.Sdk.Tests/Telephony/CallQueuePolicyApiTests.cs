using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Telephony.CallQueue;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Telephony;

public class CallQueuePolicyApiTests
{
    private const string QueuePath = "telephony/config/locations/L1/queues/Q1";

    [Fact]
    public async Task HolidayServiceDetailsAsync_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{QueuePath}/holidayService?orgId=O1").RespondJson(ApiHarness.Sample("callqueue_holiday_service"));

        var service = await h.Api.Telephony.CallQueue.Policy.HolidayServiceDetailsAsync("L1", "Q1", orgId: "O1");

        Assert.True(service.HolidayServiceEnabled);
        Assert.Equal(CPActionType.Busy, service.Action);
        Assert.Equal(ScheduleLevel.Location, service.HolidayScheduleLevel);
        Assert.Equal("2022 Holidays Period", service.HolidayScheduleName);
        Assert.Equal("1234", service.TransferPhoneNumber);
        Assert.Equal(Greeting.Default, service.AudioMessageSelection);
        Assert.Equal(3, service.AudioFiles!.Count);
        Assert.Equal(AnnouncementLevel.Organization, service.AudioFiles[0].Level);
        Assert.Equal("2022 All Holidays", service.HolidaySchedules![0].ScheduleName);
        Assert.Equal(ScheduleLevel.Location, service.HolidaySchedules[0].ScheduleLevel);
    }

    [Fact]
    public async Task HolidayServiceUpdateAsync_ReadWithUpdate_DropsScheduleListAndReadOnlyFileFields()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{QueuePath}/holidayService").RespondJson("""
            {"holidayServiceEnabled":true,"action":"BUSY","holidayScheduleLevel":"LOCATION","holidayScheduleName":"H",
             "playAnnouncementBeforeEnabled":false,"audioMessageSelection":"CUSTOM",
             "audioFiles":[{"id":"F1","fileName":"a.wav","fileSize":"12","mediaFileType":"WAV","level":"ENTITY","isTextToSpeech":true}],
             "holidaySchedules":[{"scheduleName":"H","scheduleLevel":"LOCATION"}],"newSetting":"x"}
            """);
        h.Mock.On(HttpMethod.Put, $"{QueuePath}/holidayService").Respond(HttpStatusCode.NoContent);

        var service = await h.Api.Telephony.CallQueue.Policy.HolidayServiceDetailsAsync("L1", "Q1");
        await h.Api.Telephony.CallQueue.Policy.HolidayServiceUpdateAsync("L1", "Q1", service with { Action = CPActionType.Transfer, TransferPhoneNumber = "1000" });

        JsonAssert.Equal("""
            {"holidayServiceEnabled":true,"action":"TRANSFER","holidayScheduleLevel":"LOCATION","holidayScheduleName":"H",
             "transferPhoneNumber":"1000","playAnnouncementBeforeEnabled":false,"audioMessageSelection":"CUSTOM",
             "audioFiles":[{"id":"F1","fileName":"a.wav","mediaFileType":"WAV","level":"ENTITY"}],"newSetting":"x"}
            """, h.Requests[1].Body);
    }

    [Fact]
    public async Task NightServiceDetailAsync_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{QueuePath}/nightService").RespondJson(ApiHarness.Sample("callqueue_night_service"));

        var service = await h.Api.Telephony.CallQueue.Policy.NightServiceDetailAsync("L1", "Q1");

        Assert.True(service.NightServiceEnabled);
        Assert.Equal(CPActionType.Transfer, service.Action);
        Assert.Equal(AnnouncementMode.Normal, service.AnnouncementMode);
        Assert.Equal("Working Hour", service.BusinessHoursName);
        Assert.Equal(ScheduleLevel.Location, service.BusinessHoursLevel);
        Assert.Equal("Working Hour", Assert.Single(service.BusinessHourSchedules!).ScheduleName);
        Assert.True(service.ForceNightServiceEnabled);
        Assert.Equal(Greeting.Default, service.ManualAudioMessageSelection);
        Assert.Equal("AUDIO_FILE_1.wav", service.ManualAudioFiles![1].FileName);
    }

    [Fact]
    public async Task NightServiceUpdateAsync_SendsWithoutScheduleList()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{QueuePath}/nightService?orgId=O1").Respond(HttpStatusCode.NoContent);
        var update = new NightService
        {
            NightServiceEnabled = true,
            PlayAnnouncementBeforeEnabled = false,
            AnnouncementMode = AnnouncementMode.Manual,
            BusinessHourSchedules = [new CQHolidaySchedule { ScheduleName = "W", ScheduleLevel = ScheduleLevel.Organization }],
            ManualAudioFiles = [new AnnAudioFile { Id = "F1", FileSize = "3", IsTextToSpeech = false }],
        };

        await h.Api.Telephony.CallQueue.Policy.NightServiceUpdateAsync("L1", "Q1", update, orgId: "O1");

        JsonAssert.Equal("""
            {"nightServiceEnabled":true,"playAnnouncementBeforeEnabled":false,"announcementMode":"MANUAL","manualAudioFiles":[{"id":"F1"}]}
            """, h.Single().Body);
    }

    [Fact]
    public async Task StrandedCallsDetailsAsync_ParsesTheReferenceExampleKeepingAPlaceholderActionAsUnknown()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{QueuePath}/strandedCalls").RespondJson(ApiHarness.Sample("callqueue_stranded_calls"));

        var stranded = await h.Api.Telephony.CallQueue.Policy.StrandedCallsDetailsAsync("L1", "Q1");

        // the official example carries "<NONE | BUSY | …>" as the action: kept as an unknown value
        Assert.False(stranded.Action!.Value.IsKnown);
        Assert.Equal("+911235557890", stranded.TransferPhoneNumber);
        Assert.Equal(3, stranded.AudioFiles!.Count);
    }

    [Fact]
    public async Task StrandedCallsUpdateAsync_SendsOnlyWhatWasSet()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{QueuePath}/strandedCalls").Respond(HttpStatusCode.NoContent);

        await h.Api.Telephony.CallQueue.Policy.StrandedCallsUpdateAsync("L1", "Q1",
            new StrandedCalls { Action = StrandedCallsAction.NightService, TriggerPolicyWhenAllAgentsAreUnreachableEnabled = true });

        Assert.Equal(HttpMethod.Put, h.Single().Method);
        JsonAssert.Equal("""{"action":"NIGHT_SERVICE","triggerPolicyWhenAllAgentsAreUnreachableEnabled":true}""", h.Single().Body);
    }

    [Fact]
    public async Task ForcedForwardDetailsAsync_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{QueuePath}/forcedForward").RespondJson(ApiHarness.Sample("callqueue_forced_forward"));

        var forward = await h.Api.Telephony.CallQueue.Policy.ForcedForwardDetailsAsync("L1", "Q1");

        Assert.True(forward.ForcedForwardEnabled);
        Assert.True(forward.PlayAnnouncementBeforeEnabled);
        Assert.Equal("+911235557890", forward.TransferPhoneNumber);
        Assert.Equal("AUDIO_FILE_3.wav", forward.AudioFiles![2].FileName);
    }

    [Fact]
    public async Task ForcedForwardUpdateAsync_SendsFilesWithoutReadOnlyFields()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{QueuePath}/forcedForward").Respond(HttpStatusCode.NoContent);

        await h.Api.Telephony.CallQueue.Policy.ForcedForwardUpdateAsync("L1", "Q1", new ForcedForward
        {
            ForcedForwardEnabled = true,
            TransferPhoneNumber = "1000",
            AudioMessageSelection = Greeting.Custom,
            AudioFiles = [new AnnAudioFile { Id = "F1", FileName = "a.wav", FileSize = "9", MediaFileType = MediaFileType.Wav, IsTextToSpeech = true }],
        });

        JsonAssert.Equal("""
            {"forcedForwardEnabled":true,"transferPhoneNumber":"1000","audioMessageSelection":"CUSTOM",
             "audioFiles":[{"id":"F1","fileName":"a.wav","mediaFileType":"WAV"}]}
            """, h.Single().Body);
    }

    [Fact]
    public async Task ForcedForwardUpdateAsync_EmptyLocationId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            h.Api.Telephony.CallQueue.Policy.ForcedForwardUpdateAsync("", "Q1", new ForcedForward()));

        Assert.Empty(h.Requests);
    }
}
