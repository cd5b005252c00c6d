using System.Text.Json.Nodes;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Mode management: the auto attendants, call queues and hunt groups whose operating modes a person may switch.
/// </summary>
public class ModeManagementApi : SettingsApiChild
{
    internal ModeManagementApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected ModeManagementApi() { }

    /// <summary>Lists the features the person can be assigned to manage, fetching pages as you enumerate.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="name">Only features whose name matches.</param>
    /// <param name="phoneNumber">Only features whose number matches.</param>
    /// <param name="extension">Only features whose extension matches.</param>
    /// <param name="order">Sort order, e.g. <c>name</c>.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The available features.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<ModeManagementAvailableFeature> AvailableFeaturesAsync(string personId, string? name = null,
        string? phoneNumber = null, string? extension = null, string? order = null, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(personId, "modeManagement", "availableFeatures");
        var query = new Query
        {
            ["name"] = name,
            ["phoneNumber"] = phoneNumber,
            ["extension"] = extension,
            ["order"] = order,
            ["orgId"] = orgId,
        };
        return Session.PaginateAsync(url, query, WebexJson.Default.ModeManagementAvailableFeature, "features", cancellationToken);
    }

    /// <summary>Reads the features the person manages.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The assigned features with their current operating modes.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<IReadOnlyList<ModeManagementFeature>> AssignedFeaturesAsync(string personId, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        var answer = await Session.GetAsync(ConfigUrl(personId, "modeManagement", "features"), OrgQuery(orgId),
            WebexJson.Default.JsonElement, cancellationToken).ConfigureAwait(false);
        return ResponseFields.List(answer, "features", WebexJson.Default.IReadOnlyListModeManagementFeature);
    }

    /// <summary>Replaces the features the person manages.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="featureIds">The ids of the auto attendants, call queues and hunt groups; empty removes all.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="featureIds"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task AssignFeaturesAsync(string personId, IEnumerable<string> featureIds, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        // wxc_sdk takes feature_ids first; here the path id comes first, as everywhere in this SDK
        string url = ConfigUrl(personId, "modeManagement", "features");
        ArgumentNullException.ThrowIfNull(featureIds);
        var body = new JsonObject { ["featureIds"] = ResponseFields.Array(featureIds) };
        return Session.PutAsync(url, OrgQuery(orgId), body, WebexJson.Default.JsonObject, cancellationToken);
    }
}
