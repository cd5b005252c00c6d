using System.Web;
using dotenv.net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration.Memory;
using WebexCalling.Sdk;
using WebexCalling.Sdk.Auth;
using WebexCalling.Sdk.Testing;

namespace UserPortal;

/// <summary>How <see cref="PortalApp.StartAsync"/> runs the portal; tests set these, <c>dotnet run</c> uses the defaults.</summary>
public sealed class PortalOptions
{
    /// <summary>Where to listen; null: <c>--urls</c>/<c>ASPNETCORE_URLS</c>, else <c>http://localhost:5080</c>.</summary>
    public string? Urls { get; init; }

    /// <summary>Run against this simulator (served on Kestrel; started if it is not) instead of any configuration.</summary>
    public WebexSimulator? Simulator { get; init; }

    /// <summary>The Webex configuration; null: read from the environment, appsettings.json and <c>.env</c>.</summary>
    public PortalSettings? Settings { get; init; }

    /// <summary>Log warnings and errors only (tests).</summary>
    public bool Quiet { get; init; }
}

/// <summary>The running portal: the web app, its URL, and the simulator it runs against, if any.</summary>
public sealed class PortalHost : IAsyncDisposable
{
    private readonly bool _ownsSimulator;

    internal PortalHost(WebApplication app, Uri url, WebexSimulator? simulator, bool ownsSimulator, string startupMessage)
    {
        App = app;
        Url = url;
        Simulator = simulator;
        _ownsSimulator = ownsSimulator;
        StartupMessage = startupMessage;
    }

    public WebApplication App { get; }

    /// <summary>The portal's base URL, e.g. <c>http://localhost:5080/</c>.</summary>
    public Uri Url { get; }

    /// <summary>The simulated organisation, when the portal runs against the simulator.</summary>
    public WebexSimulator? Simulator { get; }

    /// <summary>One line for the console: what the portal runs against and where to open it.</summary>
    public string StartupMessage { get; }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync().ConfigureAwait(false);
        await App.DisposeAsync().ConfigureAwait(false);
        if (_ownsSimulator && Simulator is not null) await Simulator.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>Builds and starts the user web portal.</summary>
public static class PortalApp
{
    private const string SimIntegrationId = "sim-user-portal";
    private const string SimServiceAppId = "sim-user-portal-service-app";

    public static async Task<PortalHost> StartAsync(string[] args, PortalOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new PortalOptions();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // the pages are compiled into this assembly, also when a test assembly hosts the portal
            ApplicationName = typeof(PortalApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // a .env file in the working folder: below appsettings and the environment
        var dotEnv = DotEnv.Read(new DotEnvOptions(envFilePaths: [".env"], ignoreExceptions: true, trimValues: true));
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = dotEnv.Select(kv => KeyValuePair.Create(kv.Key, (string?)kv.Value)) });
        if (options.Urls is not null) builder.WebHost.UseUrls(options.Urls);
        else if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls("http://localhost:5080");
        if (options.Quiet) builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var settings = options.Settings ?? PortalSettings.From(builder.Configuration);
        bool useSimulator = options.Simulator is not null || settings.IsEmpty;
        if (!useSimulator && settings.Missing() is { Count: > 0 } missing)
            throw new InvalidOperationException($"The portal is partly configured; also set {string.Join(", ", missing)} "
                + "(environment, appsettings.json or .env), or none of them to run against the built-in simulator.");

        ConfigureServices(builder.Services);
        var app = builder.Build();
        ConfigurePipeline(app);

        WebexSimulator? simulator = null;
        bool ownsSimulator = false;
        try
        {
            if (useSimulator)
            {
                ownsSimulator = options.Simulator is null;
                simulator = options.Simulator ?? new WebexSimulator();
                if (ownsSimulator) simulator.Seed.DemoOrg();
                if (simulator.KestrelBaseUrl is null) await simulator.StartKestrelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            var url = new Uri(addresses.First().TrimEnd('/') + "/");
            var webex = app.Services.GetRequiredService<PortalWebex>();
            string message = simulator is null
                ? ConfigureReal(webex, settings, url)
                : await ConfigureSimulatorAsync(webex, simulator, url, cancellationToken).ConfigureAwait(false);
            return new PortalHost(app, url, simulator, ownsSimulator, message);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            if (ownsSimulator && simulator is not null) await simulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static void ConfigureServices(IServiceCollection services)
    {
        // server-side sessions in IDistributedCache: in memory here; AddStackExchangeRedisCache or
        // AddDistributedSqlServerCache instead is a configuration change. The cookie only carries the session key.
        services.AddDistributedMemoryCache();
        services.AddSession(o =>
        {
            o.Cookie.Name = "portal.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax; // Lax: the OAuth redirect back from Webex must carry it
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.IsEssential = true;
            o.IdleTimeout = TimeSpan.FromMinutes(30);
        });
        // the keys that protect the session and anti-forgery cookies live in memory, not on disk (restart = sign in again);
        // a farm of portals would share them, e.g. PersistKeysToStackExchangeRedis
        services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "portal.antiforgery";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // Razor Pages validate the anti-forgery token of every POST by default; the success messages go in the session
        services.AddRazorPages().AddSessionStateTempDataProvider()
            .AddApplicationPart(typeof(PortalApp).Assembly);
        services.AddSingleton<PortalWebex>();
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-store";
            await next(context).ConfigureAwait(false);
        });
        app.UseSession();
        app.MapRazorPages();
    }

