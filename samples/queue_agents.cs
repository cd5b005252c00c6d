#!/usr/bin/env dotnet
// Lists the agents of call queues, or adds or removes agents in bulk: the queue_agents example of wxc_sdk, ported.
// Queues are named "Location:Queue"; --queues takes such names or text files with one per line, --agent takes
// emails or text files with one email per line. A queue or user that does not exist is reported, counted and
// skipped; every queue that needs a change gets one update with its new agent list; a dry run makes none.
// Reads WEBEX_ACCESS_TOKEN from the environment or a .env file; without one it runs against the built-in simulator.
//
//   dotnet run samples/queue_agents.cs -- [--queues LOCATION:QUEUE|FILE...]               (list the agents)
//   dotnet run samples/queue_agents.cs -- --add|--remove --queues LOCATION:QUEUE|FILE... --agent EMAIL|FILE...
//                                         [--dry-run] [--concurrency N]
#:project ../src/WebexCalling.Sdk/WebexCalling.Sdk.csproj
#:project Common/WebexCalling.Samples.Common.csproj
#:package System.CommandLine
using System.Collections.Concurrent;
using System.CommandLine;
using WebexCalling.Samples;
using WebexCalling.Sdk;
using WebexCalling.Sdk.People;
using WebexCalling.Sdk.Telephony.CallQueue;

