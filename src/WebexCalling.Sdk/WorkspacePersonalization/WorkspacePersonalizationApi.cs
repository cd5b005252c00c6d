using System.Net;

namespace WebexCalling.Sdk.WorkspacePersonalization;

// The members generated from tools/api/workspace-personalization.yml are in WorkspacePersonalizationApi.g.cs.
public partial class WorkspacePersonalizationApi
{
    /// <summary>Reads the outcome of personalising a workspace.</summary>
    /// <param name="workspaceId">The workspace.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>
    /// The outcome; while the task still runs (Webex answers 202 without a body) an answer whose properties are all null.
    /// </returns>
    /// <remarks>Scopes: <c>spark-admin:devices_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="workspaceId"/> is empty or not an id.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<WorkspacePersonalizationTaskResponse> GetPersonalizationTaskAsync(string workspaceId,
        CancellationToken cancellationToken = default)
    {
        var url = Session.BuildUrl($"workspaces/{Id(workspaceId)}/personalizationTask");
        using var response = await Session.SendAsync(HttpMethod.Get, url, null, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Accepted) return new WorkspacePersonalizationTaskResponse();
        return await Session.ReadJsonAsync(response, WorkspacePersonalizationJson.Default.WorkspacePersonalizationTaskResponse,
            cancellationToken).ConfigureAwait(false);
    }
}
