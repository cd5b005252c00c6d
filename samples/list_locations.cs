#!/usr/bin/env dotnet
// Lists the locations of a Webex organisation, then the ones in California: the first example of the wxc_sdk
// talk, ported. Reads WEBEX_ACCESS_TOKEN from the environment or from a .env file in the working folder; without
// one it runs against the built-in Webex simulator and its demo organisation (no account needed).
// A token for a quick test: sign in at https://developer.webex.com/docs/getting-started as an administrator of your
// organisation and copy your personal access token (valid for 12 hours).
//
//   dotnet run samples/list_locations.cs
#:project ../src/WebexCalling.Sdk/WebexCalling.Sdk.csproj
#:project ../src/WebexCalling.Sdk.Testing/WebexCalling.Sdk.Testing.csproj
#:package dotenv.net
using dotenv.net;
using WebexCalling.Sdk;
using WebexCalling.Sdk.Testing;

// values from the environment win over the .env file
var dotEnv = DotEnv.Read(new DotEnvOptions(envFilePaths: [".env"], ignoreExceptions: true, trimValues: true));
string? token = Environment.GetEnvironmentVariable("WEBEX_ACCESS_TOKEN");
if (string.IsNullOrWhiteSpace(token)) dotEnv.TryGetValue("WEBEX_ACCESS_TOKEN", out token);

WebexApiOptions? options = null;
using var simulator = string.IsNullOrWhiteSpace(token) ? new WebexSimulator() : null;
using var simulatorClient = simulator is null ? null : new HttpClient(simulator.CreateHandler());
if (simulator is not null)
{
    Console.WriteLine("No WEBEX_ACCESS_TOKEN (environment or .env): running against the built-in Webex simulator's demo organisation.");
    simulator.Seed.DemoOrg();
    token = simulator.DevToken;
    options = new WebexApiOptions { HttpClient = simulatorClient, BaseUrl = simulator.BaseUrl };
}

using var api = new WebexSimpleApi(token!, options);

List<WebexCalling.Sdk.Locations.Location> locations;
try
{
    locations = await api.Locations.ListAsync().ToListAsync();
}
catch (WebexApiException e) when (e.StatusCode is null)
{
    // no answer: the connection was refused or dropped (e.InnerException is the HttpRequestException)
    Console.Error.WriteLine($"Could not reach Webex at {api.Session.BaseUrl}: {e.Message}");
    return 1;
}
catch (WebexApiException e)
{
    // e.g. 401 for an expired token: the message says what was called, Webex's reason and the tracking id
    Console.Error.WriteLine(e.Message);
    return 1;
}
Console.WriteLine($"{locations.Count} locations found");
foreach (var location in locations)
{
    var a = location.Address;
    Console.WriteLine($"  {location.Name}: {a?.Address1}, {a?.City}, {a?.State} {a?.PostalCode}, {a?.Country} ({location.TimeZone})");
}

var california = locations.Where(location => location.Address?.State == "CA").ToList();
Console.WriteLine();
Console.WriteLine($"{california.Count} locations in CA");
Console.WriteLine(string.Join(", ", california.Select(location => location.Name)));
return 0;
