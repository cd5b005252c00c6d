using WebexCalling.Sdk.Testing.Infrastructure;

namespace WebexCalling.Sdk.Testing.State;

/// <summary>
/// The organisation: every record of every area, the tokens and the one seeded random source. Thread safety is one
/// lock: take <see cref="Sync"/> around every read or change of the collections (and of the records in them).
/// An area with its own records either adds a collection here or keeps a store class reached by <see cref="Area{T}"/>.
/// </summary>
internal sealed class SimulatorState
{
    private readonly Dictionary<Type, object> _areas = [];

    public SimulatorState(WebexSimulatorOptions options)
    {
        Options = options;
        Time = options.TimeProvider;
        Random = new Random(options.RandomSeed);
        OrgUuid = NewGuid();
        OrgId = WebexIds.Encode(WebexIds.Organization, OrgUuid);
        var admin = new PersonRecord(NewGuid(), SeedEpoch)
        {
            Emails = ["admin@example.com"],
            DisplayName = "Sim Admin",
            FirstName = "Sim",
            LastName = "Admin",
            Roles = [WebexIds.Encode(WebexIds.Role, FullAdminRole)],
        };
        People.Add(admin.Uuid, admin);
        AdminId = admin.Uuid;
    }

    /// <summary>The creation time of seeded records, so that a seed gives the same organisation at any time.</summary>
    public static readonly DateTimeOffset SeedEpoch = new(2024, 1, 15, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The lock around all state.</summary>
    public object Sync { get; } = new();

    public WebexSimulatorOptions Options { get; }

    public TimeProvider Time { get; }

    /// <summary>The only random source: every seeded value and every knob draws from it (under <see cref="Sync"/>).</summary>
    public Random Random { get; }

    public Guid OrgUuid { get; }

    public string OrgId { get; }

    /// <summary>The organisation's administrator: the owner of the dev token and of tokens issued without a person.</summary>
    public Guid AdminId { get; }

    /// <summary>The role id of a full administrator.</summary>
    public static readonly Guid FullAdminRole = new("96abc2aa-3dcc-11e5-a152-fe34819cdc9a");

    /// <summary>The Webex Calling Professional license every calling user gets.</summary>
    public static readonly Guid CallingLicense = new("96abc2aa-3dcc-11e5-b263-0f4592adefab");

    /// <summary>True while serving in-process (a dropped connection is then an exception, not an aborted socket).</summary>
    public bool InProcess { get; set; }

    public OrderedDictionary<Guid, LocationRecord> Locations { get; } = [];

    public OrderedDictionary<Guid, PersonRecord> People { get; } = [];

    public Dictionary<string, TokenRecord> Tokens { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, IntegrationRecord> Integrations { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, AuthCodeRecord> AuthCodes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RefreshTokenRecord> RefreshTokens { get; } = new(StringComparer.Ordinal);

    /// <summary>Requests served so far (every request, including rejected ones).</summary>
    public long RequestCount;

    /// <summary>
    /// The store of an area that keeps its records in its own class (created on first use), e.g.
    /// <c>state.Area&lt;CallQueueStore&gt;()</c>. Call under <see cref="Sync"/>.
    /// </summary>
    public T Area<T>() where T : class, new()
    {
        if (!_areas.TryGetValue(typeof(T), out var area)) _areas[typeof(T)] = area = new T();
        return (T)area;
    }

    /// <summary>A UUID from the seeded random source.</summary>
    public Guid NewGuid()
    {
        lock (Sync)
        {
            Span<byte> bytes = stackalloc byte[16];
            Random.NextBytes(bytes);
            bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 (little-endian field layout of Guid)
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
            return new Guid(bytes);
        }
    }

    /// <summary>A random string of letters and digits from the seeded source (tokens, codes, secrets).</summary>
    public string NewSecret(int length)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        lock (Sync)
        {
            var chars = new char[length];
            for (int i = 0; i < length; i++) chars[i] = alphabet[Random.Next(alphabet.Length)];
            return new string(chars);
        }
    }

    /// <summary>A value in [0, 1) from the seeded source.</summary>
    public double NextDouble()
    {
        lock (Sync) return Random.NextDouble();
    }

    /// <summary>Issues an access token for a person (the administrator when null) valid for <paramref name="lifetime"/>.</summary>
    public TokenRecord IssueToken(TimeSpan lifetime, Guid? personId = null, string? scope = null)
    {
        var token = new TokenRecord(NewSecret(64) + "_SIM_" + OrgUuid.ToString("N")[..8], personId ?? AdminId,
            Time.GetUtcNow() + lifetime, scope ?? "spark:all spark-admin:people_read spark-admin:people_write");
        lock (Sync) Tokens[token.Value] = token;
        return token;
    }

    /// <summary>The location with this id, if the id is well formed and known.</summary>
    public LocationRecord? FindLocation(string? id) =>
        WebexIds.TryDecode(id, WebexIds.Location, out var uuid) && Locations.TryGetValue(uuid, out var location) ? location : null;

    /// <summary>The person with this id, if the id is well formed and known.</summary>
    public PersonRecord? FindPerson(string? id) =>
        WebexIds.TryDecode(id, WebexIds.People, out var uuid) && People.TryGetValue(uuid, out var person) ? person : null;
}
