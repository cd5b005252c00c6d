using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Telephony.CallQueue;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Telephony.CallQueue;

// The request of every member and the parse of the examples: CQPolicyApiRequestTests.g.cs.
public class CallQueuePolicyApiTests
{
    private const string QueuePath = "telephony/config/locations/L1/queues/Q1";

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
    public async Task StrandedCallsUpdateAsync_TriggerWhenAllAgentsUnreachable_IsNotSent()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{QueuePath}/strandedCalls").Respond(HttpStatusCode.NoContent);

        await h.Api.Telephony.CallQueue.Policy.StrandedCallsUpdateAsync("L1", "Q1",
            new StrandedCalls { Action = StrandedCallsAction.NightService, TriggerPolicyWhenAllAgentsAreUnreachableEnabled = true });

        Assert.Equal(HttpMethod.Put, h.Single().Method);
        // not in the 2026 update schema (ModifyCallQueueStrandedCallsObject)
        JsonAssert.Equal("""{"action":"NIGHT_SERVICE"}""", h.Single().Body);
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
