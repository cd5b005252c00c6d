using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Selective accept: the entity accepts only calls that meet a criteria (callers, schedule). Shared by people, workspaces and virtual lines.
/// </summary>
public class SelectiveAcceptApi : CriteriaSettingsApi<SelectiveAccept, SelectiveAcceptCriteria>
{
    internal SelectiveAcceptApi(RestSession session, SettingsOwner owner)
        : base(session, owner, "selectiveAccept", WebexJson.Default.SelectiveAccept, WebexJson.Default.SelectiveAcceptCriteria) { }

    /// <summary>For mocking.</summary>
    protected SelectiveAcceptApi() { }

    private protected override SelectiveAccept SettingsBody(SelectiveAccept settings) => settings with { Criteria = null };

    private protected override SelectiveAcceptCriteria CriteriaBody(SelectiveAcceptCriteria criteria) => criteria with { Id = null };
}
