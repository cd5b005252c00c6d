using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Webhooks;

/// <summary>The kind of change a webhook reports.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<WebhookEventType>))]
public readonly record struct WebhookEventType(string Value) : IWireValue<WebhookEventType>
{
    /// <summary>An object was created.</summary>
    public static WebhookEventType Created { get; } = new("created");

    /// <summary>An object was updated.</summary>
    public static WebhookEventType Updated { get; } = new("updated");

    /// <summary>An object was deleted.</summary>
    public static WebhookEventType Deleted { get; } = new("deleted");

    /// <summary>A meeting started.</summary>
    public static WebhookEventType Started { get; } = new("started");

    /// <summary>A meeting ended.</summary>
    public static WebhookEventType Ended { get; } = new("ended");

    /// <summary>A participant joined.</summary>
    public static WebhookEventType Joined { get; } = new("joined");

    /// <summary>A participant left.</summary>
    public static WebhookEventType Left { get; } = new("left");

    /// <summary>A room moved to another geography and got a new id.</summary>
    public static WebhookEventType Migrated { get; } = new("migrated");

    /// <summary>A Service App was authorised.</summary>
    public static WebhookEventType Authorized { get; } = new("authorized");

    /// <summary>A Service App was deauthorised.</summary>
    public static WebhookEventType Deauthorized { get; } = new("deauthorized");

    /// <summary>The status of an admin batch job changed.</summary>
    public static WebhookEventType StatusChanged { get; } = new("statusChanged");

    /// <summary>Every event (wxc_sdk's value; not in the official enumeration).</summary>
    public static WebhookEventType All { get; } = new("all");

    /// <inheritdoc />
    public static WebhookEventType FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == Created || this == Updated || this == Deleted || this == Started || this == Ended
        || this == Joined || this == Left || this == Migrated || this == Authorized || this == Deauthorized
        || this == StatusChanged || this == All;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
