using WebexCalling.Sdk.People;
using WebexCalling.Sdk.SampleTests.TestSupport;
using WebexCalling.Sdk.Telephony.CallQueue;

namespace WebexCalling.Sdk.SampleTests.Samples;

/// <summary>samples/users_in_queues.cs against a simulated organisation (call queues Sales in San Jose, Support in Denver).</summary>
public sealed class UsersInQueuesTests
{
    [Fact]
    public async Task Prints_every_agent_with_the_queues_it_is_in_as_the_org_has_them()
    {
        await using var org = await SampleOrg.StartAsync();
        // a user of Austin in both queues
        var austin = await org.Api.Locations.ListAsync(name: "Austin").FirstAsync();
        var both = await org.Api.People.ListAsync(callingData: true, locationId: austin.LocationId).FirstAsync();
        var queues = await QueuesAsync(org);
        foreach (var queue in queues)
            await org.Api.Telephony.CallQueue.UpdateAsync(queue.LocationId!, queue.Id!,
                new CallQueue { Agents = [.. queue.Agents!, new Agent { AgentId = both.PersonId }] });
        queues = await QueuesAsync(org);
        var users = await org.Api.People.ListAsync(callingData: true).Where(p => p.LocationId is not null).ToListAsync();

        var run = await SampleRun.RunAsync("users_in_queues.cs", org);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Got {users.Count} calling users and 2 call queues in ", run.Output);
        var expected = ExpectedLines(users, queues);
        Assert.Equal(8, expected.Count);
        Assert.Contains($"  {both.DisplayName} ({both.Emails![0]}): Sales (San Jose, {queues[0].Extension}), Support (Denver, {queues[1].Extension})", expected);
        Assert.Contains($"8 of {users.Count} calling users are agents of call queues:", run.Output);
        Assert.Equal(expected, AgentLines(run));
    }

    [Fact]
    public async Task With_a_location_only_its_users_are_listed()
    {
        await using var org = await SampleOrg.StartAsync();
        var denver = await org.Api.Locations.ListAsync(name: "Denver").FirstAsync();
        var users = await org.Api.People.ListAsync(callingData: true, locationId: denver.LocationId).ToListAsync();

        var run = await SampleRun.RunAsync("users_in_queues.cs", org, ["--location", "Denver"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"3 of {users.Count} calling users are agents of call queues:", run.Output);
        Assert.Equal(ExpectedLines(users, await QueuesAsync(org)), AgentLines(run));
        Assert.All(AgentLines(run), line => Assert.EndsWith("Support (Denver, 2099)", line));
    }

    /// <summary>Sales, then Support, with their agents.</summary>
    private static async Task<List<CallQueue>> QueuesAsync(SampleOrg org) =>
        [await OrgQueues.DetailsAsync(org, "Sales"), await OrgQueues.DetailsAsync(org, "Support")];

    /// <summary>The lines the sample should print for the agents among <paramref name="users"/>, in its order.</summary>
    private static List<string> ExpectedLines(List<Person> users, List<CallQueue> queues) =>
    [
        .. users.Where(u => queues.Exists(q => q.Agents!.Any(a => a.AgentId == u.PersonId)))
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase).ThenBy(u => u.Emails![0], StringComparer.Ordinal)
            .Select(u => $"  {u.DisplayName} ({u.Emails![0]}): " + string.Join(", ", queues
                .Where(q => q.Agents!.Any(a => a.AgentId == u.PersonId))
                .Select(q => $"{q.Name} ({q.LocationName}, {q.Extension})"))),
    ];

    private static List<string> AgentLines(SampleResult run) =>
    [
        .. run.Output.Split('\n').Select(l => l.TrimEnd('\r'))
            .SkipWhile(l => !l.Contains("calling users are agents of call queues:", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.Contains(" done, ", StringComparison.Ordinal)),
    ];
}
