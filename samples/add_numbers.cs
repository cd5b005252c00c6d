#!/usr/bin/env dotnet
// Adds phone numbers to locations as a CSV file says (no header; each row: location name, number) and activates them:
// the add_numbers.py example of wxc_sdk, ported. Before any request every row is checked (two columns, a location, a
// number in E.164 form such as +13035550123 or a 10-digit US number, no number twice); then the locations must exist
// and Webex must call every number available (validateNumbers, ten at a time); only then are the numbers added, ten
// per request, many requests at a time, as active numbers (--inactive: as inactive ones). Nothing is added when a row,
// a location or a number is wrong. wxc_sdk's --log-file and --verbose are left out (the SDK logs through
// Microsoft.Extensions.Logging).
// Reads WEBEX_ACCESS_TOKEN from the environment or a .env file; without one it runs against the built-in simulator.
//
//   dotnet run samples/add_numbers.cs -- CSV_FILE [--inactive] [--dry-run] [--concurrency N]
#:project ../src/WebexCalling.Sdk/WebexCalling.Sdk.csproj
#:project Common/WebexCalling.Samples.Common.csproj
#:package System.CommandLine
#:package CsvHelper
using System.CommandLine;
using CsvHelper;
using WebexCalling.Samples;
using WebexCalling.Sdk;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Telephony;

const int BatchSize = 10;

var csvArgument = new Argument<FileInfo>("csv-file") { Description = "CSV file, no header, each row: location name,phone number" };
var inactiveOption = new Option<bool>("--inactive") { Description = "Add the numbers as inactive" };
var dryRunOption = new Option<bool>("--dry-run") { Description = "Check the file, the locations and the numbers, add nothing" };
var concurrencyOption = new Option<int>("--concurrency") { Description = "Requests in flight at once", DefaultValueFactory = _ => 10 };
var root = new RootCommand("Add phone numbers to Webex Calling locations.") { csvArgument, inactiveOption, dryRunOption, concurrencyOption };
root.SetAction(async (parse, cancellationToken) =>
{
    int concurrency = parse.GetValue(concurrencyOption);
    if (concurrency < 1)
    {
        Console.Error.WriteLine("--concurrency must be at least 1.");
        return 2;
    }
    var file = parse.GetValue(csvArgument)!;
    if (ReadCsv(file) is not { } rows) return 2;
    var byLocation = rows.GroupBy(r => r.Location).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();

    using var connection = SampleConnection.Open();
    var api = connection.Api;
    Console.WriteLine($"Read {rows.Count} numbers for {byLocation.Count} locations from {file.Name}");
    try
    {
        var locationIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in byLocation)
            if (await Lookups.LocationAsync(api, group.Key, cancellationToken: cancellationToken) is { } location) locationIds[group.Key] = location.LocationId!;
        if (locationIds.Count < byLocation.Count)
        {
            Console.Error.WriteLine("Unknown locations; nothing was added.");
            return 1;
        }

        var numbers = rows.Select(r => r.Number).ToList();
        var checks = new List<IReadOnlyList<ValidatePhoneNumberStatus>>();
        var validated = await Bulk.RunAsync(numbers.Chunk(BatchSize).ToList(), async (batch, ct) =>
        {
            var answer = await api.Telephony.ValidatePhoneNumbersAsync(batch, cancellationToken: ct);
            lock (checks) checks.Add(answer.PhoneNumbers ?? []);
        }, batch => $"validate {batch[0]}…", Console.Out, concurrency, cancellationToken);
        var refused = checks.SelectMany(c => c).Where(s => s.State != ValidatePhoneNumberStatusState.Available).ToList();
        foreach (var status in refused)
            Console.Error.WriteLine($"{status.PhoneNumber}: {status.State}{(status.Detail is { Count: > 0 } detail ? ": " + string.Join("; ", detail) : "")}");
        if (validated.Failed > 0 || refused.Count > 0)
        {
            Console.Error.WriteLine($"{refused.Count} numbers cannot be added; nothing was added.");
            return 1;
        }
        Console.WriteLine($"Webex can add all {numbers.Count} numbers");

        var state = parse.GetValue(inactiveOption) ? AvailableNumberState.Inactive : AvailableNumberState.Active;
        var batches = byLocation.SelectMany(g => g.Select(r => r.Number).Chunk(BatchSize).Select(b => (Location: g.Key, Numbers: b))).ToList();
        foreach (var (location, batch) in batches) Console.WriteLine($"  {location}: add {string.Join(", ", batch)}");
        string plan = $"{numbers.Count} numbers to {byLocation.Count} locations ({state.Value.ToLowerInvariant()}) in {batches.Count} requests";
        if (parse.GetValue(dryRunOption))
        {
            Console.WriteLine($"Dry run: {plan}, nothing changed");
            return 0;
        }
        var result = await Bulk.RunAsync(batches, (b, ct) => api.Telephony.Location.Number.AddAsync(locationIds[b.Location], b.Numbers,
            state: state, cancellationToken: ct), b => $"{b.Location}: {b.Numbers[0]}…", Console.Out, concurrency, cancellationToken);
        Console.WriteLine($"Added {plan}: {result}");
        return result.Failed == 0 ? 0 : 1;
    }
    catch (WebexApiException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
});
return await root.Parse(args).InvokeAsync();

