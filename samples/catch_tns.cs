#!/usr/bin/env dotnet
// Catches calls to unassigned numbers: per location, the numbers nobody owns (free numbers) go onto "pool" hunt groups
// (POOL_001, POOL_002, ... unless --prefix) whose calls are all forwarded to the location's main number. Existing pool
// hunt groups with room (at most 10 alternate numbers) are filled up first; the rest go onto new ones, 11 numbers each
// (the first as the group's number, ten as alternates). An unassigned main number stays out (the pools forward to it:
// wxc_sdk skipped such a location). With --cleanup the pool hunt groups are deleted instead.
// The catch_tns.py example of wxc_sdk, ported; it ran all locations at once, this script works on them many at a time.
// Reads WEBEX_ACCESS_TOKEN from the environment or a .env file; without one it runs against the built-in simulator.
//
//   dotnet run samples/catch_tns.cs -- [--location NAME] [--prefix POOL_] [--cleanup] [--dry-run] [--concurrency N]
#:project ../src/WebexCalling.Sdk/WebexCalling.Sdk.csproj
#:project Common/WebexCalling.Samples.Common.csproj
#:package System.CommandLine
using System.CommandLine;
using WebexCalling.Samples;
using WebexCalling.Sdk;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Telephony.CallQueue;
using WebexCalling.Sdk.Telephony.HuntGroup;

const int MaxAlternates = 10; // Webex's limit of alternate numbers per hunt group

