using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Call recording: recording calls through the hosted recording provider.
/// Shared by people, workspaces and virtual lines.
/// </summary>
public class CallRecordingApi : SettingsApiChild
{
    private const string Feature = "callRecording";

    internal CallRecordingApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected CallRecordingApi() { }

    /// <summary>Reads an entity's call recording settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<CallRecordingSetting> ReadAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), WebexJson.Default.CallRecordingSetting, cancellationToken);

    /// <summary>Updates an entity's call recording settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="recording">The settings, typically from <see cref="ReadAsync"/> with changes.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="recording"/> is null.</exception>
    public virtual Task ConfigureAsync(string entityId, CallRecordingSetting recording, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityId);
        ArgumentNullException.ThrowIfNull(recording);
        var body = recording with
        {
            ServiceProvider = null,
            ExternalGroup = null,
            ExternalIdentifier = null, // read-only
            // a read says "None"; an update must send null
            Notification = recording.Notification is { } n && n.NotificationType == CallRecordingNotificationType.None
                ? n with { NotificationType = null }
                : recording.Notification,
            Announcements = recording.Announcements is { } a ? ForUpdate(a) : null,
        };
        return Session.PutAsync(FeatureUrl(entityId, Feature), OrgQuery(orgId), body, WebexJson.Default.CallRecordingSetting, cancellationToken);
    }

    // An update names each announcement file by its id only.
    private static CallRecordingAnnouncements ForUpdate(CallRecordingAnnouncements a) => a with
    {
        Start = ForUpdate(a.Start),
        Stop = ForUpdate(a.Stop),
        Pause = ForUpdate(a.Pause),
        Resume = ForUpdate(a.Resume),
        FailureEndWithCall = ForUpdate(a.FailureEndWithCall),
        FailureProceedWithCall = ForUpdate(a.FailureProceedWithCall),
    };

    private static CallRecordingAnnouncement? ForUpdate(CallRecordingAnnouncement? a) => a is null ? null : a with
    {
        AudioAnnouncementFile = null,
        AudioAnnouncementFileId = a.AudioAnnouncementFile?.Id ?? a.AudioAnnouncementFileId,
    };
}
