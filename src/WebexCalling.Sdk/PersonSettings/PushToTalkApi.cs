using System.Text.Json;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Push-to-talk: desk phones used as one-way or two-way intercoms.
/// Shared by people, workspaces and virtual lines.
/// </summary>
public class PushToTalkApi : SettingsApiChild
{
    private const string Feature = "pushToTalk";

    internal PushToTalkApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected PushToTalkApi() { }

    /// <summary>Reads an entity's push-to-talk settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<PushToTalkSettings> ReadAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), WebexJson.Default.PushToTalkSettings, cancellationToken);

    /// <summary>Updates an entity's push-to-talk settings; members are sent as their ids.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="settings">The settings, typically from <see cref="ReadAsync"/> with changes.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public virtual Task ConfigureAsync(string entityId, PushToTalkSettings settings, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        ArgumentNullException.ThrowIfNull(settings);
        var element = JsonSerializer.SerializeToElement(settings, WebexJson.Default.PushToTalkSettings);
        var body = SettingsBody.Rewrite(element, new Dictionary<string, Action<Utf8JsonWriter>>
        {
            ["members"] = SettingsBody.Ids("members", (settings.Members ?? []).Select(m => m.MemberId)),
        });
        return Session.PutAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), body, WebexJson.Default.JsonElement, cancellationToken);
    }
}
