#!/usr/bin/env dotnet
// Provisions workspaces with a third-party (generic, customer managed) SIP phone from a CSV file and writes what the
// phones need to register (SIP user name, line/port, outbound proxy, password) to an output CSV; --cleanup deletes
// the workspaces of the file again. The workspace_w_3rd_party example of wxc_sdk, ported: the same checks before
// anything is created (locations exist, workspaces do not, extensions and MAC addresses are free and unique, a Webex
// Calling licence is left for each), the same generated values for blank cells (the first free extension from 2000,
// MAC addresses DEADDEADxxxx that Webex says are available, passwords from Webex's password generator), one workspace
// and one device per row. Left out: wxc_sdk's --token and service app tokens (the token comes as in every sample) and
// its --log-file/HAR logging. Passwords go to the output file only, never to the console.
// Reads WEBEX_ACCESS_TOKEN from the environment or a .env file; without one it runs against the built-in simulator,
// and without FILE there it provisions two demo workspaces (San Jose Desk 1, Denver Desk 1) into
// workspace_w_3rd_party.out.csv.
//
//   dotnet run samples/workspace_w_3rd_party.cs -- FILE.csv --output OUT.csv [--dry-run]
//   dotnet run samples/workspace_w_3rd_party.cs -- FILE.csv --cleanup [--dry-run]
//
// FILE.csv has a header line; columns WORKSPACE, LOCATION (required), EXTENSION, MAC, PASSWORD (blank: generated).
#:project ../src/WebexCalling.Sdk/WebexCalling.Sdk.csproj
#:project Common/WebexCalling.Samples.Common.csproj
#:package System.CommandLine
#:package CsvHelper
using System.Collections.Concurrent;
using System.CommandLine;
using System.Globalization;
using CsvHelper;
using WebexCalling.Samples;
using WebexCalling.Sdk;
using WebexCalling.Sdk.Telephony.Devices;
using WebexCalling.Sdk.Workspaces;

