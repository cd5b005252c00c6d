using System.Text.Json.Nodes;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

// The members generated from tools/api/person-settings/hot-desking.yml are in HotDeskingApi.g.cs.
public partial class HotDeskingApi
{
    /// <summary>
    /// Replaces the members on the person's hot-desking lines. As wxc_sdk does: only the assignable fields are sent;
    /// a member without a port gets the next free one in list order; the line weight defaults to 1; the person
    /// itself is the primary owner. The member type is sent as the update takes it: <c>USER</c>, <c>PLACE</c>,
    /// <c>VIRTUAL_PROFILE</c> for what a read calls <see cref="UserType.People"/>, <see cref="UserType.Place"/>,
    /// <see cref="UserType.VirtualLine"/>.
    /// </summary>
    /// <param name="personId">The person.</param>
    /// <param name="members">The members, e.g. from <see cref="GetMembersAsync"/> with changes.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is empty or not an id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateMembersAsync(string personId, IReadOnlyList<HotDeskingMember> members, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = FeaturePath(Id(personId), "hotDesking/members");
        ArgumentNullException.ThrowIfNull(members);
        var forUpdate = new List<HotDeskingMember>(members.Count);
        int port = 1;
        foreach (var member in members)
        {
            ArgumentNullException.ThrowIfNull(member, nameof(members));
            int weight = member.LineWeight ?? 1;
            // the assignable fields (wxc_sdk's HotDeskingMember.update); names, numbers, addresses and location are read-only
            forUpdate.Add(new HotDeskingMember
            {
                Id = member.Id,
                Port = member.Port ?? port,
                PrimaryOwner = member.Id == personId,
                LineType = member.LineType,
                LineWeight = weight,
                T38FaxCompressionEnabled = member.T38FaxCompressionEnabled,
                HotlineEnabled = member.HotlineEnabled,
                HotlineDestination = member.HotlineDestination,
                AllowCallDeclineEnabled = member.AllowCallDeclineEnabled,
                MemberType = member.MemberType is { } type ? ForUpdate(type) : null,
                ExtensionData = member.ExtensionData,
            });
            port += weight;
        }
        var body = new JsonObject
        {
            ["members"] = JsonBody.Node<IReadOnlyList<HotDeskingMember>>(forUpdate,
            PersonSettingsJson.Default.IReadOnlyListHotDeskingMember)
        };
        return Session.PutAsync(url, OrgQuery(orgId), body, PersonSettingsJson.Default.JsonObject, cancellationToken);
    }

    // the update names the member types differently from the reads (wxc_sdk's HotDeskingPutMemberType, from the
    // official spec); other values go back as they are
    private static UserType ForUpdate(UserType type) =>
        type == UserType.People ? UserType.FromWire("USER")
        : type == UserType.VirtualLine ? UserType.FromWire("VIRTUAL_PROFILE")
        : type;
}
