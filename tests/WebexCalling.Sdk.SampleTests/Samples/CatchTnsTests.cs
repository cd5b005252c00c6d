using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.SampleTests.TestSupport;
using WebexCalling.Sdk.Telephony.CallQueue;
using WebexCalling.Sdk.Telephony.HuntGroup;

namespace WebexCalling.Sdk.SampleTests.Samples;

/// <summary>samples/catch_tns.cs against a simulated organisation.</summary>
public sealed class CatchTnsTests
{
    [Fact]
    public async Task Puts_every_unassigned_number_on_pool_hunt_groups_forwarded_to_the_main_number_and_cleans_up()
    {
        await using var org = await SampleOrg.StartAsync();
        var locations = await org.Api.Locations.ListAsync().ToListAsync();
        var denver = locations.Single(l => l.Name == "Denver");
        // Denver already has a pool hunt group with 8 of its 10 alternate numbers
        var denverFree = await FreeAsync(org, denver.LocationId!);
        string existing = await org.Api.Telephony.HuntGroup.CreateAsync(denver.LocationId!, new HuntGroupDetails
        {
            Name = "POOL_001", PhoneNumber = denverFree[0], Enabled = true, Agents = [],
            CallPolicies = new HuntGroupCallPolicies { Policy = Policy.Circular },
        });
        await org.Api.Telephony.HuntGroup.UpdateAsync(denver.LocationId!, existing, new HuntGroupDetails
        {
            AlternateNumbers = [.. denverFree.Skip(1).Take(8).Select(n => new AlternateNumber { PhoneNumber = n, RingPattern = RingPattern.Normal })],
        });
        var free = new Dictionary<string, List<string>>();
        foreach (var location in locations) free[location.Name!] = await FreeAsync(org, location.LocationId!);
        Assert.Equal(13, free["Denver"].Count);
        Assert.Equal(22, free["Austin"].Count);

        var run = await SampleRun.RunAsync("catch_tns.cs", org);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Got {free.Values.Sum(f => f.Count) + locations.Count} unassigned numbers in 4 locations", run.Output);
        Assert.Contains($"  Denver: the main number {(await MainNumberAsync(org, denver.LocationId!))} is not assigned to anything; left out", run.Output);
        Assert.Contains($"  Denver: add to POOL_001: {free["Denver"][0]}, {free["Denver"][1]}\n", run.Output.ReplaceLineEndings("\n"));
        Assert.Contains($"  Denver: create POOL_002: {string.Join(", ", free["Denver"].Skip(2))}\n", run.Output.ReplaceLineEndings("\n"));
        Assert.Contains($"  Austin: create POOL_001: {string.Join(", ", free["Austin"].Take(11))}\n", run.Output.ReplaceLineEndings("\n"));
        Assert.Contains("  8/8 done, 0 failed", run.Output);
        Assert.Contains("Pooled 79 numbers onto 8 hunt groups (7 new, 1 filled up): 8 done, 0 failed in ", run.Output);
        foreach (var location in locations)
        {
            Assert.Empty(await FreeAsync(org, location.LocationId!));
            string? main = await MainNumberAsync(org, location.LocationId!);
            var pools = await PoolsAsync(org, location.LocationId!);
            Assert.Equal(["POOL_001", "POOL_002"], pools.Select(p => p.Name).Order());
            var numbers = pools.SelectMany(p => (p.AlternateNumbers ?? []).Select(a => a.PhoneNumber!).Prepend(p.PhoneNumber!));
            Assert.Equal(free[location.Name!].Concat(location.Name == "Denver" ? denverFree.Take(9) : []).Order(), numbers.Order());
            foreach (var pool in pools.Where(p => p.Id != existing))
            {
                var always = (await org.Api.Telephony.HuntGroup.Forwarding.SettingsAsync(location.LocationId!, pool.Id!)).Always!;
                Assert.True(always.Enabled == true && always.Destination == main, $"{location.Name} {pool.Name}: {always}");
            }
        }

        var cleanup = await SampleRun.RunAsync("catch_tns.cs", org, ["--cleanup", "--location", "Austin"]);

        Assert.True(cleanup.ExitCode == 0, cleanup.ToString());
        Assert.Contains("  delete POOL_001 in Austin", cleanup.Output);
        Assert.Contains("Deleted pool hunt groups: 2 done, 0 failed in ", cleanup.Output);
        var austin = locations.Single(l => l.Name == "Austin").LocationId!;
        Assert.Empty(await PoolsAsync(org, austin));
        Assert.Equal(free["Austin"], await FreeAsync(org, austin));
    }

    [Fact]
    public async Task A_dry_run_of_one_location_changes_nothing()
    {
        await using var org = await SampleOrg.StartAsync();
        var austin = await org.Api.Locations.ListAsync(name: "Austin").FirstAsync();
        var free = await FreeAsync(org, austin.LocationId!);

        var run = await SampleRun.RunAsync("catch_tns.cs", org, ["--location", "Austin", "--dry-run"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Got {free.Count + 1} unassigned numbers in 1 locations", run.Output);
        Assert.Contains($"  Austin: create POOL_002: {string.Join(", ", free.Skip(11))}", run.Output);
        Assert.Contains("Dry run: 22 numbers onto 2 hunt groups (2 new, 0 filled up), nothing changed", run.Output);
        Assert.Equal(free, await FreeAsync(org, austin.LocationId!));
        Assert.Empty(await PoolsAsync(org, austin.LocationId!));
    }

    /// <summary>The location's unassigned numbers but its main number, in order.</summary>
    private static async Task<List<string>> FreeAsync(SampleOrg org, string locationId) =>
        await org.Api.Telephony.PhoneNumbersAsync(locationId: locationId, available: true)
            .Where(n => n.MainNumber != true).Select(n => n.PhoneNumber!).Order(StringComparer.Ordinal).ToListAsync();

    private static async Task<string?> MainNumberAsync(SampleOrg org, string locationId) =>
        (await org.Api.Telephony.Location.DetailsAsync(locationId)).CallingLineId?.PhoneNumber;

    private static async Task<List<HuntGroupDetails>> PoolsAsync(SampleOrg org, string locationId)
    {
        var pools = new List<HuntGroupDetails>();
        await foreach (var h in org.Api.Telephony.HuntGroup.ListAsync(locationId: locationId).Where(h => h.Name!.StartsWith("POOL_", StringComparison.Ordinal)))
            pools.Add(await org.Api.Telephony.HuntGroup.DetailsAsync(locationId, h.Id!));
        return pools;
    }
}
