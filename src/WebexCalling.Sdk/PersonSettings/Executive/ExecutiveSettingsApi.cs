using System.Text.Json.Nodes;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings.Executive;

/// <summary>
/// Executive and executive-assistant settings of a person: how the executive's calls alert assistants, which calls
/// are filtered to assistants (and by which criteria), call screening, the assigned assistants, and an assistant's
/// own settings.
/// </summary>
public class ExecutiveSettingsApi : SettingsApiChild
{
    private const string Feature = "executive";

    internal ExecutiveSettingsApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected ExecutiveSettingsApi() { }

    /// <summary>Reads how the executive's calls alert the assistants.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The alert settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<ExecAlert> AlertSettingsAsync(string personId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(ConfigUrl(personId, Feature, "alert"), OrgQuery(orgId), WebexJson.Default.ExecAlert, cancellationToken);

    /// <summary>Updates how the executive's calls alert the assistants; fields left null are not sent.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="settings">The settings, e.g. as read, with changes.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public virtual Task UpdateAlertSettingsAsync(string personId, ExecAlert settings, string? orgId = null, CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(personId, Feature, "alert");
        ArgumentNullException.ThrowIfNull(settings);
        return Session.PutAsync(url, OrgQuery(orgId), settings, WebexJson.Default.ExecAlert, cancellationToken);
    }

    /// <summary>Reads the assistants assigned to the executive.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The assistants.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<IReadOnlyList<ExecOrAssistant>> AssignedAssistantsAsync(string personId, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        var answer = await Session.GetAsync(ConfigUrl(personId, Feature, "assignedAssistants"), OrgQuery(orgId),
            WebexJson.Default.JsonElement, cancellationToken).ConfigureAwait(false);
        return ResponseFields.List(answer, "assistants", WebexJson.Default.IReadOnlyListExecOrAssistant);
    }

    /// <summary>Replaces the assistants assigned to the executive.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="assistantIds">The assistants' person ids; null removes all assistants (sent as an explicit null).</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateAssignedAssistantsAsync(string personId, IEnumerable<string>? assistantIds, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(personId, Feature, "assignedAssistants");
        // wxc_sdk leaves assistantIds out when None; the Webex reference removes all assistants with an explicit null
        var body = new JsonObject { ["assistantIds"] = assistantIds is null ? null : ResponseFields.Array(assistantIds) };
        return Session.PutAsync(url, OrgQuery(orgId), body, WebexJson.Default.JsonObject, cancellationToken);
    }

    /// <summary>Reads the settings of an assistant: forwarding of filtered calls and the executives served.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The assistant settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<AssistantSettings> ExecutiveAssistantSettingsAsync(string personId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(ConfigUrl(personId, Feature, "assistant"), OrgQuery(orgId), WebexJson.Default.AssistantSettings, cancellationToken);

    /// <summary>Updates the settings of an assistant; of each executive only the id (as <c>personId</c>) and opt-in are sent.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="settings">The settings, e.g. as read, with changes.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public virtual Task UpdateExecutiveAssistantSettingsAsync(string personId, AssistantSettings settings, string? orgId = null, CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(personId, Feature, "assistant");
        ArgumentNullException.ThrowIfNull(settings);
        var body = ResponseFields.Node(settings with { Executives = null }, WebexJson.Default.AssistantSettings)!.AsObject();
        if (settings.Executives is not null)
        {
            // wxc_sdk sends each executive's id as "id"; the Webex reference's request schema (ExecutivePut) names it personId
            var executives = new JsonArray();
            foreach (var executive in settings.Executives)
            {
                var item = new JsonObject { ["personId"] = executive.Id };
                if (executive.OptInEnabled is not null) item["optInEnabled"] = executive.OptInEnabled;
                executives.Add((JsonNode)item);
            }
            body["executives"] = executives;
        }
        return Session.PutAsync(url, OrgQuery(orgId), body, WebexJson.Default.JsonObject, cancellationToken);
    }

    /// <summary>Lists the people who can be assigned as the executive's assistants.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="name">Only people whose name matches.</param>
    /// <param name="phoneNumber">Only people whose number matches.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The available assistants.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<IReadOnlyList<ExecOrAssistant>> ExecutiveAvailableAssistantsAsync(string personId, string? name = null,
        string? phoneNumber = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(personId, Feature, "availableAssistants");
        var query = new Query { ["orgId"] = orgId, ["name"] = name, ["phoneNumber"] = phoneNumber };
        var answer = await Session.GetAsync(url, query, WebexJson.Default.JsonElement, cancellationToken).ConfigureAwait(false);
        return ResponseFields.List(answer, "assistants", WebexJson.Default.IReadOnlyListExecOrAssistant);
    }

    /// <summary>Reads the executive's call filtering settings and criteria.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The call filtering settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<ExecCallFiltering> ExecutiveCallFilteringSettingsAsync(string personId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(ConfigUrl(personId, Feature, "callFiltering"), OrgQuery(orgId), WebexJson.Default.ExecCallFiltering, cancellationToken);

    /// <summary>Updates the executive's call filtering; the criteria are sent as <c>criteriaActivation</c> with only their id and activation, as wxc_sdk does.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="settings">The settings, e.g. as read, with changes.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public virtual Task UpdateExecutiveCallFilteringSettingsAsync(string personId, ExecCallFiltering settings, string? orgId = null, CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(personId, Feature, "callFiltering");
        ArgumentNullException.ThrowIfNull(settings);
        var body = ResponseFields.Node(settings with { Criteria = null }, WebexJson.Default.ExecCallFiltering)!.AsObject();
        if (settings.Criteria is not null)
        {
            IReadOnlyList<ExecCallFilteringCriteriaItem> activation =
                [.. settings.Criteria.Select(c => new ExecCallFilteringCriteriaItem { Id = c.Id, ActivationEnabled = c.ActivationEnabled })];
            body["criteriaActivation"] = ResponseFields.Node(activation, WebexJson.Default.IReadOnlyListExecCallFilteringCriteriaItem);
        }
        return Session.PutAsync(url, OrgQuery(orgId), body, WebexJson.Default.JsonObject, cancellationToken);
    }

    /// <summary>Creates a call filtering criterion for the executive.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="settings">The criterion; its <see cref="ExecCallFilteringCriteria.Id"/> is not sent.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The id of the new criterion.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public virtual async Task<string?> CreateCallFilteringCriteriaAsync(string personId, ExecCallFilteringCriteria settings,
        string? orgId = null, CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(personId, Feature, "callFiltering", "criteria");
        ArgumentNullException.ThrowIfNull(settings);
        var answer = await Session.PostAsync(url, OrgQuery(orgId), settings with { Id = null }, WebexJson.Default.ExecCallFilteringCriteria,
            WebexJson.Default.JsonElement, cancellationToken).ConfigureAwait(false);
        return ResponseFields.String(answer, "id");
    }

    /// <summary>Deletes a call filtering criterion of the executive.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="id">The criterion id.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> or <paramref name="id"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task DeleteCallFilteringCriteriaAsync(string personId, string id, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Session.DeleteAsync(ConfigUrl(personId, Feature, "callFiltering", "criteria", id), OrgQuery(orgId), cancellationToken);
    }

    /// <summary>Reads a call filtering criterion of the executive.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="id">The criterion id.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The criterion.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> or <paramref name="id"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<ExecCallFilteringCriteria> GetFilteringCriteriaAsync(string personId, string id, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Session.GetAsync(ConfigUrl(personId, Feature, "callFiltering", "criteria", id), OrgQuery(orgId),
            WebexJson.Default.ExecCallFilteringCriteria, cancellationToken);
    }

    /// <summary>Updates a call filtering criterion of the executive; fields left null are not sent, nor is the id.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="id">The criterion id.</param>
    /// <param name="settings">The criterion, e.g. as read, with changes.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> or <paramref name="id"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateCallFilteringCriteriaAsync(string personId, string id, ExecCallFilteringCriteria settings,
        string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        string url = ConfigUrl(personId, Feature, "callFiltering", "criteria", id);
        ArgumentNullException.ThrowIfNull(settings);
        return Session.PutAsync(url, OrgQuery(orgId), settings with { Id = null }, WebexJson.Default.ExecCallFilteringCriteria,
            cancellationToken);
    }

    /// <summary>Reads the executive's call screening settings.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The screening settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<ExecScreening> ScreeningSettingsAsync(string personId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(ConfigUrl(personId, Feature, "screening"), OrgQuery(orgId), WebexJson.Default.ExecScreening, cancellationToken);

    /// <summary>Updates the executive's call screening settings; fields left null are not sent.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="settings">The settings, e.g. as read, with changes.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public virtual Task UpdateScreeningSettingsAsync(string personId, ExecScreening settings, string? orgId = null, CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(personId, Feature, "screening");
        ArgumentNullException.ThrowIfNull(settings);
        return Session.PutAsync(url, OrgQuery(orgId), settings, WebexJson.Default.ExecScreening, cancellationToken);
    }
}
