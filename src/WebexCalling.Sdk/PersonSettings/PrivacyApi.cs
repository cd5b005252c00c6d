using System.Text.Json;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Privacy: who may monitor an entity's line and whether auto attendants can reach it by extension or name.
/// Shared by people, workspaces and virtual lines.
/// </summary>
public class PrivacyApi : SettingsApiChild
{
    private const string Feature = "privacy";

    internal PrivacyApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected PrivacyApi() { }

    /// <summary>Reads an entity's privacy settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<Privacy> ReadAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), WebexJson.Default.Privacy, cancellationToken);

    /// <summary>Updates an entity's privacy settings; monitoring agents are sent as their ids.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="settings">The settings, typically from <see cref="ReadAsync"/> with changes.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public virtual Task ConfigureAsync(string entityId, Privacy settings, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        ArgumentNullException.ThrowIfNull(settings);
        var element = JsonSerializer.SerializeToElement(settings, WebexJson.Default.Privacy);
        var body = SettingsBody.Rewrite(element, new Dictionary<string, Action<Utf8JsonWriter>>
        {
            ["monitoringAgents"] = SettingsBody.Ids("monitoringAgents", (settings.MonitoringAgents ?? []).Select(a => a.MemberId)),
        });
        return Session.PutAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), body, WebexJson.Default.JsonElement, cancellationToken);
    }
}
