#!/usr/bin/env dotnet
// Lists the outgoing-permission access codes of the locations, or adds and deletes them as a CSV file says: the
// access_codes.py example of wxc_sdk, ported. The CSV has a header row and the columns location (its name), code,
// description and operation (add or delete). Every row is checked before any request (a known operation, a code of
// digits, a description for an add, no code twice for a location); then, per location, codes the location lacks are
// added and codes it has are deleted, in one request each, many locations at a time. A delete of a code the location
// lacks or an add of one it has is reported and skipped, as wxc_sdk does; an unknown location is a failure.
// Without a CSV file the script lists the codes (wxc_sdk's example only provisions).
// Reads WEBEX_ACCESS_TOKEN from the environment or a .env file; without one it runs against the built-in simulator.
//
//   dotnet run samples/access_codes.cs -- [CSV_FILE] [--location NAME] [--dry-run] [--concurrency N]
#:project ../src/WebexCalling.Sdk/WebexCalling.Sdk.csproj
#:project Common/WebexCalling.Samples.Common.csproj
#:package System.CommandLine
#:package CsvHelper
using System.CommandLine;
using CsvHelper;
using WebexCalling.Samples;
using WebexCalling.Sdk;
using WebexCalling.Sdk.PersonSettings;

var csvArgument = new Argument<FileInfo?>("csv-file")
{
    Description = "CSV file with the columns location, code, description, operation (add or delete); omit to list the codes",
    Arity = ArgumentArity.ZeroOrOne,
};
var locationOption = new Option<string?>("--location") { Description = "Only the location with this name" };
var dryRunOption = new Option<bool>("--dry-run") { Description = "Show what would be added and deleted, change nothing" };
var concurrencyOption = new Option<int>("--concurrency") { Description = "Locations worked on at once", DefaultValueFactory = _ => 10 };
var root = new RootCommand("List the access codes of locations, or add and delete them as a CSV file says.")
{
    csvArgument, locationOption, dryRunOption, concurrencyOption,
};
root.SetAction(async (parse, cancellationToken) =>
{
    int concurrency = parse.GetValue(concurrencyOption);
    if (concurrency < 1)
    {
        Console.Error.WriteLine("--concurrency must be at least 1.");
        return 2;
    }
    string? only = parse.GetValue(locationOption);
    List<Row>? rows = null;
    if (parse.GetValue(csvArgument) is { } file)
    {
        rows = ReadCsv(file);
        if (rows is null) return 2;
        if (only is not null) rows = [.. rows.Where(r => r.Location == only)];
    }

    using var connection = SampleConnection.Open();
    var api = connection.Api;
    var accessCodes = api.Telephony.AccessCodes;
    try
    {
        var locations = await api.Locations.ListAsync(cancellationToken: cancellationToken)
            .Where(l => l.Name is not null && l.LocationId is not null)
            .ToDictionaryAsync(l => l.Name!, l => l.LocationId!, StringComparer.Ordinal, cancellationToken);
        if (only is not null && !locations.ContainsKey(only))
        {
            Console.Error.WriteLine($"No location named '{only}'.");
            return 1;
        }

        if (rows is null)
        {
            var names = locations.Keys.Where(n => only is null || n == only).Order(StringComparer.Ordinal).ToList();
            var codes = new Dictionary<string, IReadOnlyList<AuthCode>>();
            var read = await Bulk.RunAsync(names, async (name, ct) =>
            {
                var found = await accessCodes.ReadAsync(locations[name], cancellationToken: ct);
                lock (codes) codes[name] = found;
            }, name => name, Console.Out, concurrency, cancellationToken);
            foreach (var name in names.Where(codes.ContainsKey))
            {
                Console.WriteLine($"{name}: {codes[name].Count} access codes");
                foreach (var code in codes[name].OrderBy(c => c.Code, StringComparer.Ordinal))
                    Console.WriteLine($"  {code.Code,-8} {code.Description}");
            }
            Console.WriteLine($"Access codes of {names.Count} locations: {codes.Values.Sum(c => c.Count)} codes; reads: {read}");
            return read.Failed == 0 ? 0 : 1;
        }

        // per location: read its codes, then one delete and one add request at most
        var byLocation = rows.GroupBy(r => r.Location).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        int unknown = 0;
        foreach (var missing in byLocation.Where(g => !locations.ContainsKey(g.Key)))
        {
            Console.Error.WriteLine($"{missing.Key}: no such location ({missing.Count()} rows)");
            unknown++;
        }
        var known = byLocation.Where(g => locations.ContainsKey(g.Key)).ToList();
        var existing = new Dictionary<string, HashSet<string>>();
        Console.WriteLine($"Read {rows.Count} rows for {byLocation.Count} locations; reading the codes of {known.Count}");
        var reads = await Bulk.RunAsync(known, async (group, ct) =>
        {
            var codes = await accessCodes.ReadAsync(locations[group.Key], cancellationToken: ct);
            lock (existing) existing[group.Key] = [.. codes.Select(c => c.Code!)];
        }, group => group.Key, Console.Out, concurrency, cancellationToken);

        var work = new List<(string Description, Func<CancellationToken, Task> Apply)>();
        int skipped = 0, toAdd = 0, toDelete = 0;
        foreach (var group in known.Where(g => existing.ContainsKey(g.Key)))
        {
            string name = group.Key;
            string locationId = locations[name];
            var have = existing[name];
            var deletes = group.Where(r => r.Delete && have.Contains(r.Code)).Select(r => r.Code).ToList();
            var adds = group.Where(r => !r.Delete && !have.Contains(r.Code)).ToList();
            var absent = group.Where(r => r.Delete && !have.Contains(r.Code)).Select(r => r.Code).ToList();
            var present = group.Where(r => !r.Delete && have.Contains(r.Code)).Select(r => r.Code).ToList();
            if (absent.Count > 0) Console.WriteLine($"  {name}: not there, not deleted: {string.Join(", ", absent)}");
            if (present.Count > 0) Console.WriteLine($"  {name}: already there, not added: {string.Join(", ", present)}");
            skipped += absent.Count + present.Count;
            if (deletes.Count > 0)
            {
                Console.WriteLine($"  {name}: delete {string.Join(", ", deletes)}");
                toDelete += deletes.Count;
                work.Add(($"{name}: delete {string.Join(", ", deletes)}", ct => accessCodes.DeleteCodesAsync(locationId, deletes, cancellationToken: ct)));
            }
            if (adds.Count > 0)
            {
                Console.WriteLine($"  {name}: add {string.Join(", ", adds.Select(a => a.Code))}");
                toAdd += adds.Count;
                work.Add(($"{name}: add {string.Join(", ", adds.Select(a => a.Code))}", ct => accessCodes.CreateAsync(locationId,
                    adds.Select(a => new AuthCode { Code = a.Code, Description = a.Description }), cancellationToken: ct)));
            }
        }
        string plan = $"{toAdd} to add, {toDelete} to delete, {skipped} skipped, {unknown} unknown locations";
        if (parse.GetValue(dryRunOption))
        {
            Console.WriteLine($"Dry run: {plan}; {work.Count} requests, nothing changed");
            return unknown == 0 && reads.Failed == 0 ? 0 : 1;
        }
        var result = await Bulk.RunAsync(work, (item, ct) => item.Apply(ct), item => item.Description, Console.Out, concurrency, cancellationToken);
        Console.WriteLine($"Access codes: {plan}; requests: {result}");
        return unknown == 0 && reads.Failed == 0 && result.Failed == 0 ? 0 : 1;
    }
    catch (WebexApiException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
});
return await root.Parse(args).InvokeAsync();

// the rows of the CSV file, or null after printing every bad row
static List<Row>? ReadCsv(FileInfo file)
{
    if (!file.Exists)
    {
        Console.Error.WriteLine($"No file '{file.FullName}'.");
        return null;
    }
    using var csv = CsvReader.FromFile(file.FullName, new CsvReaderOptions { TrackLineNumbers = true });
    string[] columns = ["location", "code", "description", "operation"];
    var header = new List<string>();
    foreach (string name in csv.Headers) header.Add(name.Trim().ToLowerInvariant());
    if (columns.FirstOrDefault(c => !header.Contains(c)) is { } lacking)
    {
        Console.Error.WriteLine($"{file.Name}: no column '{lacking}' in the header row (location,code,description,operation).");
        return null;
    }
    var rows = new List<Row>();
    var errors = new List<string>();
    while (csv.Read())
    {
        long line = csv.LineNumber;
        string Field(string name) => header.IndexOf(name) is var i && i < csv.FieldCount ? csv.GetString(i).Trim() : "";
        string location = Field("location"), code = Field("code"), description = Field("description");
        string operation = Field("operation").ToLowerInvariant();
        if (location.Length == 0) errors.Add($"line {line}: no location");
        else if (code.Length == 0 || !code.All(char.IsAsciiDigit)) errors.Add($"line {line}: the code '{code}' is not digits");
        else if (operation is not ("add" or "delete")) errors.Add($"line {line}: the operation '{operation}' is neither add nor delete");
        else if (operation == "add" && description.Length == 0) errors.Add($"line {line}: an add needs a description");
        else if (rows.Any(r => r.Location == location && r.Code == code)) errors.Add($"line {line}: the code {code} of {location} is in an earlier row too");
        else rows.Add(new Row(location, code, description, operation == "delete"));
    }
    foreach (var error in errors) Console.Error.WriteLine($"{file.Name}: {error}");
    if (errors.Count > 0)
    {
        Console.Error.WriteLine($"{errors.Count} bad rows; nothing was changed.");
        return null;
    }
    return rows;
}

/// <summary>A row of the CSV file.</summary>
internal sealed record Row(string Location, string Code, string Description, bool Delete);
