#!/usr/bin/env dotnet
// Gets integration tokens the way the wxc_sdk talk's list_locations_sdk_int_tokens.py does: from a YAML cache, renewed
// when close to expiry, or from the OAuth flow in your browser; then lists the locations.
//
// Needs an integration from developer.webex.com (My Webex Apps → Create an integration) with the redirect URI
// http://localhost:6001/redirect and the scope spark-admin:locations_read, and in the environment or a .env file:
//   WEBEX_INTEGRATION_CLIENT_ID=...
//   WEBEX_INTEGRATION_CLIENT_SECRET=...
//   WEBEX_INTEGRATION_SCOPES=spark-admin:locations_read   (space- or comma-separated, or the authorize URL)
//
//   dotnet run samples/get_tokens.cs -- [--cache tokens_integration.yml]
// The tokens are cached in tokens_integration.yml (or --cache) in the working folder (owner-only permissions; keep it out of git).
// Without these settings it plays the whole flow against the built-in Webex simulator: a simulated browser follows the
// authorize URL and lands on this program's redirect listener, as yours would.
#:project ../src/WebexCalling.Sdk/WebexCalling.Sdk.csproj
#:project ../src/WebexCalling.Sdk.Testing/WebexCalling.Sdk.Testing.csproj
#:package dotenv.net
#:package System.CommandLine
using System.CommandLine;
using dotenv.net;
using WebexCalling.Sdk;
using WebexCalling.Sdk.Auth;
using WebexCalling.Sdk.Testing;

var cacheOption = new Option<string>("--cache") { Description = "The YAML file the tokens are cached in", DefaultValueFactory = _ => "tokens_integration.yml" };
var parse = new RootCommand("Get integration tokens (from the YAML cache, a refresh or the OAuth flow in the browser), then list the locations.") { cacheOption }.Parse(args);
if (parse.Action is not null) return await parse.InvokeAsync(); // --help, --version or a mistake in the arguments
string cachePath = parse.GetValue(cacheOption)!;

// values from the environment win over the .env file
var dotEnv = DotEnv.Read(new DotEnvOptions(envFilePaths: [".env"], ignoreExceptions: true, trimValues: true));
string? Setting(string name)
{
    string? value = Environment.GetEnvironmentVariable(name);
    if (string.IsNullOrWhiteSpace(value)) dotEnv.TryGetValue(name, out value);
    return string.IsNullOrWhiteSpace(value) ? null : value;
}

string? clientId = Setting("WEBEX_INTEGRATION_CLIENT_ID");
string? clientSecret = Setting("WEBEX_INTEGRATION_CLIENT_SECRET");
string? scopes = Setting("WEBEX_INTEGRATION_SCOPES");
WebexApiOptions? options = null;
using var simulator = clientId is null || clientSecret is null || scopes is null ? new WebexSimulator() : null;
using var simulatorClient = simulator is null ? null : new HttpClient(simulator.CreateHandler());
if (simulator is not null)
{
    Console.WriteLine("No integration configured (WEBEX_INTEGRATION_CLIENT_ID, _CLIENT_SECRET, _SCOPES in the environment or "
        + ".env): running the OAuth flow against the built-in Webex simulator.");
    simulator.Seed.DemoOrg();
    (clientId, clientSecret, scopes) = ("sim-integration", "sim-integration-secret", "spark-admin:locations_read");
    simulator.AddIntegration(clientId, clientSecret);
    options = new WebexApiOptions { HttpClient = simulatorClient, BaseUrl = simulator.BaseUrl };
    cachePath = Path.Combine(Path.GetTempPath(), "tokens_integration_simulator.yml"); // never mix with real tokens
    File.Delete(cachePath);
}

using var integration = new Integration(clientId!, clientSecret!, scopes!, new Uri("http://localhost:6001/redirect"), options);
if (simulator is not null)
{
    // the simulated browser: the simulator "signs in" the administrator and redirects to our loopback listener
    integration.OpenBrowser = authorizeUrl =>
    {
        _ = Task.Run(async () =>
        {
            using var consent = await simulatorClient!.GetAsync(authorizeUrl);
            using var browser = new HttpClient();
            using var page = await browser.GetAsync(consent.Headers.Location);
        });
        return true;
    };
}
Tokens tokens;
try
{
    // cached tokens if usable, else a refresh, else the OAuth flow in the browser; the cache is written back
    tokens = await integration.GetCachedTokensFromYamlAsync(cachePath);
}
catch (Exception e) when (e is TokenCacheException or WebexApiException or InvalidOperationException or TimeoutException
                               or System.Net.HttpListenerException) // port 6001 in use
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
Console.WriteLine($"Access token valid until {tokens.ExpiresAt:u}, refresh token until {tokens.RefreshTokenExpiresAt:u}");
Console.WriteLine($"Scopes: {tokens.Scope}");

// a long-running program would keep this provider: it renews the token before expiry and updates the cache
using var provider = integration.CreateTokenProvider(tokens, cachePath);
using var api = new WebexSimpleApi(provider, options);
try
{
    var locations = await api.Locations.ListAsync().ToListAsync();
    Console.WriteLine($"{locations.Count} locations found");
    foreach (var location in locations)
        Console.WriteLine($"  {location.Name}: {location.Address?.City}, {location.Address?.State} ({location.TimeZone})");
}
catch (Exception e) when (e is WebexApiException or TokenRefreshException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
return 0;