    private static string ConfigureReal(PortalWebex webex, PortalSettings settings, Uri url)
    {
        var http = new HttpClient();
        var apiOptions = new WebexApiOptions { HttpClient = http };
        var integration = new Integration(settings.IntegrationClientId!, settings.IntegrationClientSecret!, PortalSettings.UserScopes,
            settings.IntegrationRedirectUri!, apiOptions);
        var serviceApp = new ServiceApp(settings.ServiceAppClientId!, settings.ServiceAppClientSecret!, settings.ServiceAppRefreshToken!,
            apiOptions);
        webex.Configure(integration, serviceApp, apiOptions, isSimulator: false, [http]);
        return $"User portal on {url} for Webex (integration {settings.IntegrationClientId}, redirect URI {settings.IntegrationRedirectUri}).";
    }

    /// <summary>
    /// Registers the portal's integration and a service app in the simulated organisation, has the simulated
    /// administrator authorise the service app (as Control Hub would), and points the portal at the simulator.
    /// </summary>
    private static async Task<string> ConfigureSimulatorAsync(PortalWebex webex, WebexSimulator simulator, Uri url,
        CancellationToken cancellationToken)
    {
        var baseUrl = simulator.KestrelBaseUrl!;
        string integrationSecret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        string serviceSecret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        simulator.AddIntegration(SimIntegrationId, integrationSecret);
        simulator.AddIntegration(SimServiceAppId, serviceSecret);
        var http = new HttpClient();
        var apiOptions = new WebexApiOptions { HttpClient = http, BaseUrl = baseUrl };
        string refreshToken = await AuthoriseServiceAppAsync(baseUrl, serviceSecret, apiOptions, cancellationToken).ConfigureAwait(false);
        var integration = new Integration(SimIntegrationId, integrationSecret, PortalSettings.UserScopes, new Uri(url, "callback"), apiOptions);
        var serviceApp = new ServiceApp(SimServiceAppId, serviceSecret, refreshToken, apiOptions);
        webex.Configure(integration, serviceApp, apiOptions, isSimulator: true, [http]);

        var emails = new List<string>();
        await foreach (var agent in webex.Api.Telephony.CallQueue.Agents.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var person = await webex.Api.People.DetailsAsync(agent.Id!, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (person.Emails is [var email, ..]) emails.Add(email);
            if (emails.Count == 3) break;
        }
        return $"No integration or service app configured: the user portal runs against the built-in Webex simulator ({baseUrl}). "
            + $"Open {url} and sign in as a simulated user, e.g. {string.Join(", ", emails)} (call queue agents).";
    }

    // What an administrator's authorisation in Control Hub yields, simulated: the service app's refresh token
    private static async Task<string> AuthoriseServiceAppAsync(Uri baseUrl, string secret, WebexApiOptions apiOptions,
        CancellationToken cancellationToken)
    {
        var redirect = new Uri("http://localhost/service-app");
        using var noRedirects = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        var consentUrl = new Uri(baseUrl, $"authorize?client_id={SimServiceAppId}&response_type=code"
            + $"&redirect_uri={Uri.EscapeDataString(redirect.ToString())}"
            + "&scope=spark-admin%3Apeople_read%20spark-admin%3Atelephony_config_read%20spark-admin%3Atelephony_config_write"
            + "%20spark-admin%3Apeople_write&state=consent");
        using var consent = await noRedirects.GetAsync(consentUrl, cancellationToken).ConfigureAwait(false);
        string code = HttpUtility.ParseQueryString(consent.Headers.Location?.Query ?? "")["code"]
            ?? throw new InvalidOperationException($"The simulator did not authorise the service app (HTTP {(int)consent.StatusCode}).");
        using var admin = new Integration(SimServiceAppId, secret, [], redirect, apiOptions);
        return (await admin.ExchangeCodeAsync(code, cancellationToken).ConfigureAwait(false)).RefreshToken!;
    }
}
