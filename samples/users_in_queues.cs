#!/usr/bin/env dotnet
// Which calling users are agents of which call queues: reads the details (with the agents) of every call queue and
// prints each user who is an agent with the queues, sorted by name, then the workspaces and virtual lines that are
// agents: the users_in_queues example of wxc_sdk, ported (wxc_sdk left the workspaces and virtual lines as a TODO;
// here they are named as the queue details name them).
// Reads WEBEX_ACCESS_TOKEN from the environment or a .env file; without one it runs against the built-in simulator.
//
//   dotnet run samples/users_in_queues.cs -- [--location NAME] [--concurrency N]
#:project ../src/WebexCalling.Sdk/WebexCalling.Sdk.csproj
#:project Common/WebexCalling.Samples.Common.csproj
#:package System.CommandLine
using System.CommandLine;
using System.Diagnostics;
using WebexCalling.Samples;
using WebexCalling.Sdk;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Telephony.CallQueue;

var locationOption = SampleOptions.Location("Only the users of the location with this name (their queues may be anywhere)");
var concurrencyOption = SampleOptions.Concurrency();
var root = new RootCommand("Show which calling users are agents of which call queues.") { locationOption, concurrencyOption };
root.SetAction(async (parse, cancellationToken) =>
{
    int concurrency = parse.GetValue(concurrencyOption);
    if (!SampleOptions.CheckConcurrency(concurrency, Console.Error)) return SampleOptions.BadArguments;
    using var connection = SampleConnection.Open();
    var api = connection.Api;
    try
    {
        var (found, locationId) = await SampleOptions.LocationIdAsync(api, parse.GetValue(locationOption), Console.Error, cancellationToken);
        if (!found) return 1;

        var watch = Stopwatch.StartNew();
        var usersTask = api.People.ListAsync(callingData: true, locationId: locationId, cancellationToken: cancellationToken)
            .Where(p => p.LocationId is not null).ToListAsync(cancellationToken).AsTask();
        var queuesTask = api.Telephony.CallQueue.ListAsync(cancellationToken: cancellationToken).ToListAsync(cancellationToken).AsTask();
        await Task.WhenAll(usersTask, queuesTask);
        var (users, queues) = (await usersTask, await queuesTask);
        Console.WriteLine($"Got {users.Count} calling users and {queues.Count} call queues in {watch.Elapsed.TotalMilliseconds:F1} ms");

        Console.WriteLine($"Reading the details of {queues.Count} call queues");
        var (details, read) = await CallQueueDetails.ReadAsync(api, queues, Console.Out, concurrency, cancellationToken);

        static string QueueName(CallQueue queue) => $"{queue.Name} ({queue.LocationName}, {queue.Extension ?? queue.PhoneNumber})";
        var memberships = details.SelectMany(queue => (queue.Agents ?? []).Select(agent => (Agent: agent, Queue: queue))).ToList();
        var queuesOfUser = memberships.Where(m => m.Agent.UserType is null || m.Agent.UserType == UserType.People)
            .ToLookup(m => m.Agent.AgentId ?? "", m => m.Queue);
        var agents = users.Where(u => queuesOfUser.Contains(u.PersonId!))
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase).ThenBy(Names.Email, StringComparer.Ordinal)
            .ToList();
        Console.WriteLine($"{agents.Count} of {users.Count} calling users are agents of call queues:");
        foreach (var user in agents)
            Console.WriteLine($"  {user.DisplayName} ({Names.Email(user)}): {string.Join(", ", queuesOfUser[user.PersonId!].Select(QueueName))}");

        var others = memberships.Where(m => m.Agent.UserType is { } type && type != UserType.People)
            .GroupBy(m => m.Agent.AgentId ?? "").ToList();
        if (others.Count > 0)
        {
            Console.WriteLine($"{others.Count} workspaces and virtual lines are agents of call queues:");
            foreach (var other in others.OrderBy(g => Names.Agent(g.First().Agent), StringComparer.CurrentCultureIgnoreCase))
            {
                var agent = other.First().Agent;
                Console.WriteLine($"  {Names.Agent(agent)} ({agent.UserType}): {string.Join(", ", other.Select(m => QueueName(m.Queue)))}");
            }
        }
        if (read.Failed > 0) Console.WriteLine($"{read.Failed} of {queues.Count} call queues could not be read (see above); their agents are missing");
        return read.Failed == 0 ? 0 : 1;
    }
    catch (WebexApiException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
});
return await root.Parse(args).InvokeAsync();
