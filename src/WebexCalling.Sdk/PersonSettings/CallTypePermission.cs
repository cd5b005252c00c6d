using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>The outgoing permission for one call type: one entry of <c>callingPermissions</c>.</summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix",
    Justification = "wxc_sdk's name; a calling permission, not a code access security permission.")]
public sealed record CallTypePermission
{
    /// <summary>The call type this entry regulates.</summary>
    public OutgoingPermissionCallType? CallType { get; init; }

    /// <summary>What happens to calls of this type.</summary>
    public OutgoingPermissionAction? Action { get; init; }

    /// <summary>True when calls of this type may be transferred or forwarded.</summary>
    public bool? TransferEnabled { get; init; }

    /// <summary>True when the system enforces this restriction and it cannot be changed (for example international calls blocked for good).</summary>
    public bool? IsCallTypeRestrictionEnabled { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
