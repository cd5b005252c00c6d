using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.People;

public sealed partial record Person
{
    /// <summary>The person id in UUID form, as Control Hub shows it.</summary>
    [JsonIgnore]
    public string? PersonIdUuid => WebexId.ToUuid(PersonId);
    /// <summary>The person's +E.164 numbers.</summary>
    [JsonIgnore]
    public IReadOnlyList<PhoneNumber> PlusE164 =>
        PhoneNumbers?.Where(n => n.Value?.StartsWith('+') == true).ToList() ?? [];
    /// <summary>The person's first +E.164 number (wxc_sdk: <c>tn</c>), or null.</summary>
    [JsonIgnore]
    public PhoneNumber? Tn => PhoneNumbers?.FirstOrDefault(n => n.Value?.StartsWith('+') == true);
    /// <summary>The body of a create: what wxc_sdk's <c>create_update()</c> sends, without the read-only fields.</summary>
    internal Person ForCreate() => ForUpdate() with { LoginEnabled = null };
    /// <summary>
    /// The body of an update: wxc_sdk's <c>create_update()</c> minus the read-only fields; <c>loginEnabled</c> is kept
    /// because the official reference accepts it on PUT (wxc_sdk leaves it out).
    /// </summary>
    internal Person ForUpdate() => this with
    {
        PersonId = null,
        Created = null,
        LastModified = null,
        Timezone = null,
        LastActivity = null,
        SipAddresses = null,
        XmppFederationJid = null,
        Status = null,
        InvitePending = null,
        PersonType = null,
        Errors = null,
    };
}
