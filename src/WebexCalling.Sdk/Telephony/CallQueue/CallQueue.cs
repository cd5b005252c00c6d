using System.Diagnostics.CodeAnalysis;

namespace WebexCalling.Sdk.Telephony.CallQueue;

[SuppressMessage("Naming", "CA1711", Justification = "A call queue is the Webex feature's name (wxc_sdk: CallQueue).")]
public sealed partial record CallQueue
{
    /// <summary>
    /// The body of a create or update, as wxc_sdk's <c>create_or_update()</c> builds it: every field that is set, minus
    /// the read-only ones (ids, location, toll-free flags, language, routing prefix, ESN, agents' names and numbers,
    /// <c>isTransferNumberSet</c>, the department's name, <c>hasCxEssentials</c>).
    /// </summary>
    internal CallQueue ForCreateOrUpdate() => this with
    {
        Id = null,
        LocationName = null,
        LocationId = null,
        TollFreeNumber = null,
        Language = null,
        RoutingPrefix = null,
        Esn = null,
        HasCxEssentials = null,
        Agents = Agents?.Select(a => a?.ForUpdate()!).ToList(),
        AlternateNumberSettings = AlternateNumberSettings is null ? null : AlternateNumberSettings with
        {
            AlternateNumbers = AlternateNumberSettings.AlternateNumbers?.Select(n => n is null ? n! : n with { TollFreeNumber = null }).ToList(),
        },
        QueueSettings = QueueSettings?.Overflow is null ? QueueSettings : QueueSettings with
        {
            Overflow = QueueSettings.Overflow with { IsTransferNumberSet = null },
        },
        Department = Department is null ? null : Department with { Name = null },
    };
}
