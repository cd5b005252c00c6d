using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The numbers that calls with a <c>TRANSFER_NUMBER_n</c> action are transferred to.</summary>
public sealed record AutoTransferNumbers
{
    /// <summary>True when the entity uses its own transfer numbers.</summary>
    public bool? UseCustomTransferNumbers { get; init; }

    /// <summary>Target of calls whose action is <c>TRANSFER_NUMBER_1</c>; send an empty string to clear it.</summary>
    public string? AutoTransferNumber1 { get; init; }

    /// <summary>Target of calls whose action is <c>TRANSFER_NUMBER_2</c>; send an empty string to clear it.</summary>
    public string? AutoTransferNumber2 { get; init; }

    /// <summary>Target of calls whose action is <c>TRANSFER_NUMBER_3</c>; send an empty string to clear it.</summary>
    public string? AutoTransferNumber3 { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
