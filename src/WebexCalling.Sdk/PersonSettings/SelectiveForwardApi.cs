using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Selective forward: calls that meet a criteria (callers, schedule) are forwarded. Shared by people, workspaces and virtual lines.
/// </summary>
public class SelectiveForwardApi : CriteriaSettingsApi<SelectiveForward, SelectiveForwardCriteria>
{
    internal SelectiveForwardApi(RestSession session, SettingsOwner owner)
        : base(session, owner, "selectiveForward", WebexJson.Default.SelectiveForward, WebexJson.Default.SelectiveForwardCriteria) { }

    /// <summary>For mocking.</summary>
    protected SelectiveForwardApi() { }

    private protected override SelectiveForward SettingsBody(SelectiveForward settings) => settings with { Criteria = null };

    // The official reference names the voicemail flag destinationVoicemailEnabled in create/update bodies and
    // sendToVoicemailEnabled in answers; wxc_sdk sends only the latter: the official reference wins, both are sent.
    private protected override SelectiveForwardCriteria CriteriaBody(SelectiveForwardCriteria criteria) => criteria with
    {
        Id = null,
        DestinationVoicemailEnabled = criteria.DestinationVoicemailEnabled ?? criteria.SendToVoicemailEnabled,
    };
}
