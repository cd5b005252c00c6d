using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.SampleTests.TestSupport;

namespace WebexCalling.Sdk.SampleTests.Samples;

/// <summary>samples/add_numbers.cs against a simulated organisation.</summary>
public sealed class AddNumbersTests
{
    private static readonly string[] Denver = [.. Enumerable.Range(230, 12).Select(n => $"+1303555{n:D4}")];

    private static string Csv => string.Join("\n", Denver.Select(n => $"Denver,{n}").Append("New York,(212) 555-0430")) + "\n";

    [Fact]
    public async Task Adds_the_numbers_as_active_ten_per_request()
    {
        await using var org = await SampleOrg.StartAsync();
        string folder = Directory.CreateTempSubdirectory("sample-numbers-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "numbers.csv"), Csv);

        var run = await SampleRun.RunAsync("add_numbers.cs", org, ["numbers.csv"], workingFolder: folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Read 13 numbers for 2 locations from numbers.csv", run.Output);
        Assert.Contains("Webex can add all 13 numbers", run.Output);
        Assert.Contains($"  Denver: add {string.Join(", ", Denver.Take(10))}\n", run.Output.ReplaceLineEndings("\n"));
        Assert.Contains($"  Denver: add {Denver[10]}, {Denver[11]}\n", run.Output.ReplaceLineEndings("\n"));
        Assert.Contains("  New York: add +12125550430\n", run.Output.ReplaceLineEndings("\n"));
        Assert.Contains("Added 13 numbers to 2 locations (active) in 3 requests: 3 done, 0 failed in ", run.Output);
        var added = await NumbersAsync(org, "Denver");
        Assert.All(Denver, n => Assert.Equal(AvailableNumberState.Active, added.GetValueOrDefault(n)));
        Assert.Equal(AvailableNumberState.Active, (await NumbersAsync(org, "New York")).GetValueOrDefault("+12125550430"));
    }

    [Fact]
    public async Task Bad_rows_and_numbers_Webex_refuses_add_nothing_and_a_dry_run_changes_nothing()
    {
        await using var org = await SampleOrg.StartAsync();
        string folder = Directory.CreateTempSubdirectory("sample-numbers-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "bad.csv"), "Denver,+1303555x\nDenver\nDenver,+13035550231\nDenver,303-555-0231\n");
        // +13035550250 is a free number of Denver already: Webex calls it a duplicate
        await File.WriteAllTextAsync(Path.Combine(folder, "taken.csv"), "Denver,+13035550230\nDenver,+13035550250\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "numbers.csv"), Csv);
        long requests = org.Simulator.RequestCount;

        var bad = await SampleRun.RunAsync("add_numbers.cs", org, ["bad.csv"], workingFolder: folder);

        Assert.True(bad.ExitCode == 2, bad.ToString());
        Assert.Contains("bad.csv: line 1: '+1303555x' is not a phone number in E.164 form", bad.Error);
        Assert.Contains("bad.csv: line 2: 1 columns, not 2 (location,number)", bad.Error);
        Assert.Contains("bad.csv: line 4: +13035550231 is on line 3 too", bad.Error);
        Assert.Contains("3 bad rows; nothing was added.", bad.Error);
        Assert.Equal(requests, org.Simulator.RequestCount);

        var taken = await SampleRun.RunAsync("add_numbers.cs", org, ["taken.csv"], workingFolder: folder);

        Assert.True(taken.ExitCode == 1, taken.ToString());
        Assert.Contains("+13035550250: Duplicate: ", taken.Error);
        Assert.Contains("1 numbers cannot be added; nothing was added.", taken.Error);
        Assert.DoesNotContain("+13035550230", (await NumbersAsync(org, "Denver")).Keys);

        var dry = await SampleRun.RunAsync("add_numbers.cs", org, ["numbers.csv", "--inactive", "--dry-run"], workingFolder: folder);

        Assert.True(dry.ExitCode == 0, dry.ToString());
        Assert.Contains("Dry run: 13 numbers to 2 locations (inactive) in 3 requests, nothing changed", dry.Output);
        Assert.DoesNotContain("+13035550230", (await NumbersAsync(org, "Denver")).Keys);
    }

    private static async Task<Dictionary<string, AvailableNumberState?>> NumbersAsync(SampleOrg org, string location)
    {
        var id = (await org.Api.Locations.ListAsync(name: location).FirstAsync(l => l.Name == location)).LocationId!;
        return await org.Api.Telephony.PhoneNumbersAsync(locationId: id)
            .Where(n => n.PhoneNumber is not null).ToDictionaryAsync(n => n.PhoneNumber!, n => n.State);
    }
}
