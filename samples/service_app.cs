#!/usr/bin/env dotnet
// Uses a service app's tokens, as wxc_sdk's examples/service_app.py does: a new access token from the refresh token,
// cached in YAML and renewed when it is within a day of expiry; then lists users and locations.
//
// Needs a service app from developer.webex.com that an administrator authorised in Control Hub (Apps), with scopes
// such as spark-admin:people_read and spark-admin:locations_read, and in the environment or a .env file:
//   SERVICE_APP_CLIENT_ID=...
//   SERVICE_APP_CLIENT_SECRET=...
//   SERVICE_APP_REFRESH_TOKEN=...
//
//   dotnet run samples/service_app.cs
// The tokens are cached in tokens_service_app.yml in the working folder (owner-only permissions; keep it out of git).
#:project ../src/WebexCalling.Sdk/WebexCalling.Sdk.csproj
#:package dotenv.net
using dotenv.net;
using WebexCalling.Sdk;
using WebexCalling.Sdk.Auth;
using WebexCalling.Sdk.Rest;

const string CachePath = "tokens_service_app.yml";

// values from the environment win over the .env file
var dotEnv = DotEnv.Read(new DotEnvOptions(envFilePaths: [".env"], ignoreExceptions: true, trimValues: true));

ServiceApp app;
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

using (app)
{
    try
    {
        var tokens = await app.GetTokensAsync(CachePath);
        Console.WriteLine($"Access token valid until {tokens.ExpiresAt:u}");
        Console.WriteLine("Scopes:");
        foreach (string scope in (tokens.Scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Order())
            Console.WriteLine($"  * {scope}");

        // the provider starts from the cache and renews the token a day before it expires, keeping the cache current
        using var provider = app.CreateTokenProvider(CachePath);
        using var api = new WebexSimpleApi(provider);
        int users = await api.People.ListAsync().CountAsync();
        Console.WriteLine($"{users} users");
        int locations = await api.Locations.ListAsync().CountAsync();
        Console.WriteLine($"{locations} locations");
        // wxc_sdk's example also counts call queues: add api.Telephony.CallQueue.ListAsync() once that area exists
    }
    catch (Exception e) when (e is WebexApiException or TokenRefreshException or TokenCacheException)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
}
return 0;
