using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;
using WebexCalling.Sdk.Telephony.CallQueue;

namespace WebexCalling.Sdk.Telephony;

/// <summary>
/// Webex Calling telephony configuration: a thin container whose properties are the telephony areas (call queues
/// today; hunt groups, auto attendants, schedules and more later). It sends no requests itself.
/// </summary>
public class TelephonyApi : ApiChild
{
    internal TelephonyApi(RestSession session) : base(session, "telephony/config")
    {
        CallQueue = new CallQueueApi(session);
    }

    /// <summary>For mocking: every property is null unless overridden.</summary>
    protected TelephonyApi() { }

    /// <summary>Call queues: queues, their agents, announcements, DNIS entries, forwarding and policies.</summary>
    public virtual CallQueueApi CallQueue { get; } = null!;
}
