using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>How external calls that reach the person may be transferred or forwarded.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ExternalTransfer>))]
public readonly record struct ExternalTransfer(string Value) : IWireValue<ExternalTransfer>
{
    /// <summary>Any external call may be transferred or forwarded, including calls that were transferred already.</summary>
    public static ExternalTransfer AllowAllExternal { get; } = new("ALLOW_ALL_EXTERNAL");

    /// <summary>Only external calls that were transferred to the person may be transferred or forwarded again.</summary>
    public static ExternalTransfer AllowOnlyTransferredExternal { get; } = new("ALLOW_ONLY_TRANSFERRED_EXTERNAL");

    /// <summary>No external call may be transferred or forwarded.</summary>
    public static ExternalTransfer BlockAllExternal { get; } = new("BLOCK_ALL_EXTERNAL");

    /// <inheritdoc />
    public static ExternalTransfer FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool IsKnown => this == AllowAllExternal || this == AllowOnlyTransferredExternal || this == BlockAllExternal;

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? "";
}
