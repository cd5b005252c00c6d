using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Outgoing calling permissions: what happens to calls of each call type. Webex sends the permissions as a list of
/// entries with a <c>callType</c>; wxc_sdk turns that list into one attribute per call type, this SDK keeps the list
/// (so call types that it does not know survive an update) and offers <see cref="ForCallType"/> for lookups.
/// </summary>
public sealed record OutgoingPermissions
{
    /// <summary>True when the entity uses the shared control that applies to all outgoing call settings categories.</summary>
    public bool? UseCustomEnabled { get; init; }

    /// <summary>True when the entity uses its own outgoing calling permissions.</summary>
    public bool? UseCustomPermissions { get; init; }

    /// <summary>The permission of each call type.</summary>
    public IReadOnlyList<CallTypePermission>? CallingPermissions { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The permission of one call type, or null when the settings do not list it.</summary>
    /// <param name="callType">The call type.</param>
    public CallTypePermission? ForCallType(OutgoingPermissionCallType callType) =>
        CallingPermissions?.FirstOrDefault(p => p.CallType == callType);
}
