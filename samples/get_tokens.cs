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
//   dotnet run samples/get_tokens.cs
// The tokens are cached in tokens_integration.yml in the working folder (owner-only permissions; keep it out of git).
#:project ../src/WebexCalling.Sdk/WebexCalling.Sdk.csproj
#:package dotenv.net
using dotenv.net;
using WebexCalling.Sdk;
using WebexCalling.Sdk.Auth;
using WebexCalling.Sdk.Rest;

const string CachePath = "tokens_integration.yml";

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
if (clientId is null || clientSecret is null || scopes is null)
{
    // never start a browser flow that nobody asked for
    Console.WriteLine("""
        No integration configured: set WEBEX_INTEGRATION_CLIENT_ID, WEBEX_INTEGRATION_CLIENT_SECRET and
        WEBEX_INTEGRATION_SCOPES (e.g. spark-admin:locations_read) in the environment or in a .env file in this folder.
        Create the integration at https://developer.webex.com/my-apps with the redirect URI
        http://localhost:6001/redirect and the same scopes.
        """);
    return 0;
}

using var integration = new Integration(clientId, clientSecret, scopes, new Uri("http://localhost:6001/redirect"));
Tokens tokens;
try
{
    // cached tokens if usable, else a refresh, else the OAuth flow in the browser; the cache is written back
    tokens = await integration.GetCachedTokensFromYamlAsync(CachePath);
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
using var provider = integration.CreateTokenProvider(tokens, CachePath);
using var api = new WebexSimpleApi(provider);
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
