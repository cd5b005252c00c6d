using System.Net;
using System.Text.Json;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Calls;

// The members generated from tools/api/calls.yml are in CallsApi.g.cs.
public partial class CallsApi
{
    /// <summary>
    /// Transfers calls: the user's two calls together (both ids, or none when the user has exactly two calls), or one
    /// call to a destination once the destination answers (mute transfer).
    /// </summary>
    /// <param name="callId1">The first call; required when <paramref name="callId2"/> or <paramref name="destination"/> is given.</param>
    /// <param name="callId2">The second call; required with <paramref name="callId1"/> when there is no destination.</param>
    /// <param name="destination">Where to transfer <paramref name="callId1"/>: digits or a URI.</param>
    /// <param name="lineOwnerId">A user, workspace or virtual line with a secondary line on a device of the user invoking the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The call to the destination for a mute transfer (201); null when Webex answers 204 (two calls transferred).</returns>
    /// <remarks>Unanswered incoming calls cannot be transferred; divert them. Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<CallInfo?> TransferAsync(string? callId1 = null, string? callId2 = null,
        string? destination = null, string? lineOwnerId = null, CancellationToken cancellationToken = default)
    {
        var body = JsonBody.Of(("callId1", callId1), ("callId2", callId2), ("destination", destination),
            ("lineOwnerId", lineOwnerId));
        var url = Session.BuildUrl("telephony/calls/transfer");
        using var response = await Session.SendAsync(HttpMethod.Post, url, RequestContent.Json(body, CallsJson.Default.JsonObject),
            cancellationToken).ConfigureAwait(false);
        // 201 carries the new call, 204 has no body
        if (response.StatusCode == HttpStatusCode.NoContent) return null;
        byte[] bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return bytes.Length == 0 ? null : JsonSerializer.Deserialize(bytes, CallsJson.Default.CallInfo);
    }
}
