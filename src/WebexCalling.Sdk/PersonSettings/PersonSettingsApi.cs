using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

// The settings properties and constructors are generated (PersonSettingsApi.g.cs) from tools/api/person-settings.
public partial class PersonSettingsApi
{
    /// <summary>Reads the person's calling preferences: announcement language and time zone.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The preferences.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<PersonTelephonySettings> GetAsync(string personId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(ConfigUrl(personId), OrgQuery(orgId), WebexJson.Default.PersonTelephonySettings,
            cancellationToken);

    /// <summary>Changes the person's announcement language and/or time zone; a null argument is not sent.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="announcementLanguage">The announcement language, e.g. <c>en_us</c>.</param>
    /// <param name="timeZone">The time zone, e.g. <c>America/Chicago</c>.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ModifyAsync(string personId, string? announcementLanguage = null, string? timeZone = null, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        Session.PutAsync(ConfigUrl(personId), OrgQuery(orgId),
            new PersonTelephonySettings { AnnouncementLanguage = announcementLanguage, TimeZone = timeZone },
            WebexJson.Default.PersonTelephonySettings, cancellationToken);

    /// <summary>Lists the devices the person has a line on, with the device limits.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The devices.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<PersonDeviceList> DevicesAsync(string personId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(ConfigUrl(personId, "devices"), OrgQuery(orgId), WebexJson.Default.PersonDeviceList,
            cancellationToken);

    /// <summary>Changes hoteling on the person's primary devices; null fields are not sent.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="hoteling">The hoteling settings.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="hoteling"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ModifyHotelingSettingsPrimaryDevicesAsync(string personId, DeviceHoteling hoteling, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(personId, "devices", "settings", "hoteling");
        ArgumentNullException.ThrowIfNull(hoteling);
        var body = new System.Text.Json.Nodes.JsonObject
        {
            ["hoteling"] = ResponseFields.Node(hoteling, WebexJson.Default.DeviceHoteling),
        };
        return Session.PutAsync(url, OrgQuery(orgId), body, WebexJson.Default.JsonObject, cancellationToken);
    }

    /// <summary>Reads the person's call captions and transcripts settings, with the location's.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<UserCallCaptions> GetCallCaptionsSettingsAsync(string personId, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        Session.GetAsync(ConfigUrl(personId, "callCaptions"), OrgQuery(orgId), WebexJson.Default.UserCallCaptions,
            cancellationToken);

    /// <summary>Updates the person's call captions settings; the location's (read-only) values and null fields are not sent.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="settings">The settings, e.g. as read, with changes.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateCallCaptionsSettingsAsync(string personId, UserCallCaptions settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(personId, "callCaptions");
        ArgumentNullException.ThrowIfNull(settings);
        var body = settings with { LocationClosedCaptionsEnabled = null, LocationTranscriptsEnabled = null };
        return Session.PutAsync(url, OrgQuery(orgId), body, WebexJson.Default.UserCallCaptions,
            cancellationToken);
    }

    /// <summary>Lists the calling services assigned to the person.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The service names.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<IReadOnlyList<string>> GetCallingServicesAsync(string personId, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        var answer = await Session.GetAsync(ConfigUrl(personId, "services"), OrgQuery(orgId),
            WebexJson.Default.JsonElement, cancellationToken).ConfigureAwait(false);
        return ResponseFields.Strings(answer, "services");
    }

    /// <summary>Resets the person's voicemail PIN to the organisation's default.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ResetVmPinAsync(string personId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.PostAsync<System.Text.Json.Nodes.JsonObject>(FeatureUrl(personId, "voicemail", "actions", "resetPin", "invoke"),
            OrgQuery(orgId), null, WebexJson.Default.JsonObject, cancellationToken);

}
