using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>
/// Call forwarding of a feature (call queue; the same endpoints serve hunt groups and auto attendants): always,
/// selective with rules, and by operating mode.
/// </summary>
/// <remarks>
/// Changing a selective rule's name changes its id. Scopes: <c>spark-admin:telephony_config_read</c>,
/// <c>spark-admin:telephony_config_write</c>.
/// </remarks>
public class ForwardingApi : ApiChild
{
    private readonly string _feature = "";

    /// <param name="session">The session.</param>
    /// <param name="feature">The feature's URL segment: <c>queues</c>, <c>huntGroups</c> or <c>autoAttendants</c>.</param>
    internal ForwardingApi(RestSession session, string feature) : base(session, "telephony/config/locations")
    {
        _feature = feature;
    }

    /// <summary>For mocking.</summary>
    protected ForwardingApi() { }

    /// <summary>Reads the forwarding settings of a feature, with its selective rules.</summary>
    /// <param name="locationId">The feature's location.</param>
    /// <param name="featureId">The feature (e.g. the call queue).</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings inside Webex's <c>callForwarding</c> envelope.</returns>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<CallForwarding> SettingsAsync(string locationId, string featureId, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        var answer = await Session.GetAsync(ForwardingUrl(locationId, featureId), OrgQuery(orgId),
            WebexJson.Default.CallForwardingSettings, cancellationToken).ConfigureAwait(false);
        return answer.CallForwarding ?? new CallForwarding();
    }

    /// <summary>
    /// Updates the forwarding settings of a feature. The fields set are sent; rules carry only their id and
    /// <c>enabled</c>, operating modes without their read-only fields.
    /// </summary>
    /// <param name="locationId">The feature's location.</param>
    /// <param name="featureId">The feature.</param>
    /// <param name="forwarding">The settings, e.g. those read and changed with <c>with</c>.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateAsync(string locationId, string featureId, CallForwarding forwarding, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(forwarding);
        var body = new CallForwardingSettings { CallForwarding = forwarding.ForUpdate() };
        return Session.PutAsync(ForwardingUrl(locationId, featureId), OrgQuery(orgId), body,
            WebexJson.Default.CallForwardingSettings, cancellationToken);
    }

    /// <summary>Creates a selective forwarding rule and returns its id.</summary>
    /// <param name="locationId">The feature's location.</param>
    /// <param name="featureId">The feature.</param>
    /// <param name="forwardingRule">The rule; its id is not sent.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new rule's id.</returns>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string> CreateCallForwardingRuleAsync(string locationId, string featureId,
        ForwardingRuleDetails forwardingRule, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(forwardingRule);
        var created = await Session.PostAsync(ForwardingUrl(locationId, featureId, "selectiveRules"), OrgQuery(orgId),
            forwardingRule.ForUpdate(), WebexJson.Default.ForwardingRuleDetails, WebexJson.Default.IdAndName,
            cancellationToken).ConfigureAwait(false);
        return created.Id ?? "";
    }

    /// <summary>Reads a selective forwarding rule.</summary>
    /// <param name="locationId">The feature's location.</param>
    /// <param name="featureId">The feature.</param>
    /// <param name="ruleId">The rule.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<ForwardingRuleDetails> CallForwardingRuleAsync(string locationId, string featureId, string ruleId,
        string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ruleId);
        return Session.GetAsync(ForwardingUrl(locationId, featureId, "selectiveRules", ruleId), OrgQuery(orgId),
            WebexJson.Default.ForwardingRuleDetails, cancellationToken);
    }

    /// <summary>Updates a selective forwarding rule and returns its id, which changes when the name changes.</summary>
    /// <param name="locationId">The feature's location.</param>
    /// <param name="featureId">The feature.</param>
    /// <param name="ruleId">The rule.</param>
    /// <param name="forwardingRule">The rule's new values; its id is not sent.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The rule's (possibly new) id.</returns>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string> UpdateCallForwardingRuleAsync(string locationId, string featureId, string ruleId,
        ForwardingRuleDetails forwardingRule, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ruleId);
        ArgumentNullException.ThrowIfNull(forwardingRule);
        var updated = await Session.PutAsync(ForwardingUrl(locationId, featureId, "selectiveRules", ruleId),
            OrgQuery(orgId), forwardingRule.ForUpdate(), WebexJson.Default.ForwardingRuleDetails,
            WebexJson.Default.IdAndName, cancellationToken).ConfigureAwait(false);
        return updated.Id ?? "";
    }

    /// <summary>Deletes a selective forwarding rule.</summary>
    /// <param name="locationId">The feature's location.</param>
    /// <param name="featureId">The feature.</param>
    /// <param name="ruleId">The rule.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task DeleteCallForwardingRuleAsync(string locationId, string featureId, string ruleId,
        string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ruleId);
        return Session.DeleteAsync(ForwardingUrl(locationId, featureId, "selectiveRules", ruleId), OrgQuery(orgId),
            cancellationToken);
    }

    /// <summary>Switches the feature's current operating mode back to the one its schedule defines.</summary>
    /// <param name="locationId">The feature's location.</param>
    /// <param name="featureId">The feature.</param>
    /// <param name="orgId">The organization, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task SwitchModeForCallForwardingAsync(string locationId, string featureId, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        var url = Session.BuildUrl(ForwardingUrl(locationId, featureId, "actions", "switchMode", "invoke"), OrgQuery(orgId));
        using var response = await Session.SendAsync(HttpMethod.Post, url, null, cancellationToken).ConfigureAwait(false);
    }

    private string ForwardingUrl(string locationId, string featureId, params string[] segments)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        ArgumentException.ThrowIfNullOrEmpty(featureId);
        return Url([locationId, _feature, featureId, "callForwarding", .. segments]);
    }

    private static Query OrgQuery(string? orgId) => new() { ["orgId"] = orgId };
}
