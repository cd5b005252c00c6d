#!/usr/bin/env dotnet
// Lists the calling users of the organisation (the people with a Webex Calling location) with their location, phone
// number and extension, optionally into a CSV file: the calling_users example of wxc_sdk, ported (it printed the
// names only).
// Reads WEBEX_ACCESS_TOKEN from the environment or a .env file; without one it runs against the built-in simulator.
//
//   dotnet run samples/calling_users.cs -- [--location NAME] [--csv PATH]
#:project ../src/WebexCalling.Sdk/WebexCalling.Sdk.csproj
#:project Common/WebexCalling.Samples.Common.csproj
#:package System.CommandLine
#:package CsvHelper
using System.CommandLine;
using System.Diagnostics;
using CsvHelper;
using WebexCalling.Samples;
using WebexCalling.Sdk;
using WebexCalling.Sdk.People;

var locationOption = SampleOptions.Location("Only the calling users of the location with this name");
var csvOption = new Option<FileInfo?>("--csv") { Description = "Also write the users to this CSV file", HelpName = "PATH" };
var root = new RootCommand("List the calling users with their location, number and extension.") { locationOption, csvOption };
root.SetAction(async (parse, cancellationToken) =>
{
    var csvFile = parse.GetValue(csvOption);
    if (csvFile is { Directory.Exists: false })
    {
        Console.Error.WriteLine($"The folder of {csvFile.FullName} does not exist.");
        return SampleOptions.BadArguments;
    }
    using var connection = SampleConnection.Open();
    var api = connection.Api;
    try
    {
        var (found, locationId) = await SampleOptions.LocationIdAsync(api, parse.GetValue(locationOption), Console.Error, cancellationToken);
        if (!found) return 1;

        var watch = Stopwatch.StartNew();
        var locationsTask = api.Locations.ListAsync(cancellationToken: cancellationToken)
            .ToDictionaryAsync(l => l.LocationId!, l => l.Name ?? "", cancellationToken: cancellationToken).AsTask();
        // calling users are the people with a location (callingData gives location, numbers and extension)
        var usersTask = api.People.ListAsync(callingData: true, locationId: locationId, cancellationToken: cancellationToken)
            .Where(p => p.LocationId is not null).ToListAsync(cancellationToken).AsTask();
        await Task.WhenAll(locationsTask, usersTask);
        var (locations, users) = (await locationsTask, await usersTask);
        Console.WriteLine($"Got {users.Count} calling users in {watch.Elapsed.TotalMilliseconds:F1} ms");

        var rows = users.Select(u => new CallingUser(u.DisplayName ?? "", Names.Email(u),
            locations.GetValueOrDefault(u.LocationId!, u.LocationId!), Number(u), u.Extension ?? "")).ToList();
        Console.WriteLine($"{rows.Count} users:");
        int[] widths =
        [
            rows.Select(r => r.Name.Length).DefaultIfEmpty(0).Max(), rows.Select(r => r.Email.Length).DefaultIfEmpty(0).Max(),
            rows.Select(r => r.Location.Length).DefaultIfEmpty(0).Max(), rows.Select(r => r.PhoneNumber.Length).DefaultIfEmpty(0).Max(),
        ];
        foreach (var row in rows)
            Console.WriteLine($"  {row.Name.PadRight(widths[0])}  {row.Email.PadRight(widths[1])}  {row.Location.PadRight(widths[2])}  {row.PhoneNumber.PadRight(widths[3])}  {row.Extension}".TrimEnd());

        if (csvFile is not null)
        {
            await using var csv = CsvWriter.ToFile(csvFile.FullName);
            csv.WriteHeader(["name", "email", "location", "phoneNumber", "extension"]);
            foreach (var row in rows)
                await csv.WriteRecordAsync([row.Name, row.Email, row.Location, row.PhoneNumber, row.Extension], cancellationToken);
            await csv.FlushAsync(cancellationToken);
            Console.WriteLine($"Wrote {rows.Count} users to {csvFile.FullName}");
        }
        return 0;
    }
    catch (WebexApiException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
});
return await root.Parse(args).InvokeAsync();

// the user's primary work number (E.164), or their first number, or ""
static string Number(Person user) =>
    (user.PhoneNumbers ?? []).OrderByDescending(n => n.Primary == true).ThenByDescending(n => n.NumberType == PhoneNumberType.Work)
        .Select(n => n.Value).FirstOrDefault() ?? "";

/// <summary>A row of the listing and of the CSV file.</summary>
internal sealed record CallingUser(string Name, string Email, string Location, string PhoneNumber, string Extension);
