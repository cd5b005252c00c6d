using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Executive assistant: whether a person is an executive, an executive assistant, or neither.
/// </summary>
public class ExecAssistantApi : SettingsApiChild
{
    private const string Feature = "executiveAssistant";

    internal ExecAssistantApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected ExecAssistantApi() { }

    /// <summary>Reads a person's executive assistant role.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The role; null when Webex sends none.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<ExecAssistantType?> ReadAsync(string personId, string? orgId = null, CancellationToken cancellationToken = default)
    {
        var setting = await Session.GetAsync(FeatureUrl(personId, Feature), OrgQuery(orgId), WebexJson.Default.ExecAssistantSetting,
            cancellationToken).ConfigureAwait(false);
        return setting.ExecType;
    }

    /// <summary>Sets a person's executive assistant role.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="setting">The new role.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureAsync(string personId, ExecAssistantType setting, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.PutAsync(FeatureUrl(personId, Feature), OrgQuery(orgId), new ExecAssistantSetting { ExecType = setting },
            WebexJson.Default.ExecAssistantSetting, cancellationToken);
}
