#!/usr/bin/env dotnet
// Uses a service app's tokens, as wxc_sdk's examples/service_app.py does: a new access token from the refresh token,
// cached in YAML and renewed when it is within a day of expiry; then lists users, locations and call queues.
//
// Needs a service app from developer.webex.com that an administrator authorised in Control Hub (Apps), with scopes
// such as spark-admin:people_read and spark-admin:locations_read, and in the environment or a .env file:
//   SERVICE_APP_CLIENT_ID=...
//   SERVICE_APP_CLIENT_SECRET=...
//   SERVICE_APP_REFRESH_TOKEN=...
//
//   dotnet run samples/service_app.cs -- [--cache tokens_service_app.yml]
// The tokens are cached in tokens_service_app.yml (or --cache) in the working folder (owner-only permissions; keep it out of git).
// Without these settings it runs against the built-in Webex simulator, where a simulated administrator authorises a
// simulated service app.
#:project ../src/WebexCalling.Sdk/WebexCalling.Sdk.csproj
#:project ../src/WebexCalling.Sdk.Testing/WebexCalling.Sdk.Testing.csproj
#:package dotenv.net
#:package System.CommandLine
using System.CommandLine;
using dotenv.net;
using WebexCalling.Sdk;
using WebexCalling.Sdk.Auth;
using WebexCalling.Sdk.Testing;

var cacheOption = new Option<string>("--cache") { Description = "The YAML file the tokens are cached in", DefaultValueFactory = _ => "tokens_service_app.yml" };
var parse = new RootCommand("Get a service app's access token from its refresh token (cached in YAML), then count users, locations and call queues.") { cacheOption }.Parse(args);
if (parse.Action is not null) return await parse.InvokeAsync(); // --help, --version or a mistake in the arguments
string cachePath = parse.GetValue(cacheOption)!;

// values from the environment win over the .env file
var dotEnv = DotEnv.Read(new DotEnvOptions(envFilePaths: [".env"], ignoreExceptions: true, trimValues: true));

WebexApiOptions? options = null;
using var simulator = string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ServiceApp.ClientIdVariable))
    && !dotEnv.ContainsKey(ServiceApp.ClientIdVariable) ? new WebexSimulator() : null;
using var simulatorClient = simulator is null ? null : new HttpClient(simulator.CreateHandler());
ServiceApp app;
if (simulator is not null)
{
    Console.WriteLine($"No service app configured ({ServiceApp.ClientIdVariable}, ... in the environment or .env): running against "
        + "the built-in Webex simulator.");
    simulator.Seed.DemoOrg();
    options = new WebexApiOptions { HttpClient = simulatorClient, BaseUrl = simulator.BaseUrl };
    app = new ServiceApp("sim-service-app", "sim-service-app-secret", await AuthoriseInSimulatorAsync(simulator, simulatorClient!), options);
    cachePath = Path.Combine(Path.GetTempPath(), "tokens_service_app_simulator.yml"); // never mix with real tokens
    File.Delete(cachePath);
}
else
{
    try
    {
        app = ServiceApp.FromEnvironment(dotEnv);
    }
    catch (InvalidOperationException e)
    {
        Console.WriteLine(e.Message);
        Console.WriteLine("Create a service app at https://developer.webex.com/my-apps, have an administrator authorise it in "
            + "Control Hub (Apps), then copy its refresh token from developer.webex.com.");
        return 0;
    }
}

using (app)
{
    try
    {
        var tokens = await app.GetTokensAsync(cachePath);
        Console.WriteLine($"Access token valid until {tokens.ExpiresAt:u}");
        Console.WriteLine("Scopes:");
        foreach (string scope in (tokens.Scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Order())
            Console.WriteLine($"  * {scope}");

        // the provider starts from the cache and renews the token a day before it expires, keeping the cache current
        using var provider = app.CreateTokenProvider(cachePath);
        using var api = new WebexSimpleApi(provider, options);
        int users = await api.People.ListAsync().CountAsync();
        Console.WriteLine($"{users} users");
        int locations = await api.Locations.ListAsync().CountAsync();
        Console.WriteLine($"{locations} locations");
        int queues = await api.Telephony.CallQueue.ListAsync().CountAsync();
        Console.WriteLine($"{queues} call queues");
    }
    catch (Exception e) when (e is WebexApiException or TokenRefreshException or TokenCacheException)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
}
return 0;

// What an administrator's authorisation in Control Hub yields, simulated: the service app's refresh token.
static async Task<string> AuthoriseInSimulatorAsync(WebexSimulator simulator, HttpClient client)
{
    simulator.AddIntegration("sim-service-app", "sim-service-app-secret");
    var redirect = new Uri("http://localhost/service-app");
    using var consent = await client.GetAsync(new Uri(simulator.BaseUrl,
        $"authorize?client_id=sim-service-app&response_type=code&redirect_uri={Uri.EscapeDataString(redirect.ToString())}"
        + "&scope=spark-admin%3Apeople_read%20spark-admin%3Alocations_read%20spark-admin%3Atelephony_config_read&state=s"));
    string code = System.Web.HttpUtility.ParseQueryString(consent.Headers.Location!.Query)["code"]!;
    using var integration = new Integration("sim-service-app", "sim-service-app-secret", [], redirect,
        new WebexApiOptions { HttpClient = client, BaseUrl = simulator.BaseUrl });
    return (await integration.ExchangeCodeAsync(code)).RefreshToken!;
}
