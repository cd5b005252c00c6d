using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Application services: which devices ring in which scenarios, and which Webex Calling clients a person may use.
/// </summary>
public class AppServicesApi : SettingsApiChild
{
    private const string Feature = "applications";

    internal AppServicesApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected AppServicesApi() { }

    /// <summary>Reads a person's application services settings.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<AppServicesSettings> ReadAsync(string personId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(FeatureUrl(personId, Feature), OrgQuery(orgId), WebexJson.Default.AppServicesSettings, cancellationToken);

    /// <summary>Updates a person's application services settings.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="settings">The settings, typically from <see cref="ReadAsync"/> with changes.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public virtual Task ConfigureAsync(string personId, AppServicesSettings settings, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(personId);
        ArgumentNullException.ThrowIfNull(settings);
        var body = settings with
        {
            BrowserClientId = null,
            DesktopClientId = null,
            TabletClientId = null,
            MobileClientId = null,
            AvailableLineCount = null,
        }; // read-only
        return Session.PutAsync(FeatureUrl(personId, Feature), OrgQuery(orgId), body, WebexJson.Default.AppServicesSettings, cancellationToken);
    }
}
