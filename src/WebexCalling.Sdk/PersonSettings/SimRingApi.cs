using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Simultaneous ring: further numbers ring together with the entity's phones, for calls that meet the criteria. Shared by people, workspaces and virtual lines.
/// </summary>
public class SimRingApi : CriteriaSettingsApi<SimRing, SimRingCriteria>
{
    internal SimRingApi(RestSession session, SettingsOwner owner)
        : base(session, owner, "simultaneousRing", WebexJson.Default.SimRing, WebexJson.Default.SimRingCriteria) { }

    /// <summary>For mocking.</summary>
    protected SimRingApi() { }

    private protected override SimRing SettingsBody(SimRing settings) => settings with { Criteria = null, PhoneNumbers = settings.PhoneNumbers?.Select(WithoutRetiredField).ToList() };

    private protected override SimRingCriteria CriteriaBody(SimRingCriteria criteria) => criteria with { Id = null };

    // Webex renamed answerConfirmationEnabled to answerConfirmationRequiredEnabled (2024) and still returns both; sending
    // the old name back could contradict a changed new one, so it is left out (as wxc_sdk does)
    private static SimRingNumber WithoutRetiredField(SimRingNumber number)
    {
        if (number.ExtensionData is not { } extra || !extra.ContainsKey("answerConfirmationEnabled")) return number;
        var kept = new Dictionary<string, System.Text.Json.JsonElement>(extra);
        kept.Remove("answerConfirmationEnabled");
        return number with { ExtensionData = kept.Count == 0 ? null : kept };
    }
}
