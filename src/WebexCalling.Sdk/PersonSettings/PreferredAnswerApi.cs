using System.Text.Json.Nodes;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Preferred answer endpoint: the device or application on which call control requests (dial, answer, …) of a
/// person act when they name no endpoint.
/// </summary>
public class PreferredAnswerApi : SettingsApiChild
{
    private const string Feature = "preferredAnswerEndpoint";

    internal PreferredAnswerApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected PreferredAnswerApi() { }

    /// <summary>Reads the person's preferred answer endpoint and the endpoints to choose from.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The preferred endpoint id (null when none) and the available endpoints.</returns>
    /// <remarks>Scopes: <c>spark:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<PreferredAnswerResponse> ReadAsync(string personId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(ConfigUrl(personId, Feature), OrgQuery(orgId), WebexJson.Default.PreferredAnswerResponse, cancellationToken);

    /// <summary>Sets the person's preferred answer endpoint.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="preferredAnswerEndpointId">The endpoint id; null clears the preference (sent as an explicit null).</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ModifyAsync(string personId, string? preferredAnswerEndpointId, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(personId, Feature);
        var body = new JsonObject { ["preferredAnswerEndpointId"] = preferredAnswerEndpointId };
        return Session.PutAsync(url, OrgQuery(orgId), body, WebexJson.Default.JsonObject, cancellationToken);
    }
}
