using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Base of the settings APIs that people, workspaces, locations and virtual lines share: one implementation per
/// setting, with the owner kind choosing the URL prefix (as wxc_sdk's <c>PersonSettingsApiChild</c> does).
/// </summary>
public abstract class SettingsApiChild : ApiChild
{
    // Features that Webex serves for people under telephony/config/people/{id}/features/{feature}.
    private static readonly HashSet<string> PersonConfigFeatures = ["callBridge", "hotDesking", "personalAssistant"];

    // Features that Webex serves for workspaces under telephony/config/workspaces/{id}/{feature} (wxc_sdk's table).
    private static readonly HashSet<string> WorkspaceConfigFeatures =
    [
        "anonymousCallReject", "bargeIn", "callBridge", "callPolicies", "doNotDisturb", "emergencyCallbackNumber",
        "musicOnHold", "outgoingPermission/digitPatterns", "privacy", "priorityAlert", "pushToTalk", "selectiveAccept",
        "selectiveForward", "selectiveReject", "sequentialRing", "simultaneousRing", "voicemail",
    ];

    private protected SettingsApiChild(RestSession session, SettingsOwner owner) : base(session, "")
    {
        Owner = owner;
    }

    /// <summary>For mocking.</summary>
    protected SettingsApiChild() { }

    private protected SettingsOwner Owner { get; }

    /// <summary>
    /// The URL of a feature of an entity, <c>people/{id}/features/{feature}/…</c> for a person, remapped for the
    /// features Webex serves elsewhere for this owner kind.
    /// </summary>
    /// <param name="entityId">The person, workspace, location or virtual line; escaped as one segment.</param>
    /// <param name="feature">The feature name as Webex spells it (may contain <c>/</c>, kept as is).</param>
    /// <param name="segments">Further segments after the feature, each escaped.</param>
    private protected string FeatureUrl(string entityId, string feature, params string[] segments)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        string id = Uri.EscapeDataString(entityId);
        string prefix = Owner switch
        {
            SettingsOwner.Person when PersonConfigFeatures.Contains(feature) => $"telephony/config/people/{id}/features/",
            SettingsOwner.Person => $"people/{id}/features/",
            SettingsOwner.Workspace when WorkspaceConfigFeatures.Contains(feature) => $"telephony/config/workspaces/{id}/",
            SettingsOwner.Workspace => $"workspaces/{id}/features/",
            _ => $"{ConfigBase}/{id}/",
        };
        return Path(prefix + feature, segments);
    }

    /// <summary>
    /// The URL below the entity's telephony configuration, <c>telephony/config/people/{id}/…</c> for a person.
    /// </summary>
    /// <param name="entityId">The person, workspace, location or virtual line; escaped as one segment.</param>
    /// <param name="segments">The segments after the id, each escaped.</param>
    private protected string ConfigUrl(string entityId, params string[] segments)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        return Path($"{ConfigBase}/{Uri.EscapeDataString(entityId)}", segments);
    }

    /// <summary><c>telephony/config/people</c> and its kin: for the endpoints that take no entity id.</summary>
    private protected string ConfigBase => Owner switch
    {
        SettingsOwner.Person => "telephony/config/people",
        SettingsOwner.Workspace => "telephony/config/workspaces",
        SettingsOwner.Location => "telephony/config/locations",
        SettingsOwner.VirtualLine => "telephony/config/virtualLines",
        _ => throw new InvalidOperationException($"Unknown owner kind {Owner}."),
    };

    /// <summary>The query of most settings calls: <c>orgId</c> when given.</summary>
    private protected static Query OrgQuery(string? orgId) => new() { ["orgId"] = orgId };
}
