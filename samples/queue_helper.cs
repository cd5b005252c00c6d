#!/usr/bin/env dotnet
// Shows the agents of call queues and whether each of them has joined its queue, and joins or unjoins given agents
// (by email, or "all") in the given queues or in all of them: the queue_helper example of wxc_sdk, ported (its adding
// and removing of agents is samples/queue_agents.cs here). A queue that needs a change gets one update with its agent
// list; a dry run prints the changes and makes none. Agents are named by email, not by name as in wxc_sdk, because
// two users can have the same name.
// Reads WEBEX_ACCESS_TOKEN from the environment or a .env file; without one it runs against the built-in simulator.
//
//   dotnet run samples/queue_helper.cs -- [--location NAME...] [--queue NAME...] [--join EMAIL...|all]
//                                         [--unjoin EMAIL...|all] [--dry-run] [--concurrency N]
#:project ../src/WebexCalling.Sdk/WebexCalling.Sdk.csproj
#:project Common/WebexCalling.Samples.Common.csproj
#:package System.CommandLine
using System.CommandLine;
using System.Diagnostics;
using WebexCalling.Samples;
using WebexCalling.Sdk;
using WebexCalling.Sdk.Telephony.CallQueue;

var locationOption = Many("--location", "-l", "NAME", "Only the call queues of the locations with these names (default: all locations)");
var queueOption = Many("--queue", "-q", "NAME", "Only the call queues with these names (default: all queues)");
var joinOption = Many("--join", "-j", "EMAIL|all", "Join these agents (emails, or \"all\") in the call queues");
var unjoinOption = Many("--unjoin", "-u", "EMAIL|all", "Unjoin these agents (emails, or \"all\") from the call queues");
var dryRunOption = new Option<bool>("--dry-run", "-d") { Description = "Print the join state changes, make none" };
var concurrencyOption = SampleOptions.Concurrency();
var root = new RootCommand("Show the agents of call queues and their join state; join or unjoin agents.")
{
    locationOption, queueOption, joinOption, unjoinOption, dryRunOption, concurrencyOption,
};
root.SetAction(async (parse, cancellationToken) =>
{
    int concurrency = parse.GetValue(concurrencyOption);
    string[] join = parse.GetValue(joinOption) ?? [];
    string[] unjoin = parse.GetValue(unjoinOption) ?? [];
    bool dryRun = parse.GetValue(dryRunOption);
    if (!SampleOptions.CheckConcurrency(concurrency, Console.Error)) return SampleOptions.BadArguments;
    if (join.Concat(unjoin).FirstOrDefault(value => !IsAll(value) && !value.Contains('@', StringComparison.Ordinal)) is { } bad)
    {
        Console.Error.WriteLine($"'{bad}' is neither an email address nor \"all\".");
        return SampleOptions.BadArguments;
    }
    if ((join.Any(IsAll) && unjoin.Length > 0) || (unjoin.Any(IsAll) && join.Length > 0)
        || join.Intersect(unjoin, StringComparer.OrdinalIgnoreCase).Any())
    {
        Console.Error.WriteLine("--join and --unjoin name the same agents; say which to join and which to unjoin.");
        return SampleOptions.BadArguments;
    }

    using var connection = SampleConnection.Open();
    var api = connection.Api;
    try
    {
        var watch = Stopwatch.StartNew();
        var locations = await api.Locations.ListAsync(cancellationToken: cancellationToken).ToListAsync(cancellationToken);
        string[] locationNames = parse.GetValue(locationOption) ?? [];
        foreach (string name in locationNames.Where(n => !locations.Exists(l => l.Name == n)))
        {
            Console.Error.WriteLine($"No location named '{name}'.");
            return 1;
        }
        var locationIds = locations.Where(l => locationNames.Length == 0 || locationNames.Contains(l.Name))
            .Select(l => l.LocationId).ToHashSet();
        string[] queueNames = parse.GetValue(queueOption) ?? [];
        var queues = await api.Telephony.CallQueue.ListAsync(cancellationToken: cancellationToken)
            .Where(q => locationIds.Contains(q.LocationId) && (queueNames.Length == 0 || queueNames.Contains(q.Name)))
            .ToListAsync(cancellationToken);
        foreach (string name in queueNames.Where(n => !queues.Exists(q => q.Name == n)))
        {
            Console.Error.WriteLine($"No call queue named '{name}' in the {(locationNames.Length == 0 ? "organisation" : "locations given")}.");
            return 1;
        }
        var users = await api.People.ListAsync(callingData: true, cancellationToken: cancellationToken)
            .Where(p => p.LocationId is not null).ToListAsync(cancellationToken);
        Console.WriteLine($"Got {queues.Count} call queues in {locationIds.Count} of {locations.Count} locations and {users.Count} calling users in {watch.Elapsed.TotalMilliseconds:F1} ms");

        // the agents named on the command line, by person id
        var usersByEmail = users.SelectMany(u => (u.Emails ?? []).Select(e => (Email: e, User: u)))
            .ToDictionary(x => x.Email, x => x.User, StringComparer.OrdinalIgnoreCase);
        foreach (string email in join.Concat(unjoin).Where(v => !IsAll(v) && !usersByEmail.ContainsKey(v)))
        {
            Console.Error.WriteLine($"No calling user with the email '{email}'.");
            return 1;
        }
        var joinIds = join.Where(v => !IsAll(v)).Select(e => usersByEmail[e].PersonId!).ToHashSet();
        var unjoinIds = unjoin.Where(v => !IsAll(v)).Select(e => usersByEmail[e].PersonId!).ToHashSet();
        var usersById = users.ToDictionary(u => u.PersonId!);
        string Email(Agent agent) => agent.AgentId is { } id && usersById.TryGetValue(id, out var user) ? Names.Email(user)
            : agent.UserType?.ToString() ?? "";

        Console.WriteLine($"Reading the details of {queues.Count} call queues");
        var (details, read) = await CallQueueDetails.ReadAsync(api, queues, Console.Out, concurrency, cancellationToken);
        int failed = read.Failed;

        // the new agent list of every queue with a join state to change
        var updates = new List<(CallQueue Queue, List<Agent> Agents)>();
        var agentsFound = new HashSet<string>();
        int changes = 0;
        foreach (var queue in details)
        {
            var agents = new List<Agent>();
            bool changed = false;
            foreach (var agent in queue.Agents ?? [])
            {
                string id = agent.AgentId ?? "";
                if (joinIds.Contains(id) || unjoinIds.Contains(id)) agentsFound.Add(id);
                bool? wanted = join.Any(IsAll) || joinIds.Contains(id) ? true
                    : unjoin.Any(IsAll) || unjoinIds.Contains(id) ? false : null;
                if (wanted is { } joined && (agent.JoinEnabled == true) != joined)
                {
                    Console.WriteLine($"  {Names.Queue(queue)}: {(dryRun ? "would " : "")}{(joined ? "join" : "unjoin")} {Names.Agent(agent)} ({Email(agent)})");
                    agents.Add(agent with { JoinEnabled = joined });
                    changed = true;
                    changes++;
                }
                else
                {
                    agents.Add(agent);
                }
            }
            if (changed) updates.Add((queue, agents));
        }
        foreach (string email in join.Concat(unjoin).Where(v => !IsAll(v) && !agentsFound.Contains(usersByEmail[v].PersonId!)))
            Console.WriteLine($"  {email} is not an agent of any of the {details.Count} call queues");

        if (dryRun)
        {
            Console.WriteLine($"Dry run: {changes} join state changes in {updates.Count} call queues, nothing changed");
        }
        else if (updates.Count > 0)
        {
            Console.WriteLine($"Updating {updates.Count} call queues");
            var update = await CallQueueDetails.UpdateAgentsAsync(api, updates, Console.Out, concurrency, cancellationToken);
            Console.WriteLine($"Updated {updates.Count} call queues ({changes} join state changes): {update}");
            failed += update.Failed;
            Console.WriteLine($"Reading the details of {queues.Count} call queues again");
            (details, read) = await CallQueueDetails.ReadAsync(api, queues, Console.Out, concurrency, cancellationToken);
            failed += read.Failed;
        }

        foreach (var queue in details)
        {
            var agents = queue.Agents ?? [];
            Console.WriteLine();
            Console.WriteLine($"{Names.Queue(queue)}: number {queue.PhoneNumber ?? "none"}, extension {queue.Extension ?? "none"}, {agents.Count} agents, {agents.Count(a => a.JoinEnabled == true)} joined");
            int nameWidth = agents.Select(a => Names.Agent(a).Length).DefaultIfEmpty(0).Max();
            int emailWidth = agents.Select(a => Email(a).Length).DefaultIfEmpty(0).Max();
            foreach (var agent in agents)
                Console.WriteLine($"  {Names.Agent(agent).PadRight(nameWidth)}  {Email(agent).PadRight(emailWidth)}  {(agent.JoinEnabled == true ? "joined" : "not joined")}");
        }
        if (failed > 0) Console.WriteLine($"{failed} requests failed (see above)");
        return failed == 0 ? 0 : 1;
    }
    catch (WebexApiException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
});
return await root.Parse(args).InvokeAsync();

static Option<string[]> Many(string name, string alias, string helpName, string description) => new(name, alias)
{
    Description = description, HelpName = helpName, AllowMultipleArgumentsPerToken = true, Arity = ArgumentArity.OneOrMore,
};

static bool IsAll(string value) => string.Equals(value, "all", StringComparison.OrdinalIgnoreCase);
