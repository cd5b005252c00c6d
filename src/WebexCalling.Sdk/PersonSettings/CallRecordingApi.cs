using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

// The members generated from tools/api/person-settings/call-recording.yml are in CallRecordingApi.g.cs, with the
// update's body rules (ConfigureBody). The update is written here because a read's notification type "None" has to
// go back as null.
public partial class CallRecordingApi
{
    /// <summary>Updates an entity's call recording settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="recording">The settings, typically a read changed with <c>with</c>.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>
    /// The 2026 request schema takes neither the start/stop flag (replaced by the per call type announcement settings),
    /// nor access, post-call and announcement settings: they are not sent. A notification type of
    /// <see cref="CallRecordingNotificationType.None"/> is sent as null, as Webex expects. Scopes: <c>spark-admin:people_write</c>.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is empty or not an id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="recording"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureAsync(string entityId, CallRecordingSetting recording, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        // @features/{entityId}/callRecording
        ArgumentNullException.ThrowIfNull(recording);
        string url = FeaturePath(Id(entityId), "callRecording");
        if (recording.Notification is { } n && n.NotificationType == CallRecordingNotificationType.None)
            recording = recording with { Notification = n with { NotificationType = null } };
        var body = RequestBody.Of(recording, PersonSettingsJson.Default.CallRecordingSetting, ConfigureBody);
        return Session.PutAsync(url, OrgQuery(orgId), body, PersonSettingsJson.Default.JsonNode, cancellationToken);
    }
}
