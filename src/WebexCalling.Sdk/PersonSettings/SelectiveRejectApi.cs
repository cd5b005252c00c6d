using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Selective reject: the entity rejects calls that meet a criteria (callers, schedule); this takes precedence over selective accept. Shared by people, workspaces and virtual lines.
/// </summary>
public class SelectiveRejectApi : CriteriaSettingsApi<SelectiveReject, SelectiveRejectCriteria>
{
    internal SelectiveRejectApi(RestSession session, SettingsOwner owner)
        : base(session, owner, "selectiveReject", WebexJson.Default.SelectiveReject, WebexJson.Default.SelectiveRejectCriteria) { }

    /// <summary>For mocking.</summary>
    protected SelectiveRejectApi() { }

    private protected override SelectiveReject SettingsBody(SelectiveReject settings) => settings with { Criteria = null };

    private protected override SelectiveRejectCriteria CriteriaBody(SelectiveRejectCriteria criteria) => criteria with { Id = null };
}
