using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>How incoming calls are intercepted.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<InterceptTypeIncoming>))]
public readonly record struct InterceptTypeIncoming(string Value) : IWireValue<InterceptTypeIncoming>
{
    /// <summary>All incoming calls are intercepted and routed as destination and voicemail say.</summary>
    public static InterceptTypeIncoming InterceptAll { get; } = new("INTERCEPT_ALL");

    /// <summary>Incoming calls are not intercepted.</summary>
    public static InterceptTypeIncoming AllowAll { get; } = new("ALLOW_ALL");

    /// <inheritdoc />
    public static InterceptTypeIncoming FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == InterceptAll || this == AllowAll;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
