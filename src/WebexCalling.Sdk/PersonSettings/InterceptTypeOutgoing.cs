using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>How outgoing calls are intercepted.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<InterceptTypeOutgoing>))]
public readonly record struct InterceptTypeOutgoing(string Value) : IWireValue<InterceptTypeOutgoing>
{
    /// <summary>All outgoing calls are intercepted.</summary>
    public static InterceptTypeOutgoing InterceptAll { get; } = new("INTERCEPT_ALL");

    /// <summary>Only non-local calls are intercepted.</summary>
    public static InterceptTypeOutgoing AllowLocalOnly { get; } = new("ALLOW_LOCAL_ONLY");

    /// <inheritdoc />
    public static InterceptTypeOutgoing FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == InterceptAll || this == AllowLocalOnly;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
