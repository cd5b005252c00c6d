using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Base of the settings APIs that people, workspaces, locations and virtual lines share: one implementation per
/// setting, with the owner kind choosing the URL roots (as wxc_sdk's <c>PersonSettingsApiChild</c> does). The roots
/// of each kind, and the features Webex serves elsewhere for a kind, are data: tools/api/owners.yml.
/// </summary>
public abstract class SettingsApiChild : ApiChild
{
    private protected SettingsApiChild(RestSession session, SettingsOwner owner) : base(session, "")
    {
        Owner = owner;
    }

    /// <summary>For mocking.</summary>
    protected SettingsApiChild() { }

    private protected SettingsOwner Owner { get; }

    /// <summary>
    /// The URL of a feature of an entity, <c>people/{id}/features/{path}</c> for a person, remapped for the features
    /// Webex serves elsewhere for this owner kind.
    /// </summary>
    /// <param name="id">The person, workspace, location or virtual line, as <see cref="ApiChild.Id"/> escaped it.</param>
    /// <param name="path">The feature as Webex spells it and what follows it, already escaped.</param>
    private protected string FeaturePath(string id, string path) => SettingsOwnerPaths.Feature(Owner, id, path);

    /// <summary>
    /// The URL below the entity's telephony configuration, <c>telephony/config/people/{id}/{path}</c> for a person.
    /// </summary>
    /// <param name="id">The person, workspace, location or virtual line, as <see cref="ApiChild.Id"/> escaped it.</param>
    /// <param name="path">What follows the id, already escaped (empty for the root itself).</param>
    private protected string ConfigPath(string id, string path)
    {
        string root = SettingsOwnerPaths.Config(Owner, id);
        return path.Length == 0 ? root : root + "/" + path;
    }

    /// <summary><c>telephony/config/people/{path}</c> and its kin: for the endpoints that take no entity id.</summary>
    private protected string ConfigBasePath(string path) =>
        path.Length == 0 ? ConfigBase : ConfigBase + "/" + path;

    /// <summary><c>telephony/config/people</c> and its kin.</summary>
    private protected string ConfigBase => SettingsOwnerPaths.ConfigBase(Owner);

    /// <summary>The query of most settings calls: <c>orgId</c> when given.</summary>
    private protected static Query OrgQuery(string? orgId) => new() { ["orgId"] = orgId };
}
