using System.Globalization;
using System.Net;
using System.Text.Json;
using WebexCalling.Sdk.Calls;

namespace WebexCalling.Sdk.IntegrationTests.TestSupport;

/// <summary>
/// A calling user of <see cref="CallingOrg"/>, on a token issued for the user: <see cref="Rest"/> sends plain HTTP to the
/// simulator (the simulator's own tests), <see cref="Api"/> is an SDK client (the SDK's tests).
/// </summary>
public sealed record CallingUser(string Id, string Name, string Extension, string PhoneNumber, string Email, SimRest Rest, WebexSimpleApi Api)
{
    /// <summary>The user's only active call, read through the SDK (asserts there is exactly one).</summary>
    public async Task<TelephonyCall> OnlyCallAsync() => Assert.Single(await Api.Calls.ListCallsAsync());
}

/// <summary>
/// A simulator with one location (HQ) and <c>count</c> calling users: Alice Anders 1001, Bob Brown 1002, Carol Chen 1003,
/// Dave Dunn 1004, … (numbers +1 512 555 0101, …; emails first.last@example.com), each with a token, for call control,
/// voice messages and webhooks over plain HTTP and through the SDK. The administrator is <see cref="AdminRest"/> and
/// <see cref="Admin"/> (the simulator's dev token).
/// </summary>
public sealed class CallingOrg : IAsyncDisposable
{
    private static readonly (string First, string Last)[] Names =
    [
        ("Alice", "Anders"), ("Bob", "Brown"), ("Carol", "Chen"), ("Dave", "Dunn"), ("Erin", "Evans"), ("Frank", "Fox"),
        ("Grace", "Green"), ("Heidi", "Hill"), ("Ivan", "Irwin"), ("Judy", "Jones"), ("Ken", "Kim"), ("Laura", "Lee"),
        ("Mallory", "Moss"), ("Nina", "Nash"), ("Oscar", "Olsen"), ("Peggy", "Park"), ("Quentin", "Quinn"), ("Rupert", "Reed"),
        ("Sybil", "Stone"), ("Trent", "Todd"), ("Ursula", "Upton"), ("Victor", "Vance"), ("Walter", "Webb"), ("Xena", "Xu"),
        ("Yves", "Young"), ("Zoe", "Zhang"), ("Arthur", "Ames"), ("Bianca", "Bell"), ("Cedric", "Cole"), ("Daria", "Diaz"),
        ("Edgar", "Ellis"), ("Fiona", "Ford"), ("Gus", "Grant"), ("Hana", "Hayes"), ("Igor", "Ivers"), ("Jade", "James"),
        ("Kurt", "Klein"), ("Lena", "Lopez"),
    ];

    private readonly List<CallingUser> _users;
    private readonly List<HttpClient> _clients;
    private int _taken;

    private CallingOrg(SimHarness harness, List<CallingUser> users, List<HttpClient> clients)
    {
        H = harness;
        _users = users;
        _clients = clients;
        AdminRest = new SimRest(harness.Http, harness.Sim.DevToken);
    }

    public SimHarness H { get; }

    /// <summary>The administrator through the SDK (<see cref="SimHarness.Api"/>).</summary>
    public WebexSimpleApi Admin => H.Api;

    /// <summary>The administrator over plain HTTP.</summary>
    public SimRest AdminRest { get; }

    public IReadOnlyList<CallingUser> Users => _users;

    public CallingUser Alice => _users[0];

    public CallingUser Bob => _users[1];

    public CallingUser Carol => _users[2];