var addOption = new Option<bool>("--add") { Description = "Add the agents to the call queues" };
var removeOption = new Option<bool>("--remove") { Description = "Remove the agents from the call queues" };
var queuesOption = new Option<string[]>("--queues")
{
    Description = "Call queues as \"Location:Queue\", or text files with one per line (default for a listing: all queues)",
    HelpName = "LOCATION:QUEUE|FILE",
    AllowMultipleArgumentsPerToken = true,
    Arity = ArgumentArity.OneOrMore,
};
var agentOption = new Option<string[]>("--agent")
{
    Description = "Agent emails, or text files with one email per line",
    HelpName = "EMAIL|FILE",
    AllowMultipleArgumentsPerToken = true,
    Arity = ArgumentArity.OneOrMore,
};
var dryRunOption = new Option<bool>("--dry-run") { Description = "Print the changes, make none" };
var concurrencyOption = SampleOptions.Concurrency();
var root = new RootCommand("List the agents of call queues, or add or remove agents in bulk.")
{
    addOption, removeOption, queuesOption, agentOption, dryRunOption, concurrencyOption,
};
root.Validators.Add(result =>
{
    bool add = result.GetValue(addOption);
    bool remove = result.GetValue(removeOption);
    if (add && remove) result.AddError("--add and --remove cannot be used together.");
    else if ((add || remove) && result.GetResult(agentOption) is null) result.AddError("--add and --remove need --agent.");
    else if ((add || remove) && result.GetResult(queuesOption) is null) result.AddError("--add and --remove need --queues.");
    else if (!add && !remove && result.GetResult(agentOption) is not null) result.AddError("--agent needs --add or --remove.");
});
root.SetAction(async (parse, cancellationToken) =>
{
    int concurrency = parse.GetValue(concurrencyOption);
    bool add = parse.GetValue(addOption);
    bool change = add || parse.GetValue(removeOption);
    bool dryRun = parse.GetValue(dryRunOption);
    if (!SampleOptions.CheckConcurrency(concurrency, Console.Error)) return SampleOptions.BadArguments;
    List<string> queueNames;
    List<string> emails;
    try
    {
        queueNames = await ValuesAsync(parse.GetValue(queuesOption) ?? [], cancellationToken);
        emails = await ValuesAsync(parse.GetValue(agentOption) ?? [], cancellationToken);
    }
    catch (IOException e)
    {
        Console.Error.WriteLine(e.Message);
        return SampleOptions.BadArguments;
    }
    catch (UnauthorizedAccessException e)
    {
        Console.Error.WriteLine(e.Message);
        return SampleOptions.BadArguments;
    }
    if (queueNames.FirstOrDefault(n => n.Split(':') is not [{ Length: > 0 }, { Length: > 0 }]) is { } badQueue)
    {
        Console.Error.WriteLine($"'{badQueue}' is not a call queue as \"Location:Queue\".");
        return SampleOptions.BadArguments;
    }
    if (emails.FirstOrDefault(e => !e.Contains('@', StringComparison.Ordinal)) is { } badEmail)
    {
        Console.Error.WriteLine($"'{badEmail}' is neither an email address nor a file.");
        return SampleOptions.BadArguments;
    }

    using var connection = SampleConnection.Open();
    var api = connection.Api;
    try
    {
        int skipped = 0;
        var allQueues = await api.Telephony.CallQueue.ListAsync(cancellationToken: cancellationToken).ToListAsync(cancellationToken);
        var byName = allQueues.ToLookup(q => $"{q.LocationName}:{q.Name}", StringComparer.OrdinalIgnoreCase);
        List<CallQueue> queues = queueNames.Count == 0 ? allQueues : [];
        foreach (string name in queueNames.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (byName[name].FirstOrDefault() is { } queue)
            {
                queues.Add(queue);
            }
            else
            {
                Console.Error.WriteLine($"Call queue '{name}' does not exist. Skipping.");
                skipped++;
            }
        }
        Console.WriteLine($"Working on {queues.Count} of {allQueues.Count} call queues");

        // the agents to add or remove, looked up by email
        var found = new ConcurrentDictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        var distinctEmails = emails.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (distinctEmails.Count > 0)
        {
            Console.WriteLine($"Looking up {distinctEmails.Count} agents");
            var lookup = await Bulk.RunAsync(distinctEmails, async (email, ct) =>
                {
                    var person = await api.People.ListAsync(email: email, callingData: true, cancellationToken: ct)
                        .FirstOrDefaultAsync(p => p.Emails?.Contains(email, StringComparer.OrdinalIgnoreCase) == true, ct);
                    if (person is not null) found[email] = person;
                },
                email => email, Console.Out, concurrency, cancellationToken);
            skipped += lookup.Failed;
            foreach (string email in distinctEmails.Where(e => !found.ContainsKey(e)))
            {
                Console.Error.WriteLine($"User '{email}' does not exist. Skipping.");
                skipped++;
            }
        }
        var agents = found.Values.DistinctBy(p => p.PersonId).OrderBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();

        Console.WriteLine($"Reading the details of {queues.Count} call queues");
        var (details, read) = await CallQueueDetails.ReadAsync(api, queues, Console.Out, concurrency, cancellationToken);
        int failed = read.Failed;

        if (!change)
        {
            var users = await api.People.ListAsync(callingData: true, cancellationToken: cancellationToken)
                .Where(p => p.LocationId is not null).ToDictionaryAsync(p => p.PersonId!, cancellationToken: cancellationToken);
            foreach (var queue in details)
            {
                var members = queue.Agents ?? [];
                Console.WriteLine($"{Names.Queue(queue)}: {members.Count} agents");
                foreach (var agent in members)
                {
                    string email = agent.AgentId is { } id && users.TryGetValue(id, out var user) ? Names.Email(user) : agent.UserType?.ToString() ?? "";
                    Console.WriteLine($"  {Names.Agent(agent)} ({email}), {(agent.JoinEnabled == true ? "joined" : "not joined")}");
                }
            }
        }
        else
        {
            string verb = add ? "add" : "remove";
            var updates = new List<(CallQueue Queue, List<Agent> Agents)>();
            foreach (var queue in details)
            {
                var inQueue = (queue.Agents ?? []).Select(a => a.AgentId).ToHashSet();
                var affected = agents.Where(p => inQueue.Contains(p.PersonId) != add).ToList();
                if (affected.Count == 0)
                {
                    Console.WriteLine(add
                        ? $"All agents are already in queue {queue.Name} in location {queue.LocationName}. Skipping."
                        : $"No agents to remove from queue {queue.Name} in location {queue.LocationName}. Skipping.");
                    continue;
                }
                string names = string.Join(", ", affected.Select(p => $"{p.DisplayName}({Names.Email(p)})"));
                string action = (add, dryRun) switch
                {
                    (true, false) => "Adding agents to",
                    (true, true) => "Would add agents to",
                    (false, false) => "Removing agents from",
                    (false, true) => "Would remove agents from",
                };
                Console.WriteLine($"{action} queue {queue.Name} in location {queue.LocationName}: {names}");
                var ids = affected.Select(p => p.PersonId).ToHashSet();
                List<Agent> newAgents = add
                    ? [.. queue.Agents ?? [], .. affected.Select(p => new Agent { AgentId = p.PersonId })]
                    : [.. (queue.Agents ?? []).Where(a => !ids.Contains(a.AgentId))];
                updates.Add((queue, newAgents));
            }
            if (dryRun)
            {
                Console.WriteLine($"Dry run: {updates.Count} call queues would be updated, nothing changed");
            }
            else
            {
                var result = await CallQueueDetails.UpdateAgentsAsync(api, updates, Console.Out, concurrency, cancellationToken);
                Console.WriteLine($"Updated {updates.Count} call queues: {result}");
                failed += result.Failed;
            }
            Console.WriteLine($"Completed {verb} operation for {agents.Count} agent(s) across {details.Count} queue(s).");
        }
        if (skipped > 0) Console.WriteLine($"{skipped} queues or agents skipped (see above)");
        if (failed > 0) Console.WriteLine($"{failed} requests failed (see above)");
        return skipped + failed == 0 ? 0 : 1;
    }
    catch (WebexApiException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
});
return await root.Parse(args).InvokeAsync();

// the values of an option: a value that names an existing file stands for the file's non-empty lines
static async Task<List<string>> ValuesAsync(IEnumerable<string> values, CancellationToken cancellationToken)
{
    var result = new List<string>();
    foreach (string value in values)
    {
        if (File.Exists(value))
            result.AddRange((await File.ReadAllLinesAsync(value, cancellationToken)).Select(l => l.Trim()).Where(l => l.Length > 0));
        else
            result.Add(value.Trim());
    }
    return result;
}
