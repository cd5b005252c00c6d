using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Feature access: which calling features end users may change themselves, as organisation defaults and per person.
/// </summary>
public class FeatureAccessApi : SettingsApiChild
{
    internal FeatureAccessApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected FeatureAccessApi() { }

    private string DefaultUrl => $"{ConfigBase}/settings/permissions";

    /// <summary>Reads the organisation's default feature access settings, which new users get.</summary>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The default settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<FeatureAccessSettings> ReadDefaultAsync(string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(DefaultUrl, OrgQuery(orgId), WebexJson.Default.FeatureAccessSettings, cancellationToken);

    /// <summary>Changes the organisation's default feature access settings.</summary>
    /// <param name="settings">The settings to change; null properties are not sent (unchanged).</param>
    /// <param name="orgId">The organisation, for partner administrators (wxc_sdk accepts it but does not send it).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateDefaultAsync(FeatureAccessSettings settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Session.PutAsync(DefaultUrl, OrgQuery(orgId), settings, WebexJson.Default.FeatureAccessSettings, cancellationToken);
    }

    /// <summary>Reads a person's feature access settings.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The person's settings and whether the organisation defaults apply.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<UserFeatureAccessSettings> ReadAsync(string personId, CancellationToken cancellationToken = default) =>
        Session.GetAsync(ConfigUrl(personId, "settings", "permissions"), null, WebexJson.Default.UserFeatureAccessSettings,
            cancellationToken);

    /// <summary>Changes a person's feature access settings.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="settings">The settings to change; null properties are not sent (unchanged).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateAsync(string personId, FeatureAccessSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Session.PutAsync(ConfigUrl(personId, "settings", "permissions"), null, settings,
            WebexJson.Default.FeatureAccessSettings, cancellationToken);
    }

    /// <summary>Resets a person's feature access settings to the organisation's defaults.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task ResetAsync(string personId, CancellationToken cancellationToken = default)
    {
        var url = Session.BuildUrl(ConfigUrl(personId, "settings", "permissions", "actions", "reset", "invoke"));
        using var response = await Session.SendAsync(HttpMethod.Post, url, null, cancellationToken).ConfigureAwait(false);
    }
}
