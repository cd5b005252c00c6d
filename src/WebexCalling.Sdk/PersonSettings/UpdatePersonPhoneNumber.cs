using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>An alternate number to add to or remove from a person.</summary>
public sealed record UpdatePersonPhoneNumber
{
    /// <summary>Always false: only alternate numbers can be changed here; sent as false when not set.</summary>
    public bool? Primary { get; init; }

    /// <summary>Add or remove.</summary>
    public PersonNumberAction? Action { get; init; }

    /// <summary>The phone number.</summary>
    [JsonPropertyName("directNumber")] // wxc_sdk sends external; the official reference's example sends directNumber
    public string? External { get; init; }

    /// <summary>The extension.</summary>
    public string? Extension { get; init; }

    /// <summary>The ring pattern.</summary>
    public RingPattern? RingPattern { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
