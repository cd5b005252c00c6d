using System.Globalization;
using WebexCalling.Sdk.Testing.Endpoints;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing;

/// <summary>
/// Fills a <see cref="WebexSimulator"/> with data, deterministically under <see cref="WebexSimulatorOptions.RandomSeed"/>
/// (given the same calls in the same order). Reach it through <see cref="WebexSimulator.Seed"/>.
/// </summary>
public sealed class SimulatorSeeder
{
    private static readonly string[] FirstNames =
    [
        "Alice", "Bob", "Carol", "David", "Erin", "Frank", "Grace", "Heidi", "Ivan", "Judy", "Karl", "Laura", "Mallory",
        "Niaj", "Olivia", "Peggy", "Quentin", "Rupert", "Sybil", "Trent", "Ursula", "Victor", "Wendy", "Xavier", "Yvonne", "Zoe",
    ];

    private static readonly string[] LastNames =
    [
        "Anderson", "Brown", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jones", "Khan", "Lopez", "Miller",
        "Nguyen", "Okafor", "Patel", "Quinn", "Rossi", "Smith", "Tanaka", "Usman", "Varga", "Wilson", "Xu", "Young", "Zimmer",
    ];

    // name, state, city, time zone, street, postal code, area code; exactly one in California
    private static readonly (string Name, string State, string City, string TimeZone, string Street, string Zip, string AreaCode)[] DemoLocations =
    [
        ("San Jose", "CA", "San Jose", "America/Los_Angeles", "170 West Tasman Drive", "95134", "408"),
        ("Denver", "CO", "Denver", "America/Denver", "1601 Wewatta Street", "80202", "303"),
        ("Austin", "TX", "Austin", "America/Chicago", "500 West 2nd Street", "78701", "512"),
        ("New York", "NY", "New York", "America/New_York", "300 East 42nd Street", "10017", "212"),
    ];

    /// <summary>Seeded people per demo location.</summary>
    public const int DemoPeoplePerLocation = 8;

    private readonly SimulatorState _state;
    private int _seededPeople;
    private int _nextBulkExtension = 5000;
    private bool _demoSeeded;

    internal SimulatorSeeder(SimulatorState state) => _state = state;

    /// <summary>
    /// The demo organisation: 4 locations in CA, CO, TX and NY (San Jose is the only one in California), each with
    /// <see cref="DemoPeoplePerLocation"/> Webex Calling users with extensions (1001…, 2001…), work numbers
    /// (+1 area code of the location) and emails. A second call does nothing.
    /// </summary>
    /// <returns>This seeder, to chain further seeding.</returns>
    public SimulatorSeeder DemoOrg()
    {
        if (_demoSeeded) return this;
        _demoSeeded = true;
        var locations = new List<LocationRecord>();
        var people = new List<PersonRecord>();
        var emails = EmailsInUse();
        for (int l = 0; l < DemoLocations.Length; l++)
        {
            var d = DemoLocations[l];
            var location = AddLocationRecord(d.Name, d.State, d.City, d.TimeZone, d.Street, d.Zip, "US");
            location.MainNumber = $"+1{d.AreaCode}555{(l + 1) * 100:D4}";
            locations.Add(location);
            for (int i = 1; i <= DemoPeoplePerLocation; i++)
            {
                string first;
                string last;
                lock (_state.Sync)
                {
                    first = FirstNames[_state.Random.Next(FirstNames.Length)];
                    last = LastNames[_state.Random.Next(LastNames.Length)];
                }
                string extension = ((l + 1) * 1000 + i).ToString(CultureInfo.InvariantCulture);
                string number = $"+1{d.AreaCode}555{(l + 1) * 100 + i:D4}";
                people.Add(AddPersonRecord(first, last, null, location.Id, extension, number, d.TimeZone, emails));
            }
        }
        lock (_state.Sync) SimulatorAreas.SeedDemoOrg(_state, new DemoOrgContext(locations, people));
        return this;
    }

