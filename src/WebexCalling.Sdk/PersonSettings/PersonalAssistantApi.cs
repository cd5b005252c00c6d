using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Personal assistant: while a person is away, callers hear why and until when, and may be transferred to another number.
/// </summary>
public class PersonalAssistantApi : SettingsApiChild
{
    private const string Feature = "personalAssistant";

    internal PersonalAssistantApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected PersonalAssistantApi() { }

    /// <summary>Reads the person's personal assistant settings.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<PersonalAssistant> GetAsync(string personId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(FeatureUrl(personId, Feature), OrgQuery(orgId), WebexJson.Default.PersonalAssistant, cancellationToken);

    /// <summary>Updates the person's personal assistant settings; fields left null are not sent.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="settings">The settings, e.g. from <see cref="GetAsync"/> with changes.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateAsync(string personId, PersonalAssistant settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = FeatureUrl(personId, Feature);
        ArgumentNullException.ThrowIfNull(settings);
        return Session.PutAsync(url, OrgQuery(orgId), settings, WebexJson.Default.PersonalAssistant, cancellationToken);
    }
}
