using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Calling behavior: which Webex telephony application a person's calls use, and the UC Manager profile.
/// </summary>
public class CallingBehaviorApi : SettingsApiChild
{
    private const string Feature = "callingBehavior";

    internal CallingBehaviorApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected CallingBehaviorApi() { }

    /// <summary>Reads a person's calling behavior.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<CallingBehavior> ReadAsync(string personId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(FeatureUrl(personId, Feature), OrgQuery(orgId), WebexJson.Default.CallingBehavior, cancellationToken);

    /// <summary>Updates a person's calling behavior.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="settings">The settings; a null <see cref="CallingBehavior.BehaviorType"/> means the organisation's default.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public virtual Task ConfigureAsync(string personId, CallingBehavior settings, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(personId);
        ArgumentNullException.ThrowIfNull(settings);
        var body = settings with { EffectiveBehaviorType = null }; // read-only
        return Session.PutAsync(FeatureUrl(personId, Feature), OrgQuery(orgId), body, WebexJson.Default.CallingBehavior, cancellationToken);
    }
}