// the rows of the CSV file (numbers in E.164), or null after printing every bad row
static List<Row>? ReadCsv(FileInfo file)
{
    if (!file.Exists)
    {
        Console.Error.WriteLine($"No file '{file.FullName}'.");
        return null;
    }
    using var csv = CsvReader.FromFile(file.FullName, new CsvReaderOptions { HasHeader = false, TrackLineNumbers = true });
    var rows = new List<Row>();
    var errors = new List<string>();
    var lines = new Dictionary<string, long>(StringComparer.Ordinal);
    while (csv.Read())
    {
        long line = csv.LineNumber;
        var fields = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i)).ToArray();
        if (fields.All(string.IsNullOrWhiteSpace)) continue;
        if (fields.Length != 2)
        {
            errors.Add($"line {line}: {fields.Length} columns, not 2 (location,number)");
            continue;
        }
        string location = fields[0].Trim();
        string raw = fields[1].Trim();
        string? number = E164(raw);
        if (location.Length == 0) errors.Add($"line {line}: no location");
        else if (number is null) errors.Add($"line {line}: '{raw}' is not a phone number in E.164 form (+ and up to 15 digits) or a 10-digit US number");
        else if (lines.TryGetValue(number, out long first)) errors.Add($"line {line}: {number} is on line {first} too");
        else
        {
            lines[number] = line;
            rows.Add(new Row(location, number));
        }
    }
    foreach (var error in errors) Console.Error.WriteLine($"{file.Name}: {error}");
    if (errors.Count > 0)
    {
        Console.Error.WriteLine($"{errors.Count} bad rows; nothing was added.");
        return null;
    }
    if (rows.Count == 0)
    {
        Console.Error.WriteLine($"{file.Name}: no numbers.");
        return null;
    }
    return rows;
}

// +, a country code not starting with 0 and up to 15 digits in all; or a US number of 10 digits (an optional leading 1),
// its separators (spaces, dashes, dots, parentheses) ignored
static string? E164(string raw)
{
    string digits = new([.. raw.Where(c => c is not (' ' or '-' or '.' or '(' or ')'))]);
    if (digits.StartsWith('+'))
        return digits.Length is >= 9 and <= 16 && digits[1] != '0' && digits[1..].All(char.IsAsciiDigit) ? digits : null;
    if (!digits.All(char.IsAsciiDigit)) return null;
    if (digits.Length == 11 && digits[0] == '1') digits = digits[1..];
    return digits.Length == 10 && digits[0] is >= '2' and <= '9' ? "+1" + digits : null;
}

/// <summary>A row of the CSV file.</summary>
internal sealed record Row(string Location, string Number);
