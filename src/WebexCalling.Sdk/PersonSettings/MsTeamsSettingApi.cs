using System.Text.Json.Nodes;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// A person's Microsoft Teams integration settings, such as hiding the Webex App or syncing presence
/// (wxc_sdk: MSTeamsSettingApi).
/// </summary>
public class MsTeamsSettingApi : SettingsApiChild
{
    internal MsTeamsSettingApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected MsTeamsSettingApi() { }

    /// <summary>Reads the person's Microsoft Teams settings and the level each is set at.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<MsTeamsSettings> ReadAsync(string personId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(ConfigUrl(personId, "settings", "msTeams"), OrgQuery(orgId), WebexJson.Default.MsTeamsSettings, cancellationToken);

    /// <summary>Sets one Microsoft Teams setting for the person.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="settingName">The setting, e.g. <c>HIDE_WEBEX_APP</c> or <c>PRESENCE_SYNC</c>.</param>
    /// <param name="value">The value.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> or <paramref name="settingName"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureAsync(string personId, string settingName, bool value, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(personId, "settings", "msTeams");
        ArgumentException.ThrowIfNullOrEmpty(settingName);
        var body = new JsonObject { ["settingName"] = settingName, ["value"] = value };
        return Session.PutAsync(url, OrgQuery(orgId), body, WebexJson.Default.JsonObject, cancellationToken);
    }
}
