using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Hoteling: a person's phone profile loaded temporarily onto a shared host phone.
/// </summary>
public class HotelingApi : SettingsApiChild
{
    private const string Feature = "hoteling";

    internal HotelingApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected HotelingApi() { }

    /// <summary>Reads whether a person may use hoteling host devices.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>True when the feature is on.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<bool> ReadAsync(string personId, string? orgId = null, CancellationToken cancellationToken = default)
    {
        var setting = await Session.GetAsync(FeatureUrl(personId, Feature), OrgQuery(orgId), WebexJson.Default.EnabledSetting,
            cancellationToken).ConfigureAwait(false);
        return setting.Enabled ?? false;
    }

    /// <summary>Allows or forbids a person to use hoteling host devices.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="enabled">True to allow the person to connect to a hoteling host.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureAsync(string personId, bool enabled, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.PutAsync(FeatureUrl(personId, Feature), OrgQuery(orgId), new EnabledSetting { Enabled = enabled },
            WebexJson.Default.EnabledSetting, cancellationToken);
}
