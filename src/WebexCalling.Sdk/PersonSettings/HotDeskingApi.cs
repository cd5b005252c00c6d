using System.Text.Json.Nodes;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Hot-desking lines of a person: the members whose lines appear when the person logs in to a hot desk as a guest.
/// </summary>
public class HotDeskingApi : SettingsApiChild
{
    private const string Feature = "hotDesking";

    internal HotDeskingApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected HotDeskingApi() { }

    /// <summary>Lists the members that can be added to the person's hot-desking lines, fetching pages as you enumerate.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="locationId">Only members of this location.</param>
    /// <param name="memberName">Only members whose name matches.</param>
    /// <param name="phoneNumber">Only members whose number matches.</param>
    /// <param name="extension">Only members whose extension matches.</param>
    /// <param name="order">Sort keys, e.g. <c>lname</c>, <c>fname</c>; sent comma-separated.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The available members.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<HotDeskingAvailableMember> AvailableMembersAsync(string personId, string? locationId = null,
        string? memberName = null, string? phoneNumber = null, string? extension = null, IEnumerable<string>? order = null,
        string? orgId = null, CancellationToken cancellationToken = default)
    {
        string url = FeatureUrl(personId, Feature, "availableMembers");
        var query = new Query
        {
            ["orgId"] = orgId,
            ["locationId"] = locationId,
            ["memberName"] = memberName,
            ["phoneNumber"] = phoneNumber,
            ["extension"] = extension,
            ["order"] = order,
        };
        return Session.PaginateAsync(url, query, WebexJson.Default.HotDeskingAvailableMember, "members", cancellationToken);
    }

    /// <summary>Reads the members on the person's hot-desking lines.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The members and the line limit.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<HotDeskingMembers> GetMembersAsync(string personId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(FeatureUrl(personId, Feature, "members"), OrgQuery(orgId), WebexJson.Default.HotDeskingMembers, cancellationToken);

    /// <summary>
    /// Replaces the members on the person's hot-desking lines. As wxc_sdk does: only the assignable fields are sent;
    /// a member without a port gets the next free one in list order; the line weight defaults to 1; the person
    /// itself is the primary owner.
    /// </summary>
    /// <param name="personId">The person.</param>
    /// <param name="members">The members, e.g. from <see cref="GetMembersAsync"/> with changes.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateMembersAsync(string personId, IReadOnlyList<HotDeskingMember> members, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = FeatureUrl(personId, Feature, "members");
        ArgumentNullException.ThrowIfNull(members);
        var forUpdate = new List<HotDeskingMember>(members.Count);
        int port = 1;
        foreach (var member in members)
        {
            ArgumentNullException.ThrowIfNull(member, nameof(members));
            int weight = member.LineWeight ?? 1;
            forUpdate.Add(member with
            {
                // read-only or descriptive: not sent
                FirstName = null,
                LastName = null,
                PhoneNumber = null,
                Extension = null,
                RoutingPrefix = null,
                Esn = null,
                HostIp = null,
                RemoteIp = null,
                Location = null,
                Port = member.Port ?? port,
                LineWeight = weight,
                PrimaryOwner = member.Id == personId,
            });
            port += weight;
        }
        var body = new JsonObject
        {
            ["members"] = ResponseFields.Node<IReadOnlyList<HotDeskingMember>>(forUpdate,
            WebexJson.Default.IReadOnlyListHotDeskingMember)
        };
        return Session.PutAsync(url, OrgQuery(orgId), body, WebexJson.Default.JsonObject, cancellationToken);
    }
}
