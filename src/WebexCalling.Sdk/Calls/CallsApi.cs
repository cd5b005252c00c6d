using System.Net;
using System.Text.Json;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Calls;

/// <summary>
/// Call control for the user the access token belongs to: dial, answer, hold, transfer, park, record, … and the
/// user's active calls and call history (third-party call control, Webex Calling multi-tenant users only).
/// </summary>
/// <remarks>
/// Scopes: <c>spark:calls_read</c> for the reads, <c>spark:calls_write</c> for the commands. Service Apps cannot use these
/// endpoints. Every command takes an optional <c>lineOwnerId</c>: the user, workspace or virtual line whose secondary
/// line on one of the caller's devices the command acts on.
/// </remarks>
public class CallsApi : ApiChild
{
    internal CallsApi(RestSession session) : base(session, "telephony/calls") { }

    /// <summary>For mocking.</summary>
    protected CallsApi() { }

    /// <summary>Places an outbound call (Click to Dial): the user's devices alert, and answering one calls the destination.</summary>
    /// <param name="destination">What to dial: digits or a URI (<c>1234</c>, <c>+12223334444</c>, <c>*73</c>, <c>tel:+12223334444</c>, <c>sip:user@company.domain</c>).</param>
    /// <param name="endpointId">The device or application to use for the call, one of the preferred answer endpoints; excludes <paramref name="singleNumberReachPhoneNumber"/>.</param>
    /// <param name="singleNumberReachPhoneNumber">The Single Number Reach number to use for the call; excludes <paramref name="endpointId"/>.</param>
    /// <param name="lineOwnerId">A user, workspace or virtual line with a secondary line on a device of the user invoking the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new call's ids.</returns>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<CallInfo> DialAsync(string destination, string? endpointId = null,
        string? singleNumberReachPhoneNumber = null, string? lineOwnerId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(destination);
        var body = JsonBody.Of(("destination", destination), ("endpointId", endpointId),
            ("singleNumberReachPhoneNumber", singleNumberReachPhoneNumber), ("lineOwnerId", lineOwnerId));
        return Session.PostAsync(Url("dial"), null, body,
            WebexJson.Default.JsonObject, WebexJson.Default.CallInfo, cancellationToken);
    }

    /// <summary>Answers an alerting incoming call, on the primary device or on the given endpoint.</summary>
    /// <param name="callId">The call to answer.</param>
    /// <param name="endpointId">The device or application to answer on, one of the preferred answer endpoints.</param>
    /// <param name="lineOwnerId">A user, workspace or virtual line with a secondary line on a device of the user invoking the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task AnswerAsync(string callId, string? endpointId = null, string? lineOwnerId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(callId);
        var body = JsonBody.Of(("callId", callId), ("endpointId", endpointId), ("lineOwnerId", lineOwnerId));
        return Session.PostAsync(Url("answer"), null, body,
            WebexJson.Default.JsonObject, cancellationToken);
    }

    /// <summary>Rejects an unanswered incoming call.</summary>
    /// <param name="callId">The call to reject.</param>
    /// <param name="action">What the caller gets; Webex applies busy when not given.</param>
    /// <param name="lineOwnerId">A user, workspace or virtual line with a secondary line on a device of the user invoking the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task RejectAsync(string callId, RejectAction? action = null, string? lineOwnerId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(callId);
        var body = JsonBody.Of(("callId", callId), ("action", action?.Value), ("lineOwnerId", lineOwnerId));
        return Session.PostAsync(Url("reject"), null, body,
            WebexJson.Default.JsonObject, cancellationToken);
    }

    /// <summary>Hangs up a call; an unanswered incoming call is rejected with busy.</summary>
    /// <param name="callId">The call to hang up.</param>
    /// <param name="lineOwnerId">A user, workspace or virtual line with a secondary line on a device of the user invoking the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task HangupAsync(string callId, string? lineOwnerId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(callId);
        var body = JsonBody.Of(("callId", callId), ("lineOwnerId", lineOwnerId));
        return Session.PostAsync(Url("hangup"), null, body,
            WebexJson.Default.JsonObject, cancellationToken);
    }

    /// <summary>Puts a connected call on hold.</summary>
    /// <param name="callId">The call to hold.</param>
    /// <param name="lineOwnerId">A user, workspace or virtual line with a secondary line on a device of the user invoking the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task HoldAsync(string callId, string? lineOwnerId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(callId);
        var body = JsonBody.Of(("callId", callId), ("lineOwnerId", lineOwnerId));
        return Session.PostAsync(Url("hold"), null, body,
            WebexJson.Default.JsonObject, cancellationToken);
    }

    /// <summary>Resumes a held call.</summary>
    /// <param name="callId">The call to resume.</param>
    /// <param name="lineOwnerId">A user, workspace or virtual line with a secondary line on a device of the user invoking the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ResumeAsync(string callId, string? lineOwnerId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(callId);
        var body = JsonBody.Of(("callId", callId), ("lineOwnerId", lineOwnerId));
        return Session.PostAsync(Url("resume"), null, body,
            WebexJson.Default.JsonObject, cancellationToken);
    }

    /// <summary>Diverts a call to a destination or to voicemail (blind transfer).</summary>
    /// <param name="callId">The call to divert.</param>
    /// <param name="destination">Where to divert the call; required unless <paramref name="toVoicemail"/> is true.</param>
    /// <param name="toVoicemail">True: divert to voicemail, the destination's if given, else the user's own.</param>
    /// <param name="lineOwnerId">A user, workspace or virtual line with a secondary line on a device of the user invoking the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task DivertAsync(string callId, string? destination = null, bool? toVoicemail = null,
        string? lineOwnerId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(callId);
        var body = JsonBody.Of(("callId", callId), ("destination", destination), ("toVoicemail", toVoicemail),
            ("lineOwnerId", lineOwnerId));
        return Session.PostAsync(Url("divert"), null, body,
            WebexJson.Default.JsonObject, cancellationToken);
    }

    /// <summary>Parks a connected call.</summary>
    /// <param name="callId">The call to park.</param>
    /// <param name="destination">Where to park the call; when not given, against the parking user.</param>
    /// <param name="isGroupPark">True: park against an automatically chosen member of the user's call park group; the destination is then ignored.</param>
    /// <param name="lineOwnerId">A user, workspace or virtual line with a secondary line on a device of the user invoking the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Where the call was parked.</returns>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<ParkResponse> ParkAsync(string callId, string? destination = null, bool? isGroupPark = null,
        string? lineOwnerId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(callId);
        var body = JsonBody.Of(("callId", callId), ("destination", destination), ("isGroupPark", isGroupPark),
            ("lineOwnerId", lineOwnerId));
        return Session.PostAsync(Url("park"), null, body,
            WebexJson.Default.JsonObject, WebexJson.Default.ParkResponse, cancellationToken);
    }

    /// <summary>Retrieves a parked call by starting a new call, as dial does.</summary>
    /// <param name="destination">Where the call is parked (the number park returned); when not given, the call parked against the user.</param>
    /// <param name="endpointId">The device or application to use for the retrieval, one of the preferred answer endpoints; excludes <paramref name="singleNumberReachPhoneNumber"/>.</param>
    /// <param name="singleNumberReachPhoneNumber">The Single Number Reach number to use for the retrieval; excludes <paramref name="endpointId"/>.</param>
    /// <param name="lineOwnerId">A user, workspace or virtual line with a secondary line on a device of the user invoking the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new call's ids.</returns>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<CallInfo> RetrieveAsync(string? destination = null, string? endpointId = null,
        string? singleNumberReachPhoneNumber = null, string? lineOwnerId = null, CancellationToken cancellationToken = default)
    {
        var body = JsonBody.Of(("destination", destination), ("endpointId", endpointId),
            ("singleNumberReachPhoneNumber", singleNumberReachPhoneNumber), ("lineOwnerId", lineOwnerId));
        return Session.PostAsync(Url("retrieve"), null, body,
            WebexJson.Default.JsonObject, WebexJson.Default.CallInfo, cancellationToken);
    }

    /// <summary>Starts recording a call (recording mode "On Demand").</summary>
    /// <param name="callId">The call to record.</param>
    /// <param name="lineOwnerId">A user, workspace or virtual line with a secondary line on a device of the user invoking the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task StartRecordingAsync(string? callId = null, string? lineOwnerId = null,
        CancellationToken cancellationToken = default)
    {
        var body = JsonBody.Of(("callId", callId), ("lineOwnerId", lineOwnerId));
        return Session.PostAsync(Url("startRecording"), null, body,
            WebexJson.Default.JsonObject, cancellationToken);
    }

    /// <summary>Stops recording a call (recording mode "On Demand").</summary>
    /// <param name="callId">The call to stop recording.</param>
    /// <param name="lineOwnerId">A user, workspace or virtual line with a secondary line on a device of the user invoking the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task StopRecordingAsync(string? callId = null, string? lineOwnerId = null,
        CancellationToken cancellationToken = default)
    {
        var body = JsonBody.Of(("callId", callId), ("lineOwnerId", lineOwnerId));
        return Session.PostAsync(Url("stopRecording"), null, body,
            WebexJson.Default.JsonObject, cancellationToken);
    }

    /// <summary>Pauses recording a call ("On Demand" or "Always with Pause/Resume").</summary>
    /// <param name="callId">The call whose recording to pause.</param>
    /// <param name="lineOwnerId">A user, workspace or virtual line with a secondary line on a device of the user invoking the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task PauseRecordingAsync(string? callId = null, string? lineOwnerId = null,
        CancellationToken cancellationToken = default)
    {
        var body = JsonBody.Of(("callId", callId), ("lineOwnerId", lineOwnerId));
        return Session.PostAsync(Url("pauseRecording"), null, body,
            WebexJson.Default.JsonObject, cancellationToken);
    }

    /// <summary>Resumes recording a call whose recording is paused.</summary>
    /// <param name="callId">The call whose recording to resume.</param>
    /// <param name="lineOwnerId">A user, workspace or virtual line with a secondary line on a device of the user invoking the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ResumeRecordingAsync(string? callId = null, string? lineOwnerId = null,
        CancellationToken cancellationToken = default)
    {
        var body = JsonBody.Of(("callId", callId), ("lineOwnerId", lineOwnerId));
        return Session.PostAsync(Url("resumeRecording"), null, body,
            WebexJson.Default.JsonObject, cancellationToken);
    }

    /// <summary>Sends DTMF digits on a call.</summary>
    /// <param name="callId">The call to send the digits on.</param>
    /// <param name="dtmf">Digits from <c>0-9 * # A-D</c>; a comma pauses (<c>1,234</c>).</param>
    /// <param name="lineOwnerId">A user, workspace or virtual line with a secondary line on a device of the user invoking the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task TransmitDtmfAsync(string? callId = null, string? dtmf = null, string? lineOwnerId = null,
        CancellationToken cancellationToken = default)
    {
        var body = JsonBody.Of(("callId", callId), ("dtmf", dtmf), ("lineOwnerId", lineOwnerId));
        return Session.PostAsync(Url("transmitDtmf"), null, body,
            WebexJson.Default.JsonObject, cancellationToken);
    }

    /// <summary>Pushes a call from the assistant to the executive it is associated with.</summary>
    /// <param name="callId">The call to push.</param>
    /// <param name="lineOwnerId">A user, workspace or virtual line with a secondary line on a device of the user invoking the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task PushAsync(string? callId = null, string? lineOwnerId = null,
        CancellationToken cancellationToken = default)
    {
        var body = JsonBody.Of(("callId", callId), ("lineOwnerId", lineOwnerId));
        return Session.PostAsync(Url("push"), null, body,
            WebexJson.Default.JsonObject, cancellationToken);
    }

    /// <summary>Picks up a call alerting another user, or the user's call pickup group, by starting a new call.</summary>
    /// <param name="target">The user whose incoming call to pick up; when not given, a call of the user's call pickup group.</param>
    /// <param name="endpointId">The device or application to use for the pickup, one of the preferred answer endpoints; excludes <paramref name="singleNumberReachPhoneNumber"/>.</param>
    /// <param name="singleNumberReachPhoneNumber">The Single Number Reach number to use for the pickup; excludes <paramref name="endpointId"/>.</param>
    /// <param name="lineOwnerId">A user, workspace or virtual line with a secondary line on a device of the user invoking the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new call's ids.</returns>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<CallInfo> PickupAsync(string? target = null, string? endpointId = null,
        string? singleNumberReachPhoneNumber = null, string? lineOwnerId = null, CancellationToken cancellationToken = default)
    {
        var body = JsonBody.Of(("target", target), ("endpointId", endpointId),
            ("singleNumberReachPhoneNumber", singleNumberReachPhoneNumber), ("lineOwnerId", lineOwnerId));
        return Session.PostAsync(Url("pickup"), null, body,
            WebexJson.Default.JsonObject, WebexJson.Default.CallInfo, cancellationToken);
    }

    /// <summary>Barges in on another user's answered call by starting a new call.</summary>
    /// <param name="target">The user to barge in on: digits or a URI.</param>
    /// <param name="endpointId">The device or application to use for the barge-in, one of the preferred answer endpoints; excludes <paramref name="singleNumberReachPhoneNumber"/>.</param>
    /// <param name="singleNumberReachPhoneNumber">The Single Number Reach number to use for the barge-in; excludes <paramref name="endpointId"/>.</param>
    /// <param name="lineOwnerId">A user, workspace or virtual line with a secondary line on a device of the user invoking the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new call's ids.</returns>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="target"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<CallInfo> BargeInAsync(string target, string? endpointId = null,
        string? singleNumberReachPhoneNumber = null, string? lineOwnerId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(target);
        var body = JsonBody.Of(("target", target), ("endpointId", endpointId),
            ("singleNumberReachPhoneNumber", singleNumberReachPhoneNumber), ("lineOwnerId", lineOwnerId));
        return Session.PostAsync(Url("bargeIn"), null, body,
            WebexJson.Default.JsonObject, WebexJson.Default.CallInfo, cancellationToken);
    }

    /// <summary>Mutes a call that reports itself mute capable.</summary>
    /// <param name="callId">The call to mute.</param>
    /// <param name="lineOwnerId">A user, workspace or virtual line with a secondary line on a device of the user invoking the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task MuteAsync(string callId, string? lineOwnerId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(callId);
        var body = JsonBody.Of(("callId", callId), ("lineOwnerId", lineOwnerId));
        return Session.PostAsync(Url("mute"), null, body,
            WebexJson.Default.JsonObject, cancellationToken);
    }

    /// <summary>Unmutes a call that reports itself mute capable.</summary>
    /// <param name="callId">The call to unmute.</param>
    /// <param name="lineOwnerId">A user, workspace or virtual line with a secondary line on a device of the user invoking the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UnmuteAsync(string callId, string? lineOwnerId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(callId);
        var body = JsonBody.Of(("callId", callId), ("lineOwnerId", lineOwnerId));
        return Session.PostAsync(Url("unmute"), null, body,
            WebexJson.Default.JsonObject, cancellationToken);
    }

    /// <summary>Pulls a call to another of the user's devices by starting a temporary new call.</summary>
    /// <param name="endpointId">The device or application to pull the call to, one of the preferred answer endpoints.</param>
    /// <param name="lineOwnerId">A user, workspace or virtual line with a secondary line on a device of the user invoking the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new call's ids.</returns>
    /// <remarks>Scope: <c>spark:calls_write</c>.</remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<CallInfo> PullAsync(string? endpointId = null, string? lineOwnerId = null,
        CancellationToken cancellationToken = default)
    {
        var body = JsonBody.Of(("endpointId", endpointId), ("lineOwnerId", lineOwnerId));
        return Session.PostAsync(Url("pull"), null, body,
            WebexJson.Default.JsonObject, WebexJson.Default.CallInfo, cancellationToken);
    }
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
        string? destination = null,
        string? lineOwnerId = null, CancellationToken cancellationToken = default)
    {
        var body = JsonBody.Of(("callId1", callId1), ("callId2", callId2), ("destination", destination),
            ("lineOwnerId", lineOwnerId));
        var url = Session.BuildUrl(Url("transfer"));
        using var response = await Session.SendAsync(HttpMethod.Post, url, RequestContent.Json(body, WebexJson.Default.JsonObject),
            cancellationToken).ConfigureAwait(false);
        // 201 carries the new call, 204 has no body
        if (response.StatusCode == HttpStatusCode.NoContent) return null;
        byte[] bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return bytes.Length == 0 ? null : JsonSerializer.Deserialize(bytes, WebexJson.Default.CallInfo);
    }

    /// <summary>Lists the user's active calls.</summary>
    /// <param name="lineOwnerId">List the calls of this user, workspace or virtual line's secondary line on the caller's device.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The active calls (one request; the answer is not paginated).</returns>
    /// <remarks>Scope: <c>spark:calls_read</c>.</remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<IReadOnlyList<TelephonyCall>> ListCallsAsync(string? lineOwnerId = null,
        CancellationToken cancellationToken = default)
    {
        var answer = await Session.GetAsync(Url(), new Query { ["lineOwnerId"] = lineOwnerId }, WebexJson.Default.JsonElement,
            cancellationToken).ConfigureAwait(false);
        return ResponseFields.List(answer, "items", WebexJson.Default.IReadOnlyListTelephonyCall); // one page
    }

    /// <summary>Reads one of the user's active calls.</summary>
    /// <param name="callId">The call.</param>
    /// <param name="lineOwnerId">The user, workspace or virtual line whose secondary line the call is on.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scope: <c>spark:calls_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status (404: no such active call).</exception>
    public virtual Task<TelephonyCall> CallDetailsAsync(string callId, string? lineOwnerId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(callId);
        return Session.GetAsync(Url(callId), new Query { ["lineOwnerId"] = lineOwnerId }, WebexJson.Default.TelephonyCall,
            cancellationToken);
    }

    /// <summary>Lists the user's call history: at most 20 records of each kind (placed, missed, received).</summary>
    /// <param name="historyType">Only records of this kind; all kinds when not given.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The records (one request; the answer is not paginated).</returns>
    /// <remarks>Scope: <c>spark:calls_read</c>.</remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<IReadOnlyList<CallHistoryRecord>> CallHistoryAsync(HistoryType? historyType = null,
        CancellationToken cancellationToken = default)
    {
        var answer = await Session.GetAsync(Url("history"), new Query { ["type"] = historyType }, WebexJson.Default.JsonElement,
            cancellationToken).ConfigureAwait(false);
        return ResponseFields.List(answer, "items", WebexJson.Default.IReadOnlyListCallHistoryRecord); // one page
    }

    /// <summary>
    /// Sets or clears the message waiting indicator of a person or workspace on behalf of an external voicemail system.
    /// </summary>
    /// <param name="id">The person or workspace.</param>
    /// <param name="action">Set or clear the indicator.</param>
    /// <param name="orgId">The organisation of the person or workspace; the Service App's own, or one it manages, when given.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Needs a Service App token with <c>spark-admin:calls_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateExternalVoicemailMwiAsync(string id, ExternalVoicemailMwiAction action, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Session.PostAsync(Path("telephony/externalVoicemail", "mwi"), new Query { ["id"] = id, ["orgId"] = orgId },
            JsonBody.Of(("action", action.Value)), WebexJson.Default.JsonObject, cancellationToken);
    }
}