var locationOption = new Option<string?>("--location") { Description = "Only the location with this name" };
var prefixOption = new Option<string>("--prefix") { Description = "Name prefix of the pool hunt groups", DefaultValueFactory = _ => "POOL_" };
var cleanupOption = new Option<bool>("--cleanup") { Description = "Delete the pool hunt groups instead" };
var dryRunOption = new Option<bool>("--dry-run") { Description = "Show what would be created, changed or deleted, change nothing" };
var concurrencyOption = new Option<int>("--concurrency") { Description = "Hunt groups worked on at once", DefaultValueFactory = _ => 10 };
var root = new RootCommand("Put the unassigned numbers of each location on hunt groups forwarded to the location's main number.")
{
    locationOption, prefixOption, cleanupOption, dryRunOption, concurrencyOption,
};
root.SetAction(async (parse, cancellationToken) =>
{
    int concurrency = parse.GetValue(concurrencyOption);
    string prefix = parse.GetValue(prefixOption)!.Trim();
    bool dryRun = parse.GetValue(dryRunOption);
    if (concurrency < 1)
    {
        Console.Error.WriteLine("--concurrency must be at least 1.");
        return 2;
    }
    if (prefix.Length == 0)
    {
        Console.Error.WriteLine("--prefix must not be empty.");
        return 2;
    }
    using var connection = SampleConnection.Open();
    var api = connection.Api;
    var huntGroups = api.Telephony.HuntGroup;
    try
    {
        string? locationId = null;
        if (parse.GetValue(locationOption) is { } locationName)
        {
            var location = await Lookups.LocationAsync(api, locationName, cancellationToken: cancellationToken);
            if (location is null) return 1;
            locationId = location.LocationId;
        }

        if (parse.GetValue(cleanupOption))
        {
            var pools = await huntGroups.ListAsync(locationId: locationId, cancellationToken: cancellationToken)
                .Where(h => h.Name?.StartsWith(prefix, StringComparison.Ordinal) == true)
                .ToListAsync(cancellationToken);
            foreach (var pool in pools) Console.WriteLine($"  {(dryRun ? "would delete" : "delete")} {pool.Name} in {pool.LocationName}");
            if (dryRun)
            {
                Console.WriteLine($"Dry run: {pools.Count} pool hunt groups would be deleted, nothing changed");
                return 0;
            }
            var deleted = await Bulk.RunAsync(pools, (pool, ct) => huntGroups.DeleteAsync(pool.LocationId!, pool.Id!, cancellationToken: ct),
                pool => $"{pool.LocationName}: {pool.Name}", Console.Out, concurrency, cancellationToken);
            Console.WriteLine($"Deleted pool hunt groups: {deleted}");
            return deleted.Failed == 0 ? 0 : 1;
        }

        var free = await api.Telephony.PhoneNumbersAsync(locationId: locationId, available: true, cancellationToken: cancellationToken)
            .Where(n => n.PhoneNumber is not null && n.Location?.Id is not null)
            .ToListAsync(cancellationToken);
        var byLocation = free.GroupBy(n => n.Location!.Id!).OrderBy(g => g.First().Location!.Name, StringComparer.Ordinal).ToList();
        Console.WriteLine($"Got {free.Count} unassigned numbers in {byLocation.Count} locations");

        // per location: what goes where; then one work item per hunt group
        var work = new List<PoolWork>();
        foreach (var numbers in byLocation)
        {
            var location = numbers.First().Location!;
            // the pools forward to the main number, so an unassigned main number stays out of them (no loop)
            if (numbers.FirstOrDefault(n => n.MainNumber == true) is { } main)
                Console.WriteLine($"  {location.Name}: the main number {main.PhoneNumber} is not assigned to anything; left out");
            var pools = new List<HuntGroupDetails>();
            await foreach (var summary in huntGroups.ListAsync(locationId: location.Id, cancellationToken: cancellationToken)
                .Where(h => h.Name?.StartsWith(prefix, StringComparison.Ordinal) == true).WithCancellation(cancellationToken))
                // the list leaves the alternate numbers out
                pools.Add(await huntGroups.DetailsAsync(location.Id!, summary.Id!, cancellationToken: cancellationToken));
            var queue = new Queue<string>(numbers.Where(n => n.MainNumber != true).Select(n => n.PhoneNumber!).Order(StringComparer.Ordinal));
            foreach (var pool in pools.OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                int room = MaxAlternates - (pool.AlternateNumbers?.Count ?? 0);
                if (room <= 0 || queue.Count == 0) continue;
                work.Add(new PoolWork(location, pool, pool.Name!, Take(queue, room)));
            }
            var names = pools.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            int next = 1;
            while (queue.Count > 0)
            {
                while (names.Contains($"{prefix}{next:D3}")) next++;
                string name = $"{prefix}{next:D3}";
                names.Add(name);
                work.Add(new PoolWork(location, null, name, Take(queue, MaxAlternates + 1)));
            }
        }
        foreach (var item in work)
            Console.WriteLine($"  {item.Location.Name}: {(item.Existing is null ? "create" : "add to")} {item.Name}: {string.Join(", ", item.Numbers)}");

        int creates = work.Count(w => w.Existing is null);
        string plan = $"{work.Sum(w => w.Numbers.Count)} numbers onto {work.Count} hunt groups ({creates} new, {work.Count - creates} filled up)";
        if (dryRun)
        {
            Console.WriteLine($"Dry run: {plan}, nothing changed");
            return 0;
        }
        var mainNumbers = new Dictionary<string, string?>();
        foreach (var id in work.Where(w => w.Existing is null).Select(w => w.Location.Id!).Distinct())
            mainNumbers[id] = (await api.Telephony.Location.DetailsAsync(id, cancellationToken: cancellationToken)).CallingLineId?.PhoneNumber;

        var result = await Bulk.RunAsync(work, (item, ct) => item.Existing is null ? CreateAsync(item, mainNumbers[item.Location.Id!], ct)
            : AddAsync(item.Existing, item.Numbers, ct), item => $"{item.Location.Name}: {item.Name}", Console.Out, concurrency, cancellationToken);
        Console.WriteLine($"Pooled {plan}: {result}");
        return result.Failed == 0 ? 0 : 1;
    }
    catch (WebexApiException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }

    // a new pool hunt group: the first number as its own, everything forwarded to the main number, the rest as alternates
    async Task CreateAsync(PoolWork item, string? mainNumber, CancellationToken ct)
    {
        string locationId = item.Location.Id!;
        string id = await huntGroups.CreateAsync(locationId, new HuntGroupDetails
        {
            Name = item.Name, PhoneNumber = item.Numbers[0], Enabled = true, Agents = [],
            CallPolicies = new HuntGroupCallPolicies
            {
                Policy = Policy.Circular, WaitingEnabled = false,
                NoAnswer = new NoAnswer { NextAgentEnabled = false, NextAgentRings = 5, ForwardEnabled = false, NumberOfRings = 15, DestinationVoicemailEnabled = false },
            },
        }, cancellationToken: ct);
        if (mainNumber is not null)
        {
            var forwarding = await huntGroups.Forwarding.SettingsAsync(locationId, id, cancellationToken: ct);
            await huntGroups.Forwarding.UpdateAsync(locationId, id, forwarding with
            {
                Always = (forwarding.Always ?? new ForwardingSetting()) with { Enabled = true, Destination = mainNumber },
            }, cancellationToken: ct);
        }
        if (item.Numbers.Count > 1)
            await AddAsync(await huntGroups.DetailsAsync(locationId, id, cancellationToken: ct), item.Numbers.Skip(1).ToList(), ct);
    }

    Task AddAsync(HuntGroupDetails pool, IReadOnlyList<string> numbers, CancellationToken ct) =>
        huntGroups.UpdateAsync(pool.LocationId!, pool.Id!, new HuntGroupDetails
        {
            AlternateNumbers = [.. pool.AlternateNumbers ?? [], .. numbers.Select(n => new AlternateNumber { PhoneNumber = n, RingPattern = RingPattern.Normal })],
        }, cancellationToken: ct);
});
return await root.Parse(args).InvokeAsync();

static List<string> Take(Queue<string> queue, int count)
{
    var taken = new List<string>();
    while (taken.Count < count && queue.TryDequeue(out var number)) taken.Add(number);
    return taken;
}

/// <summary>Numbers for one pool hunt group: an existing one to fill up, or a new one to create.</summary>
internal sealed record PoolWork(IdAndName Location, HuntGroupDetails? Existing, string Name, IReadOnlyList<string> Numbers);
