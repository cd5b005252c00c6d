using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>A call queue: holds calls in the cloud until one of its agents is free.</summary>
[SuppressMessage("Naming", "CA1711", Justification = "A call queue is the Webex feature's name (wxc_sdk: CallQueue).")]
public sealed record CallQueue
{
    /// <summary>The queue's unique name.</summary>
    public string? Name { get; init; }

    /// <summary>The queue's id (read-only).</summary>
    public string? Id { get; init; }

    /// <summary>The location's name (read-only; only in lists).</summary>
    public string? LocationName { get; init; }

    /// <summary>The location's id (read-only; lists carry it, DetailsAsync fills it in).</summary>
    public string? LocationId { get; init; }

    /// <summary>The primary phone number; a phone number or an extension is required.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>The extension; a phone number or an extension is required.</summary>
    public string? Extension { get; init; }

    /// <summary>The location's routing prefix (read-only).</summary>
    public string? RoutingPrefix { get; init; }

    /// <summary>Routing prefix plus extension (read-only).</summary>
    public string? Esn { get; init; }

    /// <summary>Which caller id calls forwarded out of the queue show.</summary>
    public CallingLineIdPolicy? CallingLineIdPolicy { get; init; }

    /// <summary>The caller id number when <see cref="CallingLineIdPolicy"/> is <c>CUSTOM</c>.</summary>
    public string? CallingLineIdPhoneNumber { get; init; }

    /// <summary>Alternate numbers that also reach the queue.</summary>
    public AlternateNumberSettings? AlternateNumberSettings { get; init; }

    /// <summary>Whether the queue is enabled.</summary>
    public bool? Enabled { get; init; }

    /// <summary>True when the primary number is toll-free (read-only).</summary>
    public bool? TollFreeNumber { get; init; }

    /// <summary>The announcement language (read-only; set <see cref="LanguageCode"/>).</summary>
    public string? Language { get; init; }

    /// <summary>The announcement language code, e.g. <c>en_us</c>.</summary>
    public string? LanguageCode { get; init; }

    /// <summary>First name shown for calls forwarded out of the queue; defaults to <c>.</c>.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name shown for calls forwarded out of the queue; defaults to the phone number or the name.</summary>
    public string? LastName { get; init; }

    /// <summary>The queue's time zone.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The people, workspaces and virtual lines that take calls from the queue.</summary>
    public IReadOnlyList<Agent>? Agents { get; init; }

    /// <summary>The direct line caller id name.</summary>
    public DirectLineCallerIdName? DirectLineCallerIdName { get; init; }

    /// <summary>The name used by dial-by-name directories.</summary>
    public string? DialByName { get; init; }

    /// <summary>How calls are routed to agents.</summary>
    public CallQueueCallPolicies? CallPolicies { get; init; }

    /// <summary>Queue size, overflow and announcements.</summary>
    public QueueSettings? QueueSettings { get; init; }

    /// <summary>Whether agents on a call can receive further queue calls.</summary>
    public bool? AllowCallWaitingForAgentsEnabled { get; init; }

    /// <summary>Whether agents may join and leave the queue themselves.</summary>
    public bool? AllowAgentJoinEnabled { get; init; }

    /// <summary>Whether agents may use the queue's number as caller id for outgoing calls.</summary>
    public bool? PhoneNumberForOutgoingCallsEnabled { get; init; }

    /// <summary>The queue's department; only its id is sent.</summary>
    public IdAndName? Department { get; init; }

    /// <summary>Whether the queue has a Customer Assist license (read-only; see CreateAsync's <c>hasCxEssentials</c>).</summary>
    public bool? HasCxEssentials { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

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
