using System.Text.Json.Serialization.Metadata;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Base of the settings that act on calls matching criteria (selective accept, forward and reject, simultaneous
/// ring): the setting itself at <c>telephony/config/{owner}/{id}/{feature}</c> and its criteria below
/// <c>…/{feature}/criteria</c>. Shared by people, workspaces and virtual lines.
/// </summary>
/// <remarks>
/// The subclasses are generated from tools/api/person-settings (their members described there with
/// <c>inherited: true</c>); their constructors pass the feature and the body rules of those descriptions.
/// </remarks>
/// <typeparam name="TSettings">The setting, with a summary of its criteria.</typeparam>
/// <typeparam name="TCriteria">One criteria: who calls, when, and what happens.</typeparam>
public abstract class CriteriaSettingsApi<TSettings, TCriteria> : SettingsApiChild
    where TSettings : class
    where TCriteria : class
{
    private readonly string _feature = "";
    private readonly JsonTypeInfo<TSettings> _settingsType = null!;
    private readonly JsonTypeInfo<TCriteria> _criteriaType = null!;
    private readonly BodyRules _configureBody = BodyRules.None;
    private readonly BodyRules _createCriteriaBody = BodyRules.None;
    private readonly BodyRules _configureCriteriaBody = BodyRules.None;

    /// <param name="session">The session.</param>
    /// <param name="owner">The owner kind.</param>
    /// <param name="feature">The feature's path segment, <c>selectiveAccept</c>.</param>
    /// <param name="settingsType">Metadata of the setting.</param>
    /// <param name="criteriaType">Metadata of one criteria.</param>
    /// <param name="configureBody">What <see cref="ConfigureAsync"/> leaves out (the criteria list, read-only fields).</param>
    /// <param name="createCriteriaBody">What <see cref="CreateCriteriaAsync"/> leaves out (the id, ...).</param>
    /// <param name="configureCriteriaBody">What <see cref="ConfigureCriteriaAsync"/> leaves out (the id, ...).</param>
    private protected CriteriaSettingsApi(RestSession session, SettingsOwner owner, string feature,
        JsonTypeInfo<TSettings> settingsType, JsonTypeInfo<TCriteria> criteriaType, BodyRules configureBody,
        BodyRules createCriteriaBody, BodyRules configureCriteriaBody) : base(session, owner)
    {
        _feature = feature;
        _settingsType = settingsType;
        _criteriaType = criteriaType;
        _configureBody = configureBody;
        _createCriteriaBody = createCriteriaBody;
        _configureCriteriaBody = configureCriteriaBody;
    }

    /// <summary>For mocking.</summary>
    protected CriteriaSettingsApi() { }

    /// <summary>Reads the setting with a summary of its criteria.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The setting.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<TSettings> ReadAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(ConfigPath(Id(entityId), _feature), OrgQuery(orgId), _settingsType, cancellationToken);

    /// <summary>Changes the setting.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="settings">The new setting, typically a read changed with <c>with</c>; the criteria, read-only and null properties are not sent.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureAsync(string entityId, TSettings settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var body = RequestBody.Of(settings, _settingsType, _configureBody);
        return Session.PutAsync(ConfigPath(Id(entityId), _feature), OrgQuery(orgId), body, PersonSettingsJson.Default.JsonNode,
            cancellationToken);
    }

    /// <summary>Reads one criteria.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="id">The criteria.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The criteria.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<TCriteria> ReadCriteriaAsync(string entityId, string id, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        Session.GetAsync(CriteriaUrl(Id(entityId), Id(id)), OrgQuery(orgId), _criteriaType, cancellationToken);

    /// <summary>Changes one criteria.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="id">The criteria.</param>
    /// <param name="settings">The new criteria; its id is not sent.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task ConfigureCriteriaAsync(string entityId, string id, TCriteria settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var body = RequestBody.Of(settings, _criteriaType, _configureCriteriaBody);
        return Session.PutAsync(CriteriaUrl(Id(entityId), Id(id)), OrgQuery(orgId), body, PersonSettingsJson.Default.JsonNode,
            cancellationToken);
    }

    /// <summary>Creates a criteria.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="settings">The criteria; its id is not sent. Without schedule name and type it applies at all times.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new criteria's id.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string> CreateCriteriaAsync(string entityId, TCriteria settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var body = RequestBody.Of(settings, _criteriaType, _createCriteriaBody);
        var answer = await Session.PostAsync(CriteriaUrl(Id(entityId)), OrgQuery(orgId), body, PersonSettingsJson.Default.JsonNode,
            PersonSettingsJson.Default.JsonElement, cancellationToken).ConfigureAwait(false);
        return ResponseFields.CreatedId(answer);
    }

    /// <summary>Deletes a criteria.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="id">The criteria.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:people_write</c>.</remarks>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task DeleteCriteriaAsync(string entityId, string id, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        Session.DeleteAsync(CriteriaUrl(Id(entityId), Id(id)), OrgQuery(orgId), cancellationToken);

    // people, workspaces and virtual lines all serve these features below telephony/config (wxc_sdk remaps people and workspaces)
    private string CriteriaUrl(string entity, string? criterion = null)
    {
        // both escaped by Id() at the call, so that a bad id names the caller's parameter
        string criteria = ConfigPath(entity, _feature + "/criteria");
        return criterion is null ? criteria : criteria + "/" + criterion;
    }
}
