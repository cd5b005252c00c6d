using System.Text.Json.Nodes;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

// The members generated from tools/api/person-settings/preferred-answer.yml are in PreferredAnswerApi.g.cs.
public partial class PreferredAnswerApi
{
    /// <summary>Sets the person's preferred answer endpoint.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="preferredAnswerEndpointId">The endpoint id; null clears the preference (sent as an explicit null).</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>, <c>spark:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is empty or not an id.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ModifyAsync(string personId, string? preferredAnswerEndpointId, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(personId, "preferredAnswerEndpoint");
        // an explicit null clears the preference: a body built from the given fields would leave it out
        var body = new JsonObject { ["preferredAnswerEndpointId"] = preferredAnswerEndpointId };
        return Session.PutAsync(url, OrgQuery(orgId), body, PersonSettingsJson.Default.JsonObject, cancellationToken);
    }
}