    /// <param name="transport">How the clients reach the simulator.</param>
    /// <param name="count">How many calling users to create.</param>
    /// <param name="configure">Changes the options of every user's SDK client (e.g. a page size).</param>
    /// <param name="handler">Wraps the handler of the users' SDK clients (e.g. to record requests).</param>
    public static async Task<CallingOrg> StartAsync(Transport transport = Transport.InProcess, int count = 3,
        Action<WebexApiOptions>? configure = null, Func<HttpMessageHandler, DelegatingHandler>? handler = null)
    {
        var people = new List<(string Id, string Name, string Extension, string Number, string Email)>();
        var harness = await SimHarness.StartAsync(transport, seed: sim =>
        {
            string hq = sim.AddLocation("HQ");
            for (int i = 0; i < count; i++)
            {
                var (first, last) = Names[i % Names.Length];
                if (i >= Names.Length) first += (i / Names.Length + 1).ToString(CultureInfo.InvariantCulture);
                string extension = (1001 + i).ToString(CultureInfo.InvariantCulture);
                string number = "+1512555" + (101 + i).ToString("D4", CultureInfo.InvariantCulture);
                string email = $"{first}.{last}@example.com".ToLowerInvariant();
                string id = sim.AddPerson(first, last, email: email, locationId: hq, extension: extension, phoneNumber: number);
                people.Add((id, $"{first} {last}", extension, number, email));
            }
        });
        var users = new List<CallingUser>();
        var clients = new List<HttpClient>();
        foreach (var p in people)
        {
            string token = harness.Sim.IssueToken(personId: p.Id);
            var options = new WebexApiOptions { BaseUrl = harness.BaseUrl, HttpClient = harness.SdkClient };
            if (handler is not null)
            {
                var inner = transport == Transport.InProcess ? harness.Sim.CreateHandler() : new SocketsHttpHandler();
                options.HttpClient = new HttpClient(handler(inner));
                clients.Add(options.HttpClient);
            }
            configure?.Invoke(options);
            users.Add(new CallingUser(p.Id, p.Name, p.Extension, p.Number, p.Email, new SimRest(harness.Http, token),
                new WebexSimpleApi(token, options)));
        }
        return new CallingOrg(harness, users, clients);
    }

    /// <summary>The next <paramref name="count"/> users no test has taken yet (tests sharing one org use their own users).</summary>
    public CallingUser[] Take(int count)
    {
        int end = Interlocked.Add(ref _taken, count);
        if (end > _users.Count) throw new InvalidOperationException($"Only {_users.Count} users; raise the count.");
        return _users.GetRange(end - count, count).ToArray();
    }

    /// <summary><paramref name="caller"/> dials <paramref name="callee"/> (by extension) through the SDK: (caller's call, callee's alerting call).</summary>
    public static async Task<(string Caller, string Callee)> RingAsync(CallingUser caller, CallingUser callee)
    {
        var dial = await caller.Api.Calls.DialAsync(callee.Extension);
        var alerting = await callee.OnlyCallAsync();
        Assert.Equal(CallState.Alerting, alerting.State);
        return (dial.CallId!, alerting.CallId!);
    }

    /// <summary><paramref name="caller"/> dials <paramref name="callee"/> through the SDK, who answers: (caller's call, callee's call).</summary>
    public static async Task<(string Caller, string Callee)> ConnectAsync(CallingUser caller, CallingUser callee)
    {
        var (a, b) = await RingAsync(caller, callee);
        await callee.Api.Calls.AnswerAsync(b);
        return (a, b);
    }

    /// <summary>The person's only active call over plain HTTP (asserts there is exactly one).</summary>
    public static async Task<JsonElement> OnlyCallAsync(SimRest person)
    {
        var list = await person.GetAsync("telephony/calls");
        return Assert.Single(list.Items);
    }

    /// <summary><paramref name="caller"/> dials <paramref name="callee"/> (by extension) over plain HTTP, who answers: (caller's call, callee's call).</summary>
    public static async Task<(string Caller, string Callee)> ConnectOverHttpAsync(CallingUser caller, CallingUser callee)
    {
        var dial = await caller.Rest.PostExpectAsync("telephony/calls/dial", $$"""{"destination":"{{callee.Extension}}"}""", HttpStatusCode.Created);
        string call = (await OnlyCallAsync(callee.Rest)).GetProperty("id").GetString()!;
        await callee.Rest.PostExpectAsync("telephony/calls/answer", $$"""{"callId":"{{call}}"}""", HttpStatusCode.NoContent);
        return (dial.Str("callId"), call);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var user in _users) user.Api.Dispose();
        foreach (var client in _clients) client.Dispose();
        await H.DisposeAsync();
    }
}

/// <summary>A shared in-process <see cref="CallingOrg"/> with many users, for a test class whose tests take their own.</summary>
public sealed class CallingOrgFixture : IAsyncLifetime
{
    private CallingOrg? _org;

    public CallingOrg Org => _org ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _org = await CallingOrg.StartAsync(Transport.InProcess, count: 60);

    public async Task DisposeAsync()
    {
        if (_org is not null) await _org.DisposeAsync();
    }
}
