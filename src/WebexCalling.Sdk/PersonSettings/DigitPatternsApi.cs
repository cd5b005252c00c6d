using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// The digit patterns of outgoing permissions: patterns whose action overrides the call type permissions for the
/// numbers they match. Shared by people, workspaces, locations and virtual lines.
/// </summary>
public class DigitPatternsApi : SettingsApiChild
{
    internal DigitPatternsApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected DigitPatternsApi() { }

    // every owner kind serves digit patterns below telephony/config (wxc_sdk remaps people and workspaces there)
    private string PatternsUrl(string entityId, params string[] segments) =>
        ConfigUrl(entityId, ["outgoingPermission", "digitPatterns", .. segments]);

    /// <summary>Reads the digit patterns and whether the entity uses its own.</summary>
    /// <param name="entityId">The person (or workspace, location, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The digit patterns.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<DigitPatterns> GetDigitPatternsAsync(string entityId, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        Session.GetAsync(PatternsUrl(entityId), OrgQuery(orgId), WebexJson.Default.DigitPatterns, cancellationToken);

    /// <summary>Reads one digit pattern.</summary>
    /// <param name="entityId">The person (or workspace, location, virtual line).</param>
    /// <param name="digitPatternId">The digit pattern.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The digit pattern.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<DigitPattern> DetailsAsync(string entityId, string digitPatternId, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(digitPatternId);
        return Session.GetAsync(PatternsUrl(entityId, digitPatternId), OrgQuery(orgId), WebexJson.Default.DigitPattern,
            cancellationToken);
    }

    /// <summary>Creates a digit pattern.</summary>
    /// <param name="entityId">The person (or workspace, location, virtual line).</param>
    /// <param name="pattern">The new pattern; its <see cref="DigitPattern.Id"/> is not sent.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new digit pattern's id.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string> CreateAsync(string entityId, DigitPattern pattern, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var answer = await Session.PostAsync(PatternsUrl(entityId), OrgQuery(orgId), pattern with { Id = null },
            WebexJson.Default.DigitPattern, WebexJson.Default.JsonElement, cancellationToken).ConfigureAwait(false);
        return ResponseFields.CreatedId(answer);
    }

    /// <summary>Switches the entity's own digit patterns on or off.</summary>
    /// <param name="entityId">The person (or workspace, location, virtual line).</param>
    /// <param name="useCustomDigitPatterns">True to use the entity's own digit patterns; null sends an empty change.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateCategoryControlSettingsAsync(string entityId, bool? useCustomDigitPatterns = null,
        string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.PutAsync(PatternsUrl(entityId), OrgQuery(orgId), new DigitPatterns { UseCustomDigitPatterns = useCustomDigitPatterns },
            WebexJson.Default.DigitPatterns, cancellationToken);

    /// <summary>Changes a digit pattern.</summary>
    /// <param name="entityId">The person (or workspace, location, virtual line).</param>
    /// <param name="digitPatternId">The digit pattern (wxc_sdk takes it from the settings' id).</param>
    /// <param name="settings">The new settings; <see cref="DigitPattern.Id"/> and null properties are not sent.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateAsync(string entityId, string digitPatternId, DigitPattern settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(digitPatternId);
        ArgumentNullException.ThrowIfNull(settings);
        return Session.PutAsync(PatternsUrl(entityId, digitPatternId), OrgQuery(orgId), settings with { Id = null },
            WebexJson.Default.DigitPattern, cancellationToken);
    }

    /// <summary>Deletes a digit pattern.</summary>
    /// <param name="entityId">The person (or workspace, location, virtual line).</param>
    /// <param name="digitPatternId">The digit pattern.</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task DeleteAsync(string entityId, string digitPatternId, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(digitPatternId);
        return Session.DeleteAsync(PatternsUrl(entityId, digitPatternId), OrgQuery(orgId), cancellationToken);
    }

    /// <summary>Deletes all digit patterns of the entity.</summary>
    /// <param name="entityId">The person (or workspace, location, virtual line).</param>
    /// <param name="orgId">The entity's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task DeleteAllAsync(string entityId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.DeleteAsync(PatternsUrl(entityId), OrgQuery(orgId), cancellationToken);
}
