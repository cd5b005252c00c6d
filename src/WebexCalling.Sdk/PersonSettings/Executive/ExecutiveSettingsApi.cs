using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings.Executive;

// The members generated from tools/api/person-settings/executive.yml are in ExecutiveSettingsApi.g.cs.
public partial class ExecutiveSettingsApi
{
    /// <summary>Lists the people who can be assigned as the executive's assistants, reading every page.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="name">Only people whose name matches.</param>
    /// <param name="phoneNumber">Only people whose number or extension matches.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The available assistants.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is empty or not an id.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<IReadOnlyList<ExecOrAssistant>> ExecutiveAvailableAssistantsAsync(string personId, string? name = null,
        string? phoneNumber = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        string url = ConfigPath(Id(personId), "executive/availableAssistants");
        var query = new Query { ["name"] = name, ["phoneNumber"] = phoneNumber, ["orgId"] = orgId };
        // the 2026 reference pages this list (start/max, Link rel="next"); wxc_sdk reads only the first page
        var assistants = new List<ExecOrAssistant>();
        await foreach (var assistant in Session.PaginateAsync(url, query, ExecutiveJson.Default.ExecOrAssistant, "assistants",
                           cancellationToken).ConfigureAwait(false))
            assistants.Add(assistant);
        return assistants;
    }
}
