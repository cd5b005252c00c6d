using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WebexCalling.Sdk.Testing.Endpoints;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing;

/// <summary>
/// A stateful, in-memory Webex organisation that speaks the Webex HTTP API: use it in-process through
/// <see cref="CreateHandler"/> and <see cref="BaseUrl"/>, or on a real socket with <see cref="StartKestrelAsync"/>.
/// Both serve the same state. A new simulator holds one administrator (the owner of <see cref="DevToken"/>), or the
/// demo organisation with <see cref="WebexSimulatorOptions.DemoOrg"/>; fill it with <see cref="Seed"/>,
/// <see cref="AddLocation"/> and <see cref="AddPerson"/>.
/// </summary>
/// <example>
/// <code>
/// using var sim = new WebexSimulator(new WebexSimulatorOptions { DemoOrg = true });
/// using var api = new WebexSimpleApi(sim.DevToken, new WebexApiOptions { HttpClient = new HttpClient(sim.CreateHandler()), BaseUrl = sim.BaseUrl });
/// </code>
/// </example>
public sealed class WebexSimulator : IDisposable, IAsyncDisposable
{
    private const string DevTokenValue = "webex-simulator-dev-token";
    private readonly SimulatorState _state;
    private readonly object _hostLock = new();
    private IHost? _testHost;
    private IHost? _kestrelHost;
    private bool _disposed;

    /// <summary>Creates an organisation with one administrator and no locations, or the demo organisation (<see cref="WebexSimulatorOptions.DemoOrg"/>).</summary>
    /// <param name="options">The knobs; null: defaults (random seed 1, no demo data, latency, limits or faults, auth required).</param>
    public WebexSimulator(WebexSimulatorOptions? options = null)
    {
        options = options?.Clone() ?? new WebexSimulatorOptions();
        if (!options.BaseUrl.IsAbsoluteUri || !options.BaseUrl.AbsolutePath.EndsWith("/v1/", StringComparison.Ordinal))
            throw new ArgumentException("BaseUrl must be absolute and end in /v1/.", nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxPageSize, 1, nameof(options));
        _state = new SimulatorState(options);
        lock (_state.Sync)
            _state.Tokens[DevTokenValue] = new TokenRecord(DevTokenValue, _state.AdminId, DateTimeOffset.MaxValue,
                "spark:all spark-admin:people_read spark-admin:people_write");
        Seed = new SimulatorSeeder(_state);
        if (options.DemoOrg) Seed.DemoOrg();
    }

    /// <summary>The knobs this simulator was created with (a copy: changing it has no effect).</summary>
    public WebexSimulatorOptions Options => _state.Options.Clone();

    /// <summary>The base URL for the in-process handler (default <c>https://webexapis.com/v1/</c>).</summary>
    public Uri BaseUrl => _state.Options.BaseUrl;

    /// <summary>The base URL on Kestrel (e.g. <c>http://127.0.0.1:5089/v1/</c>) once <see cref="StartKestrelAsync"/> ran; else null.</summary>
    public Uri? KestrelBaseUrl { get; private set; }

    /// <summary>An access token of the organisation's administrator that never expires.</summary>
#pragma warning disable CA1822 // an instance property: a future version may issue one per simulator
    public string DevToken => DevTokenValue;
#pragma warning restore CA1822

    /// <summary>The organisation's id (a Webex ORGANIZATION id).</summary>
    public string OrgId => _state.OrgId;

    /// <summary>The id of the organisation's administrator, who owns <see cref="DevToken"/> (GET /v1/people/me).</summary>
    public string AdminPersonId => WebexIds.Encode(WebexIds.People, _state.AdminId);

    /// <summary>Seeds data: <c>sim.Seed.DemoOrg()</c>, <c>sim.Seed.People(3000)</c>.</summary>
    public SimulatorSeeder Seed { get; }

    /// <summary>How many requests reached the simulator so far (including rejected, faulted and dropped ones).</summary>
    public long RequestCount => Interlocked.Read(ref _state.RequestCount);

