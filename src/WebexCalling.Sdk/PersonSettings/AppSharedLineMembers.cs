using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The members on the shared lines of a person's Webex Calling applications (wxc_sdk: DeviceMembersResponse).</summary>
public sealed record AppSharedLineMembers
{
    /// <summary>The application model, e.g. Business Communicator - PC.</summary>
    public string? Model { get; init; }

    /// <summary>The members, in port order as Webex returns them.</summary>
    public IReadOnlyList<AppSharedLineMember>? Members { get; init; }

    /// <summary>The most lines the application supports.</summary>
    public int? MaxLineCount { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
