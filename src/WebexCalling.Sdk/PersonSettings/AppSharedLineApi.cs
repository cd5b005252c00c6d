using System.Text.Json.Nodes;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

// The members generated from tools/api/person-settings/app-shared-line.yml are in AppSharedLineApi.g.cs.
public partial class AppSharedLineApi
{
    /// <summary>Counts the members that can be put on a shared line of the person's applications.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="locationId">Only members of this location.</param>
    /// <param name="memberName">Only members whose name matches.</param>
    /// <param name="phoneNumber">Only members whose number matches.</param>
    /// <param name="extension">Only members whose extension matches.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The number of available members.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is empty or not an id.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<int> MembersCountAsync(string personId, string? locationId = null, string? memberName = null,
        string? phoneNumber = null, string? extension = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        // wxc_sdk builds this URL with the base path twice; the path here is the one its endpoint table names
        string url = ConfigPath(Id(personId), "applications/availableMembers/count");
        var query = new Query
        {
            ["locationId"] = locationId,
            ["memberName"] = memberName,
            ["phoneNumber"] = phoneNumber,
            ["extension"] = extension,
            ["orgId"] = orgId,
        };
        var answer = await Session.GetAsync(url, query, PersonSettingsJson.Default.JsonElement, cancellationToken).ConfigureAwait(false);
        return answer.TryGetProperty("totalCount", out var count) && count.TryGetInt32(out int n) ? n : 0;
    }

    /// <summary>Reads the members on the shared lines of the person's applications, in port order.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The members and the application's line limit.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is empty or not an id.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<AppSharedLineMembers> GetMembersAsync(string personId, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        var members = await Session.GetAsync(ConfigPath(Id(personId), "applications/members"), OrgQuery(orgId),
            PersonSettingsJson.Default.AppSharedLineMembers, cancellationToken).ConfigureAwait(false);
        // in port order, as wxc_sdk sorts them
        return members.Members is null ? members : members with { Members = [.. members.Members.OrderBy(m => m.Port ?? int.MaxValue)] };
    }

    /// <summary>
    /// Replaces the members on the shared lines of the person's applications. Ports are assigned in list order
    /// (each member takes <see cref="AppSharedLineMember.LineWeight"/> ports), and only the assignable fields are sent:
    /// id, port, primary owner, line type, line weight, line label and call decline.
    /// </summary>
    /// <param name="personId">The person.</param>
    /// <param name="members">The members, assigned or found by <see cref="SearchMembersAsync"/>; empty removes all shared lines.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is empty or not an id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateMembersAsync(string personId, IReadOnlyList<AppSharedLineMember> members, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = ConfigPath(Id(personId), "applications/members");
        ArgumentNullException.ThrowIfNull(members);
        var forUpdate = new List<AppSharedLineMember>(members.Count);
        int port = 1;
        foreach (var member in members)
        {
            ArgumentNullException.ThrowIfNull(member, nameof(members));
            int weight = member.LineWeight ?? 1;
            // the assignable fields (the 2026 request schema), with wxc_sdk's DeviceMember defaults, which it sends
            forUpdate.Add(new AppSharedLineMember
            {
                MemberId = member.MemberId,
                Port = port,
                PrimaryOwner = member.PrimaryOwner ?? false,
                LineType = member.LineType ?? SettingsLineType.Primary,
                LineWeight = weight,
                LineLabel = member.LineLabel,
                AllowCallDeclineEnabled = member.AllowCallDeclineEnabled ?? true,
                ExtensionData = member.ExtensionData,
            });
            port += weight;
        }
        var body = new JsonObject
        {
            ["members"] = JsonBody.Node<IReadOnlyList<AppSharedLineMember>>(forUpdate,
            PersonSettingsJson.Default.IReadOnlyListAppSharedLineMember)
        };
        return Session.PutAsync(url, OrgQuery(orgId), body, PersonSettingsJson.Default.JsonObject, cancellationToken);
    }
}