    /// <summary>
    /// A handler that serves requests in-process; give it to an <see cref="HttpClient"/> together with
    /// <see cref="BaseUrl"/>. Each call returns a new handler over the same organisation.
    /// </summary>
    public HttpMessageHandler CreateHandler()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_hostLock)
        {
            if (_testHost is null)
            {
                var host = BuildHost(web => web.UseTestServer(), _state.Options.BaseUrl.AbsolutePath[..^"v1/".Length]);
                host.Start();
                _state.InProcess = true;
                _testHost = host;
            }
            var server = _testHost.GetTestServer();
            server.BaseAddress = new Uri(_state.Options.BaseUrl, "/");
            return server.CreateHandler();
        }
    }

    /// <summary>An <see cref="HttpClient"/> on the in-process handler with <see cref="BaseUrl"/> as its base address.</summary>
    public HttpClient CreateClient() => new(CreateHandler()) { BaseAddress = BaseUrl };

    /// <summary>
    /// Serves the organisation over HTTP on Kestrel (loopback unless the URL says otherwise); port 0 picks a free port.
    /// </summary>
    /// <param name="url">Where to listen, e.g. <c>http://127.0.0.1:5089</c> or <c>http://127.0.0.1:0</c>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The base URL clients use, e.g. <c>http://127.0.0.1:5089/v1/</c>.</returns>
    public async Task<Uri> StartKestrelAsync(string url = "http://127.0.0.1:0", CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_kestrelHost is not null) throw new InvalidOperationException("Kestrel is already running for this simulator.");
        var host = BuildHost(web => web.UseKestrel().UseUrls(url), "/");
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        _kestrelHost = host;
        var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        string address = addresses?.FirstOrDefault() ?? url;
        KestrelBaseUrl = new Uri(address.TrimEnd('/') + "/v1/");
        return KestrelBaseUrl;
    }

    /// <summary>Stops serving on Kestrel (the in-process handler keeps working).</summary>
    /// <param name="cancellationToken">Cancels a graceful stop.</param>
    public async Task StopKestrelAsync(CancellationToken cancellationToken = default)
    {
        var host = _kestrelHost;
        _kestrelHost = null;
        KestrelBaseUrl = null;
        if (host is null) return;
        await host.StopAsync(cancellationToken).ConfigureAwait(false);
        host.Dispose();
    }

    /// <summary>The calling users (people with a location and a phone number), in the order they were added.</summary>
    internal IReadOnlyList<PersonRecord> CallingUsers()
    {
        lock (_state.Sync) return _state.People.Values.Where(p => p.Location is not null && p.PhoneNumbers.Count > 0).ToList();
    }

    /// <summary>The workspaces (with and without Webex Calling), in the order they were added.</summary>
    internal IReadOnlyList<WorkspaceRecord> Workspaces()
    {
        lock (_state.Sync) return _state.Area<OwnerEntities>().Workspaces.Values.ToList();
    }

    /// <summary>The virtual lines, in the order they were added.</summary>
    internal IReadOnlyList<VirtualLineRecord> VirtualLines()
    {
        lock (_state.Sync) return _state.Area<OwnerEntities>().VirtualLines.Values.ToList();
    }

    /// <summary>Issues an access token (of the administrator unless <paramref name="personId"/> is given).</summary>
    /// <param name="lifetime">How long it works; null: <see cref="WebexSimulatorOptions.TokenLifetime"/>.</param>
    /// <param name="personId">The person the token belongs to (GET /v1/people/me answers that person).</param>
    /// <returns>The token, for an <c>Authorization: Bearer</c> header.</returns>
    public string IssueToken(TimeSpan? lifetime = null, string? personId = null)
    {
        Guid? owner = null;
        if (personId is not null)
        {
            if (!WebexIds.TryDecode(personId, WebexIds.People, out var uuid))
                throw new ArgumentException("Not a Webex person id.", nameof(personId));
            owner = uuid;
        }
        return _state.IssueToken(lifetime ?? _state.Options.TokenLifetime, owner).Value;
    }

    /// <summary>Registers an OAuth integration for /v1/authorize and /v1/access_token.</summary>
    /// <param name="clientId">The integration's client id.</param>
    /// <param name="clientSecret">Its client secret.</param>
    public void AddIntegration(string clientId, string clientSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        ArgumentException.ThrowIfNullOrEmpty(clientSecret);
        lock (_state.Sync) _state.Integrations[clientId] = new IntegrationRecord(clientId, clientSecret);
    }

    /// <summary>Adds a location (as POST /v1/locations would) and returns its id.</summary>
    /// <param name="name">Its name; unique in the organisation.</param>
    /// <param name="state">US state code, e.g. <c>CA</c>.</param>
    /// <param name="city">City.</param>
    /// <param name="timeZone">IANA time zone, e.g. <c>America/Los_Angeles</c>.</param>
    /// <param name="address1">Street address.</param>
    /// <param name="postalCode">Postal code.</param>
    /// <param name="country">Country code.</param>
    /// <returns>The new location's id.</returns>
    public string AddLocation(string name, string state = "TX", string city = "Austin", string timeZone = "America/Chicago",
        string address1 = "100 Main St", string postalCode = "73301", string country = "US")
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return Seed.AddLocationRecord(name, state, city, timeZone, address1, postalCode, country).Id;
    }

    /// <summary>Adds a person (as POST /v1/people would) and returns the id.</summary>
    /// <param name="firstName">First name.</param>
    /// <param name="lastName">Last name.</param>
    /// <param name="email">Email; null: <c>first.last@example.com</c> (made unique).</param>
    /// <param name="locationId">A location id: the person becomes a Webex Calling user there.</param>
    /// <param name="extension">Extension (needs <paramref name="locationId"/>).</param>
    /// <param name="phoneNumber">A work number in E.164 form, e.g. <c>+14085550100</c>.</param>
    /// <returns>The new person's id.</returns>
    public string AddPerson(string firstName, string lastName, string? email = null, string? locationId = null,
        string? extension = null, string? phoneNumber = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(firstName);
        ArgumentException.ThrowIfNullOrEmpty(lastName);
        return Seed.AddPersonRecord(firstName, lastName, email, locationId, extension, phoneNumber, null).Id;
    }

    /// <summary>
    /// Waits until every webhook event queued so far has been delivered to its target URL or has failed. Events go out
    /// in the background (ordered per webhook), so a test that registered a receiver awaits this before asserting.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    public Task WaitForWebhookDeliveriesAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Dispatcher().WaitForIdleAsync(cancellationToken);
    }

    private WebhookDispatcher Dispatcher()
    {
        lock (_state.Sync) return _state.Area<WebhookDispatcher>();
    }

    /// <summary>Internal access for tests of the simulator itself and for areas built on top.</summary>
    internal SimulatorState State => _state;

    private IHost BuildHost(Action<IWebHostBuilder> server, string pathBase) =>
        new HostBuilder()
            .ConfigureWebHost(web =>
            {
                server(web);
                web.ConfigureServices(services => services.AddRouting());
                web.Configure(app =>
                {
                    if (pathBase != "/") app.UsePathBase(pathBase.TrimEnd('/'));
                    var middleware = new SimulatorMiddleware(_state);
                    app.Use((context, next) => middleware.InvokeAsync(context, () => next(context)));
                    app.UseRouting();
                    app.UseEndpoints(endpoints =>
                    {
                        SimulatorAreas.Map(endpoints.MapGroup("/v1"), _state);
                        endpoints.MapFallback((HttpContext context) =>
                            SimResults.NotFound(context, $"The requested resource could not be found: {context.Request.Method} {context.Request.Path}."));
                    });
                });
            })
            .Build();

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Dispatcher().Dispose();
        _testHost?.Dispose();
        _kestrelHost?.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        await StopKestrelAsync().ConfigureAwait(false);
        Dispose();
    }
}
