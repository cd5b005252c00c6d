using WebexCalling.Sdk.Calls;

namespace WebexCalling.Sdk.IntegrationTests.TestSupport;

/// <summary>A calling user of <see cref="SdkCallingOrg"/> with an SDK client on the user's own token.</summary>
public sealed record SdkUser(string Id, string Name, string Extension, string PhoneNumber, string Email, WebexSimpleApi Api)
{
    /// <summary>The user's only active call, read through the SDK (asserts there is exactly one).</summary>
    public async Task<TelephonyCall> OnlyCallAsync() => Assert.Single(await Api.Calls.ListCallsAsync());
}

/// <summary>
/// A simulator with one location and <c>count</c> calling users (extensions 1001, 1002, …), each with a
/// <see cref="WebexSimpleApi"/> on a token issued for that user: call control and voice messages through the SDK.
/// <see cref="Admin"/> is the SDK client on the administrator's token (<see cref="SimHarness.Api"/>).
/// </summary>
public sealed class SdkCallingOrg : IAsyncDisposable
{
    private static readonly string[] FirstNames =
    [
        "Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi", "Ivan", "Judy", "Ken", "Laura", "Mallory",
        "Nina", "Oscar", "Peggy", "Quentin", "Rupert", "Sybil", "Trent", "Ursula", "Victor", "Walter", "Xena", "Yves",
        "Zoe", "Arthur", "Bianca", "Cedric", "Daria", "Edgar", "Fiona", "Gus", "Hana", "Igor", "Jade", "Kurt", "Lena",
    ];

    private readonly List<SdkUser> _users;
    private readonly List<HttpClient> _clients;
    private int _taken;

    private SdkCallingOrg(SimHarness harness, List<SdkUser> users, List<HttpClient> clients)
    {
        H = harness;
        _users = users;
        _clients = clients;
    }

    public SimHarness H { get; }

    public WebexSimpleApi Admin => H.Api;

    public IReadOnlyList<SdkUser> Users => _users;

    /// <param name="transport">How the SDK clients reach the simulator.</param>
    /// <param name="count">How many calling users to create.</param>
    /// <param name="configure">Changes the options of every user's SDK client (e.g. a page size).</param>
    /// <param name="handler">Wraps the in-process handler of the users' SDK clients (e.g. to record requests).</param>
    public static async Task<SdkCallingOrg> StartAsync(Transport transport = Transport.InProcess, int count = 3,
        Action<WebexApiOptions>? configure = null, Func<HttpMessageHandler, DelegatingHandler>? handler = null)
    {
        var people = new List<(string Id, string Name, string Extension, string Number, string Email)>();
        var harness = await SimHarness.StartAsync(transport, seed: sim =>
        {
            string hq = sim.AddLocation("HQ");
            for (int i = 0; i < count; i++)
            {
                string first = FirstNames[i % FirstNames.Length]
                    + (i < FirstNames.Length ? "" : (i / FirstNames.Length + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                string extension = (1001 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
                string number = "+1512555" + (101 + i).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
                string email = $"{first.ToLowerInvariant()}.tester@example.com";
                string id = sim.AddPerson(first, "Tester", email: email, locationId: hq, extension: extension, phoneNumber: number);
                people.Add((id, first + " Tester", extension, number, email));
            }
        });
        var users = new List<SdkUser>();
        var clients = new List<HttpClient>();
        foreach (var p in people)
        {
            var options = new WebexApiOptions { BaseUrl = harness.BaseUrl, HttpClient = harness.SdkClient };
            if (handler is not null)
            {
                var inner = transport == Transport.InProcess ? harness.Sim.CreateHandler() : new SocketsHttpHandler();
                options.HttpClient = new HttpClient(handler(inner));
                clients.Add(options.HttpClient);
            }
            configure?.Invoke(options);
            var api = new WebexSimpleApi(harness.Sim.IssueToken(personId: p.Id), options);
            users.Add(new SdkUser(p.Id, p.Name, p.Extension, p.Number, p.Email, api));
        }
        return new SdkCallingOrg(harness, users, clients);
    }

    /// <summary>The next <paramref name="count"/> users no test has taken yet (tests sharing one org use their own users).</summary>
    public SdkUser[] Take(int count)
    {
        int end = Interlocked.Add(ref _taken, count);
        if (end > _users.Count) throw new InvalidOperationException($"Only {_users.Count} users; raise the count.");
        return _users.GetRange(end - count, count).ToArray();
    }

    /// <summary><paramref name="caller"/> dials <paramref name="callee"/> (by extension): (caller's call, callee's alerting call).</summary>
    public static async Task<(string Caller, string Callee)> RingAsync(SdkUser caller, SdkUser callee)
    {
        var dial = await caller.Api.Calls.DialAsync(callee.Extension);
        var alerting = await callee.OnlyCallAsync();
        Assert.Equal(CallState.Alerting, alerting.State);
        return (dial.CallId!, alerting.CallId!);
    }

    /// <summary><paramref name="caller"/> dials <paramref name="callee"/>, who answers: (caller's call, callee's call).</summary>
    public static async Task<(string Caller, string Callee)> ConnectAsync(SdkUser caller, SdkUser callee)
    {
        var (a, b) = await RingAsync(caller, callee);
        await callee.Api.Calls.AnswerAsync(b);
        return (a, b);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var user in _users) user.Api.Dispose();
        foreach (var client in _clients) client.Dispose();
        await H.DisposeAsync();
    }
}

/// <summary>A shared in-process <see cref="SdkCallingOrg"/> with many users, for a test class whose tests take their own.</summary>
public sealed class SdkCallingFixture : IAsyncLifetime
{
    private SdkCallingOrg? _org;

    public SdkCallingOrg Org => _org ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _org = await SdkCallingOrg.StartAsync(Transport.InProcess, count: 60);

    public async Task DisposeAsync()
    {
        if (_org is not null) await _org.DisposeAsync();
    }
}
