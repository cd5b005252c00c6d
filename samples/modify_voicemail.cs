#!/usr/bin/env dotnet
// Sets the voicemail settings of calling users from a CSV file (one row per user, by email address), or writes the
// current voicemail settings of every calling user to a CSV file in the same format: the modify_voicemail example of
// wxc_sdk, ported. wxc_sdk's example set the number of rings of the users of a provisioning CSV (skipping the rows
// whose ERROR column was filled); here every column is a voicemail setting and a blank cell leaves that setting as it
// is, so an exported file, edited, can be read back. The ERROR column is still honoured: such rows are skipped.
// The whole file is checked before anything changes (columns, values, unknown or repeated users); one row failing at
// Webex is reported and counted and the others go on.
// Reads WEBEX_ACCESS_TOKEN from the environment or a .env file; without one it runs against the built-in simulator.
//
//   dotnet run samples/modify_voicemail.cs -- FILE.csv [--dry-run] [--concurrency N]
//   dotnet run samples/modify_voicemail.cs -- --export FILE.csv [--location NAME]
//
// Columns (only EMAIL is required): EMAIL, VOICEMAIL, SEND_ALL_CALLS, SEND_BUSY_CALLS, SEND_UNANSWERED_CALLS,
// NUMBER_OF_RINGS (2-20, and at most the organisation's maximum), NOTIFICATIONS, NOTIFICATION_EMAIL, EMAIL_COPY,
// EMAIL_COPY_ADDRESS, TRANSFER_TO_NUMBER, TRANSFER_NUMBER, ERROR. Switches are true or false.
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
using WebexCalling.Sdk.People;
using WebexCalling.Sdk.PersonSettings;

