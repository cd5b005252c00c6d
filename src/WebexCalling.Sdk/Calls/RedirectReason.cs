using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Calls;

/// <summary>Why an incoming call was redirected.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<RedirectReason>))]
public readonly record struct RedirectReason(string Value) : IWireValue<RedirectReason>
{
    /// <summary>The user was busy (e.g. Call Forwarding Busy).</summary>
    public static RedirectReason Busy { get; } = new("busy");

    /// <summary>The user did not answer (e.g. Call Forwarding No Answer).</summary>
    public static RedirectReason NoAnswer { get; } = new("noAnswer");

    /// <summary>The user was unreachable (e.g. Business Continuity).</summary>
    public static RedirectReason Unavailable { get; } = new("unavailable");

    /// <summary>Always redirected (e.g. Call Forwarding Always).</summary>
    public static RedirectReason Unconditional { get; } = new("unconditional");

    /// <summary>Redirected by a schedule (e.g. Selective Call Forwarding).</summary>
    public static RedirectReason TimeOfDay { get; } = new("timeOfDay");

    /// <summary>Redirected by a divert request.</summary>
    public static RedirectReason Divert { get; } = new("divert");

    /// <summary>Redirected by a follow-me service such as Simultaneous Ring.</summary>
    public static RedirectReason FollowMe { get; } = new("followMe");

    /// <summary>Redirected by hunt group routing.</summary>
    public static RedirectReason HuntGroup { get; } = new("huntGroup");

    /// <summary>Redirected by call queue routing.</summary>
    public static RedirectReason CallQueue { get; } = new("callQueue");

    /// <summary>The reason is not known.</summary>
    public static RedirectReason Unknown { get; } = new("unknown");

    /// <inheritdoc />
    public static RedirectReason FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Busy || this == NoAnswer || this == Unavailable || this == Unconditional
        || this == TimeOfDay || this == Divert || this == FollowMe || this == HuntGroup || this == CallQueue
        || this == Unknown;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
