using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Calls;

/// <summary>The answer to a park request: where the call was parked.</summary>
/// <remarks>wxc_sdk returns the <c>parkedAgainst</c> party itself; this keeps the whole answer.</remarks>
public sealed record ParkResponse
{
    /// <summary>Where the call is parked; its <see cref="TelephonyParty.Number"/> can be the destination of a retrieve.</summary>
    public TelephonyParty? ParkedAgainst { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
