using System.Text.Json;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Receptionist client: front-office people screening incoming calls of the people and workspaces they monitor.
/// </summary>
public class ReceptionistApi : SettingsApiChild
{
    private const string Feature = "reception";

    internal ReceptionistApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected ReceptionistApi() { }

    /// <summary>Reads a person's receptionist client settings.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<ReceptionistSettings> ReadAsync(string personId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(FeatureUrl(personId, Feature), OrgQuery(orgId), WebexJson.Default.ReceptionistSettings, cancellationToken);

    /// <summary>Updates a person's receptionist client settings; monitored members are sent as their ids.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="settings">The settings, typically from <see cref="ReadAsync"/> with changes.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public virtual Task ConfigureAsync(string personId, ReceptionistSettings settings, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(personId);
        ArgumentNullException.ThrowIfNull(settings);
        var element = JsonSerializer.SerializeToElement(settings, WebexJson.Default.ReceptionistSettings);
        var body = SettingsBody.Rewrite(element, new Dictionary<string, Action<Utf8JsonWriter>>
        {
            ["monitoredMembers"] = SettingsBody.Ids("monitoredMembers", (settings.MonitoredMembers ?? []).Select(m => m.MemberId)),
        });
        return Session.PutAsync(FeatureUrl(personId, Feature), OrgQuery(orgId), body, WebexJson.Default.JsonElement, cancellationToken);
    }
}
