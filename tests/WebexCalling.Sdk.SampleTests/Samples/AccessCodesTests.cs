using WebexCalling.Sdk.SampleTests.TestSupport;

namespace WebexCalling.Sdk.SampleTests.Samples;

/// <summary>samples/access_codes.cs against a simulated organisation.</summary>
public sealed class AccessCodesTests
{
    private const string Csv = """
        location,code,description,operation
        Denver,2300,Night line,add
        Denver,2100,,delete
        Denver,2999,,delete
        Austin,3200,Alternate access code,add
        Austin,3300,Lab,ADD
        Atlantis,1,Nowhere,add
        """;

    [Fact]
    public async Task Adds_and_deletes_as_the_csv_says_skipping_what_is_done_and_counting_an_unknown_location()
    {
        await using var org = await SampleOrg.StartAsync();
        string folder = Directory.CreateTempSubdirectory("sample-codes-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "codes.csv"), Csv);

        var run = await SampleRun.RunAsync("access_codes.cs", org, ["codes.csv"], workingFolder: folder);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Atlantis: no such location (1 rows)", run.Error);
        Assert.Contains("Read 6 rows for 3 locations; reading the codes of 2", run.Output);
        Assert.Contains("  Denver: not there, not deleted: 2999", run.Output);
        Assert.Contains("  Austin: already there, not added: 3200", run.Output);
        Assert.Contains("  Denver: delete 2100", run.Output);
        Assert.Contains("  Denver: add 2300", run.Output);
        Assert.Contains("  Austin: add 3300", run.Output);
        Assert.Contains("Access codes: 2 to add, 1 to delete, 2 skipped, 1 unknown locations; requests: 3 done, 0 failed in ", run.Output);
        Assert.Equal(["2200 Alternate access code", "2300 Night line"], await CodesAsync(org, "Denver"));
        Assert.Equal(["3100 Main access code", "3200 Alternate access code", "3300 Lab"], await CodesAsync(org, "Austin"));
    }

    [Fact]
    public async Task Bad_rows_are_refused_before_any_request_a_dry_run_changes_nothing_and_a_listing_shows_the_codes()
    {
        await using var org = await SampleOrg.StartAsync();
        string folder = Directory.CreateTempSubdirectory("sample-codes-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "bad.csv"), "location,code,description,operation\nDenver,12a,x,add\nDenver,5,,modify\nDenver,6,,add\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "codes.csv"), Csv);
        long requests = org.Simulator.RequestCount;

        var bad = await SampleRun.RunAsync("access_codes.cs", org, ["bad.csv"], workingFolder: folder);

        Assert.True(bad.ExitCode == 2, bad.ToString());
        Assert.Contains("bad.csv: line 2: the code '12a' is not digits", bad.Error);
        Assert.Contains("bad.csv: line 3: the operation 'modify' is neither add nor delete", bad.Error);
        Assert.Contains("bad.csv: line 4: an add needs a description", bad.Error);
        Assert.Contains("3 bad rows; nothing was changed.", bad.Error);
        Assert.Equal(requests, org.Simulator.RequestCount);

        var dry = await SampleRun.RunAsync("access_codes.cs", org, ["codes.csv", "--location", "Denver", "--dry-run"], workingFolder: folder);

        Assert.True(dry.ExitCode == 0, dry.ToString());
        Assert.Contains("Dry run: 1 to add, 1 to delete, 1 skipped, 0 unknown locations; 2 requests, nothing changed", dry.Output);
        var denver = await CodesAsync(org, "Denver");
        Assert.Equal(["2100 Main access code", "2200 Alternate access code"], denver);

        var list = await SampleRun.RunAsync("access_codes.cs", org, ["--location", "Denver"]);

        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains("Denver: 2 access codes\n  2100     Main access code\n  2200     Alternate access code\n", list.Output.ReplaceLineEndings("\n"));
        Assert.Contains("Access codes of 1 locations: 2 codes; reads: 1 done, 0 failed in ", list.Output);
    }

    private static async Task<List<string>> CodesAsync(SampleOrg org, string location)
    {
        var id = (await org.Api.Locations.ListAsync(name: location).FirstAsync(l => l.Name == location)).LocationId!;
        return [.. (await org.Api.Telephony.AccessCodes.ReadAsync(id)).Select(c => $"{c.Code} {c.Description}").Order(StringComparer.Ordinal)];
    }
}