const string GenericModel = "Generic IPPhone Customer Managed";
var fileArgument = new Argument<FileInfo?>("file")
{
    Description = "CSV with the workspaces: WORKSPACE, LOCATION, EXTENSION, MAC, PASSWORD (blank cells are generated)",
    Arity = ArgumentArity.ZeroOrOne,
};
var outputOption = new Option<FileInfo?>("--output") { Description = "Where the provisioning results go (CSV, with the SIP passwords)" };
var dryRunOption = new Option<bool>("--dry-run") { Description = "Check and prepare everything, create or delete nothing" };
var cleanupOption = new Option<bool>("--cleanup") { Description = "Delete the workspaces of the file instead" };
var root = new RootCommand("Provision workspaces with third-party SIP phones from a CSV file, or delete them again.")
{
    fileArgument, outputOption, dryRunOption, cleanupOption,
};
root.SetAction(async (parse, cancellationToken) =>
{
    var file = parse.GetValue(fileArgument);
    var output = parse.GetValue(outputOption);
    bool dryRun = parse.GetValue(dryRunOption), cleanup = parse.GetValue(cleanupOption);
    using var connection = SampleConnection.Open();
    string? usage = null;
    if (file is null && !connection.IsSimulated) usage = "Give the CSV file with the workspaces.";
    else if (file is { Exists: false }) usage = $"No file {file.FullName}.";
    else if (output is not null && (dryRun || cleanup)) usage = "--output goes with provisioning only (not with --dry-run or --cleanup).";
    else if (output is null && !dryRun && !cleanup && file is not null) usage = "Give --output for the provisioning results.";
    if (usage is not null)
    {
        Console.Error.WriteLine(usage);
        return 2;
    }
    List<Row> rows;
    if (file is null)
    {
        rows = [new(2, "San Jose Desk 1", "San Jose", null, null, null), new(3, "Denver Desk 1", "Denver", null, null, null)];
        if (!dryRun && !cleanup) output = new FileInfo("workspace_w_3rd_party.out.csv");
        Console.WriteLine($"Demo input: {string.Join(", ", rows.Select(r => $"{r.Workspace} ({r.Location})"))}");
    }
    else
    {
        var (read, readProblems) = Row.ReadAll(file.FullName);
        if (readProblems.Count > 0) return Refuse(readProblems);
        rows = read;
    }
    var api = connection.Api;
    try
    {
        var workspaces = await api.Workspaces.ListAsync(cancellationToken: cancellationToken).ToListAsync(cancellationToken);
        if (cleanup)
        {
            var missing = rows.Where(r => workspaces.All(w => w.DisplayName != r.Workspace)).Select(r => $"line {r.Line}: no workspace '{r.Workspace}'").ToList();
            if (missing.Count > 0) return Refuse(missing);
            var doomed = workspaces.Where(w => rows.Any(r => r.Workspace == w.DisplayName)).ToList();
            if (dryRun)
            {
                foreach (var w in doomed) Console.WriteLine($"  would delete workspace {w.DisplayName}");
                Console.WriteLine($"Dry run: {doomed.Count} workspaces would be deleted, nothing changed");
                return 0;
            }
            var deleted = await Bulk.RunAsync(doomed, async (w, ct) =>
            {
                await api.Workspaces.DeleteAsync(w.WorkspaceId!, ct);
                Console.WriteLine($"  deleted workspace {w.DisplayName}");
            }, w => w.DisplayName!, Console.Out, cancellationToken: cancellationToken);
            Console.WriteLine($"Deleted {deleted.Succeeded} of {doomed.Count} workspaces: {deleted}");
            return deleted.Failed == 0 ? 0 : 1;
        }

        var problems = new List<string>();
        var locations = await api.Locations.ListAsync(cancellationToken: cancellationToken).ToListAsync(cancellationToken);
        var byName = locations.Where(l => l.Name is not null).ToDictionary(l => l.Name!);
        foreach (var row in rows)
        {
            if (!byName.ContainsKey(row.Location)) problems.Add($"line {row.Line}: no location '{row.Location}'");
            if (workspaces.Any(w => w.DisplayName == row.Workspace)) problems.Add($"line {row.Line}: workspace '{row.Workspace}' exists already");
        }
        // extensions: free in the location, else the first free one from 2000
        foreach (var group in rows.Where(r => byName.ContainsKey(r.Location)).GroupBy(r => r.Location))
        {
            var used = await api.Telephony.PhoneNumbersAsync(locationId: byName[group.Key].LocationId, cancellationToken: cancellationToken)
                .Where(n => n.Extension is not null).Select(n => n.Extension!).ToHashSetAsync(cancellationToken: cancellationToken);
            foreach (var row in group.Where(r => r.Extension is not null))
                if (!used.Add(row.Extension!)) problems.Add($"line {row.Line}: extension {row.Extension} is in use in {row.Location}");
            foreach (var row in group.Where(r => r.Extension is null))
            {
                row.Extension = Enumerable.Range(2000, 8000).Select(e => e.ToString(CultureInfo.InvariantCulture)).First(used.Add);
                Console.WriteLine($"  line {row.Line}: generated extension {row.Extension}");
            }
        }
        // MAC addresses: available at Webex, else generated ones that are
        var given = rows.Where(r => r.Mac is not null).ToList();
        if (given.Count > 0)
        {
            var statuses = (await api.Telephony.Devices.ValidateMacsAsync(given.Select(r => r.Mac!), cancellationToken: cancellationToken)).MacStatus ?? [];
            foreach (var status in statuses.Where(s => s.State != MacState.Available))
                foreach (var row in given.Where(r => string.Equals(r.Mac, status.Mac, StringComparison.OrdinalIgnoreCase)))
                    problems.Add($"line {row.Line}: MAC address {row.Mac}: {status.State}, {status.Message}");
        }
        var needMac = rows.Where(r => r.Mac is null).ToList();
        for (int start = 0; needMac.Any(r => r.Mac is null) && start < 0x10000; start += 100)
        {
            var candidates = Enumerable.Range(start, Math.Min(100, 0x10000 - start)).Select(v => $"DEADDEAD{v:X4}")
                .Where(m => rows.All(r => !string.Equals(r.Mac, m, StringComparison.OrdinalIgnoreCase))).ToList();
            var statuses = (await api.Telephony.Devices.ValidateMacsAsync(candidates, cancellationToken: cancellationToken)).MacStatus ?? [];
            var free = new Queue<string>(candidates.Where(m => statuses.All(s => s.Mac != m || s.State == MacState.Available)));
            foreach (var row in needMac.Where(r => r.Mac is null && free.Count > 0))
            {
                row.Mac = free.Dequeue();
                Console.WriteLine($"  line {row.Line}: generated MAC address {row.Mac}");
            }
        }
        // a Webex Calling licence per workspace: the workspaces licences first, then professional ones
        var licenses = await api.Licenses.ListAsync(cancellationToken: cancellationToken)
            .Where(l => l.Name is "Webex Calling - Workspaces" or "Webex Calling - Professional")
            .OrderByDescending(l => l.Name, StringComparer.Ordinal).ToListAsync(cancellationToken);
        var units = new Queue<string>(licenses.SelectMany(l => Enumerable.Repeat(l.LicenseId!, Math.Max(0, (l.TotalUnits ?? 0) - (l.ConsumedUnits ?? 0)))));
        foreach (var row in rows)
            if (!units.TryDequeue(out var license)) problems.Add($"line {row.Line}: no Webex Calling licence left for '{row.Workspace}'");
            else row.LicenseId = license;
        if (problems.Count > 0) return Refuse(problems);

        if (dryRun)
        {
            foreach (var row in rows) Console.WriteLine($"  would create {row.Workspace} in {row.Location}, extension {row.Extension}, MAC {row.Mac}");
            Console.WriteLine($"Dry run: {rows.Count} workspaces would be created, nothing changed");
            return 0;
        }
        foreach (var row in rows.Where(r => r.Password is null))
            row.Password = await api.Telephony.Location.GeneratePasswordAsync(byName[row.Location].LocationId!, cancellationToken: cancellationToken);

        var done = new ConcurrentBag<Row>();
        var result = await Bulk.RunAsync(rows, async (row, ct) =>
        {
            var location = byName[row.Location];
            var workspace = await api.Workspaces.CreateAsync(new Workspace
            {
                DisplayName = row.Workspace,
                LocationId = location.LocationId,
                WorkspaceType = WorkspaceType.Desk,
                Capacity = 1,
                SupportedDevices = WorkspaceSupportedDevices.Phones,
                DevicePlatform = WorkspaceDevicePlatform.Cisco,
                Calling = new WorkspaceCalling
                {
                    Type = WorkspaceCallingType.WebexCalling,
                    WebexCalling = new WorkspaceWebexCalling { Extension = row.Extension, LocationId = location.LocationId, Licenses = [row.LicenseId!] },
                },
            }, ct);
            var device = await api.Devices.CreateByMacAddressAsync(row.Mac!, GenericModel, workspaceId: workspace.WorkspaceId, password: row.Password, cancellationToken: ct);
            var details = await api.Telephony.Devices.DetailsAsync(device.DeviceId!, cancellationToken: ct);
            row.SipUserName = details.Owner?.SipUserName;
            row.LinePort = details.Owner?.LinePort;
            row.OutboundProxy = details.Proxy?.OutboundProxy;
            done.Add(row);
            Console.WriteLine($"  {row.Workspace}: extension {row.Extension}, MAC {row.Mac}, SIP user name {row.SipUserName}, line/port {row.LinePort}, outbound proxy {row.OutboundProxy}");
        }, r => r.Workspace, Console.Out, cancellationToken: cancellationToken);

        Row.WriteAll(output!.FullName, rows.Where(done.Contains));
        Console.WriteLine($"Provisioned {result.Succeeded} of {rows.Count} workspaces with a {GenericModel} phone: {result}");
        Console.WriteLine($"Wrote their SIP credentials to {output.FullName}");
        return result.Failed == 0 ? 0 : 1;
    }
    catch (WebexApiException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
});
return await root.Parse(args).InvokeAsync();

static int Refuse(IReadOnlyCollection<string> problems)
{
    foreach (string problem in problems) Console.Error.WriteLine(problem);
    Console.Error.WriteLine($"{problems.Count} problems: nothing changed.");
    return 2;
}

/// <summary>A row of the input, completed with what is generated and what Webex answers.</summary>
sealed class Row(int line, string workspace, string location, string? extension, string? mac, string? password)
{
    private static readonly string[] Input = ["WORKSPACE", "LOCATION", "EXTENSION", "MAC", "PASSWORD"];

    public int Line { get; } = line;
    public string Workspace { get; } = workspace;
    public string Location { get; } = location;
    public string? Extension { get; set; } = extension;
    public string? Mac { get; set; } = mac;
    public string? Password { get; set; } = password;
    public string? LicenseId { get; set; }
    public string? SipUserName { get; set; }
    public string? LinePort { get; set; }
    public string? OutboundProxy { get; set; }

    /// <summary>Reads the rows and checks what can be checked without Webex.</summary>
    public static (List<Row> Rows, List<string> Problems) ReadAll(string path)
    {
        var rows = new List<Row>();
        var problems = new List<string>();
        using var csv = CsvReader.Create(File.OpenRead(path), new CsvReaderOptions { Separator = ',', TrimWhitespace = true, TrackLineNumbers = true }, false);
        string[] header = [.. csv.Headers];
        foreach (string name in header.Where(h => !Input.Contains(h))) problems.Add($"line 1: unknown column '{name}' (known: {string.Join(", ", Input)})");
        foreach (string name in Input.Take(2).Where(n => !header.Contains(n))) problems.Add($"line 1: no {name} column");
        if (problems.Count > 0) return (rows, problems);
        string? Cell(string name) => header.Contains(name) && csv.GetString(name) is { Length: > 0 } value ? value : null;
        while (csv.Read())
        {
            int line = (int)csv.LineNumber;
            string? workspace = Cell("WORKSPACE"), location = Cell("LOCATION"), extension = Cell("EXTENSION"), password = Cell("PASSWORD");
            string? mac = Cell("MAC")?.Replace("-", "", StringComparison.Ordinal).Replace(":", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
            if (workspace is null || location is null) problems.Add($"line {line}: WORKSPACE and LOCATION are required");
            if (extension is not null && (extension.Length is < 2 or > 10 || !extension.All(char.IsAsciiDigit)))
                problems.Add($"line {line}: EXTENSION '{extension}' is not 2 to 10 digits");
            if (mac is not null && (mac.Length != 12 || !mac.All(char.IsAsciiHexDigit))) problems.Add($"line {line}: MAC '{Cell("MAC")}' is not 12 hexadecimal digits");
            if (workspace is not null && rows.FirstOrDefault(r => r.Workspace == workspace) is { } first)
                problems.Add($"line {line}: workspace '{workspace}' is on line {first.Line} already");
            if (mac is not null && rows.FirstOrDefault(r => r.Mac == mac) is { } same) problems.Add($"line {line}: MAC {mac} is on line {same.Line} already");
            if (location is not null && extension is not null && rows.FirstOrDefault(r => r.Location == location && r.Extension == extension) is { } twin)
                problems.Add($"line {line}: extension {extension} is on line {twin.Line} already");
            rows.Add(new Row(line, workspace ?? "", location ?? "", extension, mac, password));
        }
        if (rows.Count == 0 && problems.Count == 0) problems.Add("The file has no rows.");
        return (rows, problems);
    }

    /// <summary>Writes the provisioned rows with what the phones need to register.</summary>
    public static void WriteAll(string path, IEnumerable<Row> rows)
    {
        using var csv = CsvWriter.Create(File.Create(path), CsvWriterOptions.Default, false);
        csv.WriteHeader(["WORKSPACE", "LOCATION", "EXTENSION", "MAC", "PASSWORD", "OUTBOUND_PROXY", "SIP_USER_NAME", "LINE_PORT"]);
        foreach (var row in rows)
        {
            foreach (string? value in new[] { row.Workspace, row.Location, row.Extension, row.Mac, row.Password, row.OutboundProxy, row.SipUserName, row.LinePort })
                csv.WriteField(value);
            csv.EndRecord();
        }
    }
}
