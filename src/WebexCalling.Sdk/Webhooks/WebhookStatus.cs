using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Webhooks;

/// <summary>Whether a webhook delivers events.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<WebhookStatus>))]
public readonly record struct WebhookStatus(string Value) : IWireValue<WebhookStatus>
{
    /// <summary>The webhook delivers events.</summary>
    public static WebhookStatus Active { get; } = new("active");

    /// <summary>The webhook was disabled (e.g. after delivery failures); set it to active to resume.</summary>
    public static WebhookStatus Inactive { get; } = new("inactive");

    /// <inheritdoc />
    public static WebhookStatus FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Active || this == Inactive;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
