#!/usr/bin/env dotnet
// Lists the locations of a Webex organisation, then the ones in one state (California unless --state says otherwise):
// the first example of the wxc_sdk talk, ported. Reads WEBEX_ACCESS_TOKEN from the environment or from a .env file
// in the working folder; without one it runs against the built-in Webex simulator and its demo organisation (no
// account needed). A token for a quick test: sign in at https://developer.webex.com/docs/getting-started as an
// administrator of your organisation and copy your personal access token (valid for 12 hours).
//
//   dotnet run samples/list_locations.cs -- [--state CA]
#:project ../src/WebexCalling.Sdk/WebexCalling.Sdk.csproj
#:project Common/WebexCalling.Samples.Common.csproj
#:package System.CommandLine
using System.CommandLine;
using WebexCalling.Samples;
using WebexCalling.Sdk;

var stateOption = new Option<string>("--state") { Description = "The state whose locations are listed again at the end", DefaultValueFactory = _ => "CA" };
var root = new RootCommand("List the locations of the organisation, then those in one state.") { stateOption };
root.SetAction(async (parse, cancellationToken) =>
{
    string state = parse.GetValue(stateOption)!;
    using var connection = SampleConnection.Open();
    var api = connection.Api;
    List<WebexCalling.Sdk.Locations.Location> locations;
    try
    {
        locations = await api.Locations.ListAsync(cancellationToken: cancellationToken).ToListAsync(cancellationToken);
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

    var inState = locations.Where(location => string.Equals(location.Address?.State, state, StringComparison.OrdinalIgnoreCase)).ToList();
    Console.WriteLine();
    Console.WriteLine($"{inState.Count} locations in {state}");
    Console.WriteLine(string.Join(", ", inState.Select(location => location.Name)));
    return 0;
});
return await root.Parse(args).InvokeAsync();