    /// <summary>
    /// Adds <paramref name="count"/> people for bulk tests (pagination over thousands). When locations exist they are
    /// spread over them as calling users with extensions from 5000 up; otherwise they are plain users.
    /// </summary>
    /// <param name="count">How many.</param>
    /// <returns>This seeder.</returns>
    public SimulatorSeeder People(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        List<LocationRecord> locations;
        lock (_state.Sync) locations = [.. _state.Locations.Values];
        var emails = EmailsInUse();
        for (int i = 0; i < count; i++)
        {
            string first;
            string last;
            lock (_state.Sync)
            {
                first = FirstNames[_state.Random.Next(FirstNames.Length)];
                last = LastNames[_state.Random.Next(LastNames.Length)];
            }
            var location = locations.Count == 0 ? null : locations[i % locations.Count];
            string? extension = location is null ? null : (_nextBulkExtension++).ToString(CultureInfo.InvariantCulture);
            AddPersonRecord(first, last, null, location?.Id, extension, null, location?.TimeZone, emails);
        }
        return this;
    }

    /// <summary>The emails of all people (case-insensitive), for seeding many people without a scan per person.</summary>
    private HashSet<string> EmailsInUse()
    {
        lock (_state.Sync)
            return new HashSet<string>(_state.People.Values.SelectMany(p => p.Emails), StringComparer.OrdinalIgnoreCase);
    }

    internal LocationRecord AddLocationRecord(string name, string state, string city, string timeZone, string address1,
        string postalCode, string country)
    {
        var location = new LocationRecord(_state.NewGuid())
        {
            Name = name,
            TimeZone = timeZone,
            PreferredLanguage = "en_us",
            AnnouncementLanguage = "en_us",
            Address1 = address1,
            City = city,
            State = state,
            PostalCode = postalCode,
            Country = country,
        };
        lock (_state.Sync)
        {
            if (_state.Locations.Values.Any(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)))
                throw new InvalidOperationException($"A location named '{name}' already exists.");
            _state.Locations.Add(location.Uuid, location);
        }
        return location;
    }

    internal PersonRecord AddPersonRecord(string firstName, string lastName, string? email, string? locationId,
        string? extension, string? phoneNumber, string? timezone, HashSet<string>? knownEmails = null)
    {
        var uuid = _state.NewGuid();
        lock (_state.Sync)
        {
            LocationRecord? location = null;
            if (locationId is not null)
                location = _state.FindLocation(locationId) ?? throw new ArgumentException("No such location.", nameof(locationId));
            else if (extension is not null)
                throw new ArgumentException("An extension needs a location.", nameof(extension));
            int n = ++_seededPeople;
            var taken = knownEmails ?? EmailsInUse();
            string baseEmail = email ?? $"{firstName}.{lastName}".ToLowerInvariant() + "@example.com";
            string unique = baseEmail;
            for (int k = 2; taken.Contains(unique); k++)
            {
                if (email is not null) throw new InvalidOperationException($"A person with the email {email} already exists.");
                int at = baseEmail.IndexOf('@', StringComparison.Ordinal);
                unique = baseEmail[..at] + k.ToString(CultureInfo.InvariantCulture) + baseEmail[at..];
            }
            taken.Add(unique);
            var person = new PersonRecord(uuid, SimulatorState.SeedEpoch.AddMinutes(n))
            {
                Emails = [unique],
                DisplayName = $"{firstName} {lastName}",
                FirstName = firstName,
                LastName = lastName,
                NickName = firstName,
                Location = location,
                Extension = extension,
                Timezone = timezone,
                Licenses = location is null ? [] : [WebexIds.Encode(WebexIds.License, SimulatorState.CallingLicense)],
                PhoneNumbers = phoneNumber is null ? [] : [new PhoneNumberRecord("work", phoneNumber, true)],
            };
            _state.People.Add(uuid, person);
            return person;
        }
    }
}
