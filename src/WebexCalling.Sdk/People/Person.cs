using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.People;

/// <summary>A Webex user, with calling data (extension, location, numbers) when asked for.</summary>
public sealed record Person
{
    /// <summary>The person's id.</summary>
    [JsonPropertyName("id")] // wxc_sdk: person_id
    public string? PersonId { get; init; }

    /// <summary>Email addresses; today only one is used, the primary one first.</summary>
    public IReadOnlyList<string>? Emails { get; init; }

    /// <summary>Phone numbers.</summary>
    public IReadOnlyList<PhoneNumber>? PhoneNumbers { get; init; }

    /// <summary>The Webex Calling extension, without the location's routing prefix.</summary>
    public string? Extension { get; init; }

    /// <summary>The id of the person's Webex Calling location.</summary>
    public string? LocationId { get; init; }

    /// <summary>Full name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Nickname, if one is configured.</summary>
    public string? NickName { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>URL of the avatar (PNG).</summary>
    public string? Avatar { get; init; }

    /// <summary>The id of the person's organisation.</summary>
    public string? OrgId { get; init; }

    /// <summary>Ids of the roles the person holds.</summary>
    public IReadOnlyList<string>? Roles { get; init; }

    /// <summary>Ids of the licenses assigned to the person.</summary>
    public IReadOnlyList<string>? Licenses { get; init; }

    /// <summary>Department.</summary>
    public string? Department { get; init; }

    /// <summary>Manager's name.</summary>
    public string? Manager { get; init; }

    /// <summary>Manager's person id.</summary>
    public string? ManagerId { get; init; }

    /// <summary>Job title.</summary>
    public string? Title { get; init; }

    /// <summary>Postal addresses.</summary>
    public IReadOnlyList<PersonAddress>? Addresses { get; init; }

    /// <summary>Webex sites where the person is an attendee (<c>mysite.webex.com#attendee</c>).</summary>
    public IReadOnlyList<string>? SiteUrls { get; init; }

    /// <summary>When the person was created (read-only).</summary>
    [JsonConverter(typeof(WebexDateTimeConverter))]
    public DateTimeOffset? Created { get; init; }

    /// <summary>When the person was last changed (read-only).</summary>
    [JsonConverter(typeof(WebexDateTimeConverter))]
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>The person's time zone, if configured (read-only here).</summary>
    public string? Timezone { get; init; }

    /// <summary>Time of the last activity in Webex (read-only; absent when status sharing is off).</summary>
    public string? LastActivity { get; init; }

    /// <summary>SIP addresses (read-only; assigned asynchronously after creation).</summary>
    public IReadOnlyList<SipAddress>? SipAddresses { get; init; }

    /// <summary>XMPP federation id (read-only).</summary>
    public string? XmppFederationJid { get; init; } // official reference; not in wxc_sdk

    /// <summary>Presence status (read-only).</summary>
    public PeopleStatus? Status { get; init; }

    /// <summary>True while the person has not completed account activation (read-only; admins only).</summary>
    public bool? InvitePending { get; init; }

    /// <summary>Whether the person may sign in to Webex (admins only).</summary>
    public bool? LoginEnabled { get; init; }

    /// <summary>The kind of account.</summary>
    [JsonPropertyName("type")] // wxc_sdk: person_type
    public PersonType? PersonType { get; init; }

    /// <summary>User name.</summary>
    public string? UserName { get; init; }

    /// <summary>True when the person has uploaded an avatar.</summary>
    public bool? AvatarProvided { get; init; }

    /// <summary>Per-field errors Webex reports with the person, e.g. for calling data it could not fetch.</summary>
    public IReadOnlyDictionary<string, CodeAndReason>? Errors { get; init; }

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

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

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