var fileArgument = new Argument<FileInfo?>("file")
{
    Description = "The CSV file with the settings to apply (one row per user, by EMAIL)",
    Arity = ArgumentArity.ZeroOrOne,
};
var exportOption = new Option<FileInfo?>("--export") { Description = "Write the current settings of every calling user to this CSV file instead" };
var locationOption = new Option<string?>("--location") { Description = "With --export: only the calling users of the location with this name" };
var dryRunOption = new Option<bool>("--dry-run") { Description = "Show what would change, change nothing" };
var concurrencyOption = new Option<int>("--concurrency") { Description = "Users worked on at once", DefaultValueFactory = _ => 10 };
var root = new RootCommand("Set the voicemail settings of calling users from a CSV file, or export them to one.")
{
    fileArgument, exportOption, locationOption, dryRunOption, concurrencyOption,
};
root.SetAction(async (parse, cancellationToken) =>
{
    var file = parse.GetValue(fileArgument);
    var export = parse.GetValue(exportOption);
    int concurrency = parse.GetValue(concurrencyOption);
    string? usage = (file, export) switch
    {
        (null, null) => "Give a CSV file to apply, or --export FILE.",
        (not null, not null) => "Give either a CSV file to apply or --export FILE, not both.",
        _ when concurrency < 1 => "--concurrency must be at least 1.",
        (not null, _) when parse.GetValue(locationOption) is not null => "--location goes with --export only.",
        ({ Exists: false } missing, _) => $"No file {missing.FullName}.",
        _ => null,
    };
    if (usage is not null)
    {
        Console.Error.WriteLine(usage);
        return 2;
    }

    CsvInput? input = null;
    if (file is not null)
    {
        input = VoicemailCsv.Read(file.FullName);
        if (input.Problems.Count > 0) return Refuse(input.Problems);
    }

    using var connection = SampleConnection.Open();
    var api = connection.Api;
    try
    {
        string? locationId = null;
        if (parse.GetValue(locationOption) is { } locationName)
        {
            locationId = (await Lookups.LocationAsync(api, locationName, cancellationToken: cancellationToken))?.LocationId;
            if (locationId is null) return 1;
        }
        var users = await api.People.ListAsync(callingData: true, locationId: locationId, cancellationToken: cancellationToken)
            .Where(p => p.LocationId is not null && p.Emails is { Count: > 0 })
            .ToListAsync(cancellationToken);
        Console.WriteLine($"{users.Count} calling users");
        var voicemail = api.PersonSettings.Voicemail;

        if (export is not null)
        {
            var settings = new ConcurrentDictionary<string, VoicemailSettings>();
            var read = await Bulk.RunAsync(users,
                async (user, ct) => settings[user.PersonId!] = await voicemail.ReadAsync(user.PersonId!, cancellationToken: ct),
                Name, Console.Out, concurrency, cancellationToken);
            var rows = users.Where(u => settings.ContainsKey(u.PersonId!)).OrderBy(u => u.Emails![0], StringComparer.OrdinalIgnoreCase)
                .Select(u => (u.Emails![0], settings[u.PersonId!]));
            VoicemailCsv.Write(export.FullName, rows);
            Console.WriteLine($"Wrote the voicemail settings of {settings.Count} users to {export.FullName}: {read}");
            return read.Failed == 0 ? 0 : 1;
        }

        var byEmail = users.ToDictionary(u => u.Emails![0], StringComparer.OrdinalIgnoreCase);
        var unknown = input!.Rows.Where(r => !byEmail.ContainsKey(r.Email))
            .Select(r => $"line {r.Line}: {r.Email} is not a calling user{(locationId is null ? "" : " of that location")}").ToList();
        if (unknown.Count > 0) return Refuse(unknown);
        foreach (var skipped in input.Skipped) Console.WriteLine($"  skipped line {skipped.Line} ({skipped.Email}): error in the input file: {skipped.Error}");

        bool dryRun = parse.GetValue(dryRunOption);
        int changed = 0;
        var result = await Bulk.RunAsync(input.Rows, async (row, ct) =>
        {
            var user = byEmail[row.Email];
            var before = await voicemail.ReadAsync(user.PersonId!, cancellationToken: ct);
            var after = before;
            var changes = new List<string>();
            foreach (var (column, value) in row.Values)
            {
                string old = column.Export(after);
                if (old == value) continue;
                changes.Add($"{column.Name} {(old.Length == 0 ? "(none)" : old)} -> {value}");
                after = column.Apply(after, value);
            }
            if (changes.Count == 0)
            {
                Console.WriteLine($"  {Name(user)}: already as in the file");
                return;
            }
            if (!dryRun) await voicemail.ConfigureAsync(user.PersonId!, after, cancellationToken: ct);
            Interlocked.Increment(ref changed);
            Console.WriteLine($"  {Name(user)}: {(dryRun ? "would change " : "")}{string.Join(", ", changes)}");
        }, row => Name(byEmail[row.Email]), Console.Out, concurrency, cancellationToken);

        string skippedText = input.Skipped.Count == 0 ? "" : $", {input.Skipped.Count} rows skipped (ERROR column)";
        Console.WriteLine(dryRun
            ? $"Dry run: {changed} of {input.Rows.Count} users would change{skippedText}, nothing changed"
            : $"Voicemail settings changed for {changed} of {input.Rows.Count} users{skippedText}: {result}");
        return result.Failed == 0 ? 0 : 1;
    }
    catch (WebexApiException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
});
return await root.Parse(args).InvokeAsync();

static string Name(Person user) => $"{user.DisplayName} ({user.Emails![0]})";

static int Refuse(IReadOnlyCollection<string> problems)
{
    foreach (string problem in problems) Console.Error.WriteLine(problem);
    Console.Error.WriteLine($"{problems.Count} problems in the file: nothing changed.");
    return 2;
}

/// <summary>One voicemail setting as a CSV column: how it is written, checked and applied.</summary>
/// <param name="Name">The column header.</param>
/// <param name="Export">The cell of a user's current settings ("" when unset).</param>
/// <param name="Check">The problem with a (non-blank) cell, or null when it is good.</param>
/// <param name="Apply">The settings with the cell's value applied.</param>
sealed record VoicemailColumn(string Name, Func<VoicemailSettings, string> Export, Func<string, string?> Check,
    Func<VoicemailSettings, string, VoicemailSettings> Apply);

/// <summary>A row to apply: the user and its non-blank cells, checked.</summary>
sealed record VoicemailRow(int Line, string Email, IReadOnlyList<(VoicemailColumn Column, string Value)> Values);

/// <summary>A row skipped because the provisioning tool that wrote the file put an error in it.</summary>
sealed record SkippedRow(int Line, string Email, string Error);

/// <summary>What was read from a CSV file: rows to apply, rows skipped, and every problem found.</summary>
sealed record CsvInput(IReadOnlyList<VoicemailRow> Rows, IReadOnlyList<SkippedRow> Skipped, IReadOnlyList<string> Problems);

/// <summary>The CSV format: the columns and how a file is read and written.</summary>
static class VoicemailCsv
{
    private const string EmailColumn = "EMAIL";
    private const string ErrorColumn = "ERROR";

    public static readonly VoicemailColumn[] Columns =
    [
        Switch("VOICEMAIL", s => s.Enabled, (s, on) => s with { Enabled = on }),
        Switch("SEND_ALL_CALLS", s => s.SendAllCalls?.Enabled, (s, on) => s with { SendAllCalls = (s.SendAllCalls ?? new()) with { Enabled = on } }),
        Switch("SEND_BUSY_CALLS", s => s.SendBusyCalls?.Enabled, (s, on) => s with { SendBusyCalls = (s.SendBusyCalls ?? new()) with { Enabled = on } }),
        Switch("SEND_UNANSWERED_CALLS", s => s.SendUnansweredCalls?.Enabled,
            (s, on) => s with { SendUnansweredCalls = (s.SendUnansweredCalls ?? new()) with { Enabled = on } }),
        new("NUMBER_OF_RINGS", s => s.SendUnansweredCalls?.NumberOfRings?.ToString(CultureInfo.InvariantCulture) ?? "",
            v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out int rings) && rings is >= 2 and <= 20 ? null : "a number of rings from 2 to 20",
            (s, v) => s with { SendUnansweredCalls = (s.SendUnansweredCalls ?? new()) with { NumberOfRings = int.Parse(v, CultureInfo.InvariantCulture) } }),
        Switch("NOTIFICATIONS", s => s.Notifications?.Enabled, (s, on) => s with { Notifications = (s.Notifications ?? new()) with { Enabled = on } }),
        Text("NOTIFICATION_EMAIL", s => s.Notifications?.Destination, IsEmail, "an email address",
            (s, v) => s with { Notifications = (s.Notifications ?? new()) with { Destination = v } }),
        Switch("EMAIL_COPY", s => s.EmailCopyOfMessage?.Enabled,
            (s, on) => s with { EmailCopyOfMessage = (s.EmailCopyOfMessage ?? new()) with { Enabled = on } }),
        Text("EMAIL_COPY_ADDRESS", s => s.EmailCopyOfMessage?.EmailId, IsEmail, "an email address",
            (s, v) => s with { EmailCopyOfMessage = (s.EmailCopyOfMessage ?? new()) with { EmailId = v } }),
        Switch("TRANSFER_TO_NUMBER", s => s.TransferToNumber?.Enabled,
            (s, on) => s with { TransferToNumber = (s.TransferToNumber ?? new()) with { Enabled = on } }),
        Text("TRANSFER_NUMBER", s => s.TransferToNumber?.Destination, IsPhoneNumber, "a phone number or extension (digits, may start with +)",
            (s, v) => s with { TransferToNumber = (s.TransferToNumber ?? new()) with { Destination = v } }),
    ];

    /// <summary>Reads and checks a file; nothing is applied when <see cref="CsvInput.Problems"/> has any.</summary>
    public static CsvInput Read(string path)
    {
        var rows = new List<VoicemailRow>();
        var skipped = new List<SkippedRow>();
        var problems = new List<string>();
        using var csv = CsvReader.Create(File.OpenRead(path),
            new CsvReaderOptions { Separator = ',', TrimWhitespace = true, TrackLineNumbers = true }, false);
        string[] header = [.. csv.Headers];
        if (header.Length == 0)
            return new CsvInput(rows, skipped, ["The file is empty: the first line must name the columns."]);
        foreach (string name in header.Where(h => h != EmailColumn && h != ErrorColumn && Columns.All(c => c.Name != h)))
            problems.Add($"line 1: unknown column '{name}' (known: {EmailColumn}, {string.Join(", ", Columns.Select(c => c.Name))}, {ErrorColumn})");
        if (!header.Contains(EmailColumn)) problems.Add($"line 1: no {EmailColumn} column");
        if (problems.Count > 0) return new CsvInput(rows, skipped, problems);
        var present = Columns.Where(c => header.Contains(c.Name)).ToList();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (csv.Read())
        {
            int line = (int)csv.LineNumber;
            string email = csv.GetString(EmailColumn);
            if (email.Length == 0)
            {
                problems.Add($"line {line}: no {EmailColumn}");
                continue;
            }
            if (seen.TryGetValue(email, out int first))
            {
                problems.Add($"line {line}: {email} is on line {first} already");
                continue;
            }
            seen[email] = line;
            if (header.Contains(ErrorColumn) && csv.GetString(ErrorColumn) is { Length: > 0 } error)
            {
                skipped.Add(new SkippedRow(line, email, error));
                continue;
            }
            var values = new List<(VoicemailColumn, string)>();
            foreach (var column in present)
            {
                string value = csv.GetString(column.Name);
                if (value.Length == 0) continue;
                if (column.Check(value) is { } expected) problems.Add($"line {line}: {column.Name} '{value}' is not {expected}");
                else values.Add((column, value.ToLowerInvariant() is "true" or "false" ? value.ToLowerInvariant() : value));
            }
            rows.Add(new VoicemailRow(line, email, values));
        }
        return new CsvInput(rows, skipped, problems);
    }

    /// <summary>Writes one row per user, every column filled from the user's current settings.</summary>
    public static void Write(string path, IEnumerable<(string Email, VoicemailSettings Settings)> users)
    {
        using var csv = CsvWriter.Create(File.Create(path), CsvWriterOptions.Default, false);
        csv.WriteHeader([EmailColumn, .. Columns.Select(c => c.Name)]);
        foreach (var (email, settings) in users)
        {
            csv.WriteField(email);
            foreach (var column in Columns) csv.WriteField(column.Export(settings));
            csv.EndRecord();
        }
    }

    private static VoicemailColumn Switch(string name, Func<VoicemailSettings, bool?> get, Func<VoicemailSettings, bool, VoicemailSettings> set) =>
        new(name, s => get(s) switch { true => "true", false => "false", null => "" },
            v => bool.TryParse(v, out _) ? null : "true or false",
            (s, v) => set(s, bool.Parse(v)));

    private static VoicemailColumn Text(string name, Func<VoicemailSettings, string?> get, Func<string, bool> valid, string expected,
        Func<VoicemailSettings, string, VoicemailSettings> set) =>
        new(name, s => get(s) ?? "", v => valid(v) ? null : expected, set);

    private static bool IsEmail(string value) =>
        value.IndexOf('@') is > 0 and var at && at < value.Length - 1 && !value.Any(char.IsWhiteSpace);

    private static bool IsPhoneNumber(string value) =>
        value.Length is >= 2 and <= 20 && value.Select((c, i) => char.IsAsciiDigit(c) || (i == 0 && c == '+')).All(ok => ok);
}
