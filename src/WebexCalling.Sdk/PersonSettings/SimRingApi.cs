using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Simultaneous ring: further numbers ring together with the entity's phones, for calls that meet the criteria. Shared by people, workspaces and virtual lines.
/// </summary>
public class SimRingApi : SettingsApiChild
{
    private const string Feature = "simultaneousRing";

    internal SimRingApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected SimRingApi() { }

    // people, workspaces and virtual lines all serve this feature below telephony/config (wxc_sdk remaps people and workspaces)
    private string CriteriaUrl(string entityId, string? id = null)
    {
        if (id is not null) ArgumentException.ThrowIfNullOrEmpty(id);
        return id is null ? ConfigUrl(entityId, Feature, "criteria") : ConfigUrl(entityId, Feature, "criteria", id);
    }

    /// <summary>Reads the simultaneous ring settings with a summary of their criteria.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<SimRing> ReadAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(ConfigUrl(entityId, Feature), OrgQuery(orgId), WebexJson.Default.SimRing, cancellationToken);

    /// <summary>Changes the simultaneous ring settings.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="settings">The new settings; the criteria and null properties are not sent.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureAsync(string entityId, SimRing settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var body = settings with { Criteria = null, PhoneNumbers = settings.PhoneNumbers?.Select(WithoutRetiredField).ToList() };
        return Session.PutAsync(ConfigUrl(entityId, Feature), OrgQuery(orgId), body, WebexJson.Default.SimRing, cancellationToken);
    }

    // Webex renamed answerConfirmationEnabled to answerConfirmationRequiredEnabled (2024) and still returns both; sending
    // the old name back could contradict a changed new one, so it is left out (as wxc_sdk does)
    private static SimRingNumber WithoutRetiredField(SimRingNumber number)
    {
        if (number.ExtensionData is not { } extra || !extra.ContainsKey("answerConfirmationEnabled")) return number;
        var kept = new Dictionary<string, System.Text.Json.JsonElement>(extra);
        kept.Remove("answerConfirmationEnabled");
        return number with { ExtensionData = kept.Count == 0 ? null : kept };
    }

    /// <summary>Reads a criteria of simultaneous ring.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="id">The criteria.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The criteria.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<SimRingCriteria> ReadCriteriaAsync(string entityId, string id, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Session.GetAsync(CriteriaUrl(entityId, id), OrgQuery(orgId), WebexJson.Default.SimRingCriteria, cancellationToken);
    }

    /// <summary>Changes a criteria of simultaneous ring.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="id">The criteria.</param>
    /// <param name="settings">The new criteria; its id is not sent.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureCriteriaAsync(string entityId, string id, SimRingCriteria settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(settings);
        return Session.PutAsync(CriteriaUrl(entityId, id), OrgQuery(orgId), settings with { Id = null }, WebexJson.Default.SimRingCriteria,
            cancellationToken);
    }

    /// <summary>Creates a criteria of simultaneous ring.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="settings">The criteria; its id is not sent. Without schedule name and type it applies at all times.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new criteria's id.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string> CreateCriteriaAsync(string entityId, SimRingCriteria settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var answer = await Session.PostAsync(CriteriaUrl(entityId), OrgQuery(orgId), settings with { Id = null }, WebexJson.Default.SimRingCriteria,
            WebexJson.Default.JsonElement, cancellationToken).ConfigureAwait(false);
        return CreatedId.Of(answer);
    }

    /// <summary>Deletes a criteria of simultaneous ring.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="id">The criteria.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task DeleteCriteriaAsync(string entityId, string id, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Session.DeleteAsync(CriteriaUrl(entityId, id), OrgQuery(orgId), cancellationToken);
    }
}
