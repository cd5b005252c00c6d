using System.Text.Json.Nodes;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.VoiceMessages;

/// <summary>
/// The voicemail messages of the user the access token belongs to: summary, list, delete, mark read or unread.
/// </summary>
/// <remarks>
/// User access only (no admin access). Scopes: <c>spark:calls_read</c> for the reads, <c>spark:calls_write</c> for the
/// changes.
/// </remarks>
public class VoiceMessagesApi : ApiChild
{
    internal VoiceMessagesApi(RestSession session) : base(session, "telephony/voiceMessages") { }

    /// <summary>For mocking.</summary>
    protected VoiceMessagesApi() { }

    /// <summary>Counts the user's voicemail messages, read and unread.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scope: <c>spark:calls_read</c>.</remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<MessageSummary> SummaryAsync(CancellationToken cancellationToken = default) =>
        Session.GetAsync(Url("summary"), null, WebexJson.Default.MessageSummary, cancellationToken);

    /// <summary>Lists the user's voicemail messages, fetching pages as you enumerate.</summary>
    /// <param name="lineOwnerId">List the messages of this user, workspace or virtual line's secondary line on the caller's device.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <remarks>Scope: <c>spark:calls_read</c>.</remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<VoiceMessageDetails> ListAsync(string? lineOwnerId = null, CancellationToken cancellationToken = default) =>
        Session.PaginateAsync(Url(), new Query { ["lineOwnerId"] = lineOwnerId }, WebexJson.Default.VoiceMessageDetails,
            cancellationToken: cancellationToken);

    /// <summary>Deletes one of the user's voicemail messages.</summary>
    /// <param name="messageId">The message.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="messageId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task DeleteAsync(string messageId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        return Session.DeleteAsync(Url(messageId), null, cancellationToken);
    }

    /// <summary>Marks one message as read, or all of the user's messages when no id is given.</summary>
    /// <param name="messageId">The message; null marks every message.</param>
    /// <param name="lineOwnerId">The user, workspace or virtual line whose secondary line the messages belong to.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task MarkAsReadAsync(string? messageId = null, string? lineOwnerId = null, CancellationToken cancellationToken = default) =>
        Session.PostAsync(Url("markAsRead"), null, MarkBody(messageId, lineOwnerId),
            WebexJson.Default.JsonObject, cancellationToken);

    /// <summary>Marks one message as unread, or all of the user's messages when no id is given.</summary>
    /// <param name="messageId">The message; null marks every message.</param>
    /// <param name="lineOwnerId">The user, workspace or virtual line whose secondary line the messages belong to.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task MarkAsUnreadAsync(string? messageId = null, string? lineOwnerId = null, CancellationToken cancellationToken = default) =>
        Session.PostAsync(Url("markAsUnread"), null, MarkBody(messageId, lineOwnerId),
            WebexJson.Default.JsonObject, cancellationToken);

    // wxc_sdk sends "messageId": null when no id is given; the official reference says to leave it out to mark all
    private static JsonObject MarkBody(string? messageId, string? lineOwnerId) =>
        JsonBody.Of(("messageId", messageId), ("lineOwnerId", lineOwnerId));
}
