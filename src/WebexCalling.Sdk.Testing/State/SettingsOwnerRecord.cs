namespace WebexCalling.Sdk.Testing.State;

/// <summary>
/// The owner of shared call settings as the settings routes see it: a person, a Webex Calling workspace or a virtual
/// line, with what a setting's default document and its checks need (names, numbers, location). Settings are stored
/// by <see cref="Uuid"/>, which no two owners share.
/// </summary>
internal sealed class SettingsOwnerRecord
{
    private SettingsOwnerRecord(string kind, Guid uuid, string id)
    {
        Kind = kind;
        Uuid = uuid;
        Id = id;
    }

    /// <summary><c>Person</c>, <c>Workspace</c> or <c>VirtualLine</c> (the owner kinds of tools/api/owners.yml).</summary>
    public string Kind { get; }

    public Guid Uuid { get; }

    public string Id { get; }

    public string? FirstName { get; private init; }

    public string? LastName { get; private init; }

    public string? DisplayName { get; private init; }

    public IReadOnlyList<string> Emails { get; private init; } = [];

    /// <summary>The first email address, or null (workspaces and virtual lines have none).</summary>
    public string? Email => Emails.Count > 0 ? Emails[0] : null;

    public IReadOnlyList<PhoneNumberRecord> PhoneNumbers { get; private init; } = [];

    public string? Extension { get; private init; }

    public LocationRecord? Location { get; private init; }

    public string? Timezone { get; private init; }

    /// <summary>The person, when the owner is one.</summary>
    public PersonRecord? Person { get; private init; }

    /// <summary>The owner's primary (else first) number, or null.</summary>
    public string? PrimaryNumber => PhoneNumbers.FirstOrDefault(n => n.Primary)?.Value ?? (PhoneNumbers.Count > 0 ? PhoneNumbers[0].Value : null);

    public static SettingsOwnerRecord Of(PersonRecord person) => new("Person", person.Uuid, person.Id)
    {
        FirstName = person.FirstName,
        LastName = person.LastName,
        DisplayName = person.DisplayName,
        Emails = person.Emails,
        PhoneNumbers = person.PhoneNumbers,
        Extension = person.Extension,
        Location = person.Location,
        Timezone = person.Timezone,
        Person = person,
    };

    // a workspace has a display name only: it is its first name, as Webex shows it in caller ID
    public static SettingsOwnerRecord Of(WorkspaceRecord workspace) => new("Workspace", workspace.Uuid, workspace.Id)
    {
        FirstName = workspace.DisplayName,
        LastName = "",
        DisplayName = workspace.DisplayName,
        PhoneNumbers = Numbers(workspace.PhoneNumber),
        Extension = workspace.Extension,
        Location = workspace.Location,
        Timezone = workspace.Location?.TimeZone,
    };

    public static SettingsOwnerRecord Of(VirtualLineRecord line) => new("VirtualLine", line.Uuid, line.Id)
    {
        FirstName = line.FirstName,
        LastName = line.LastName,
        DisplayName = line.DisplayName,
        PhoneNumbers = Numbers(line.PhoneNumber),
        Extension = line.Extension,
        Location = line.Location,
        Timezone = line.Location.TimeZone,
    };

    public static implicit operator SettingsOwnerRecord(PersonRecord person) => Of(person);

    private static PhoneNumberRecord[] Numbers(string? number) => number is null ? [] : [new PhoneNumberRecord("work", number, true)];

    public override string ToString() => $"{Kind} {Id}";
}
