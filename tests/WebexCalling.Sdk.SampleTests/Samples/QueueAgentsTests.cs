using WebexCalling.Sdk.People;
using WebexCalling.Sdk.SampleTests.TestSupport;

namespace WebexCalling.Sdk.SampleTests.Samples;

/// <summary>samples/queue_agents.cs against a simulated organisation (call queues Sales in San Jose, Support in Denver).</summary>
public sealed class QueueAgentsTests
{
    [Fact]
    public async Task Adds_the_agents_of_a_file_to_the_queues_of_a_file_skipping_those_already_in()
    {
        await using var org = await SampleOrg.StartAsync();
        var sales = await OrgQueues.DetailsAsync(org, "Sales");
        var support = await OrgQueues.DetailsAsync(org, "Support");
        var salesAgent = await org.Api.People.DetailsAsync(sales.Agents![0].AgentId!);
        var austin = await org.Api.Locations.ListAsync(name: "Austin").FirstAsync();
        var newcomer = await org.Api.People.ListAsync(callingData: true, locationId: austin.LocationId).FirstAsync();
        string folder = Directory.CreateTempSubdirectory("queue-agents-").FullName;
        string queuesFile = Path.Combine(folder, "queues.txt");
        string agentsFile = Path.Combine(folder, "agents.txt");
        await File.WriteAllTextAsync(queuesFile, "San Jose:Sales\n\nDenver:Support\n");
        await File.WriteAllTextAsync(agentsFile, $"{salesAgent.Emails![0]}\n{newcomer.Emails![0].ToUpperInvariant()}\n");

        var run = await SampleRun.RunAsync("queue_agents.cs", org, ["--add", "--queues", queuesFile, "--agent", agentsFile]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Working on 2 of 2 call queues", run.Output);
        Assert.Contains($"Adding agents to queue Sales in location San Jose: {Named(newcomer)}", run.Output);
        Assert.Contains($"Adding agents to queue Support in location Denver: {string.Join(", ", new[] { salesAgent, newcomer }
            .OrderBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase).Select(Named))}", run.Output);
        Assert.Contains("Updated 2 call queues: 2 done, 0 failed in ", run.Output);
        Assert.Contains("Completed add operation for 2 agent(s) across 2 queue(s).", run.Output);
        Assert.Equal([.. sales.Agents!.Select(a => a.AgentId), newcomer.PersonId], (await OrgQueues.DetailsAsync(org, "Sales")).Agents!.Select(a => a.AgentId));
        var supportAfter = (await OrgQueues.DetailsAsync(org, "Support")).Agents!.Select(a => a.AgentId).ToList();
        Assert.Equal(5, supportAfter.Count);
        Assert.Contains(newcomer.PersonId, supportAfter);
        Assert.Contains(salesAgent.PersonId, supportAfter);
        Assert.All(support.Agents!, a => Assert.Contains(a.AgentId, supportAfter));
    }

    [Fact]
    public async Task A_dry_run_of_a_removal_prints_it_and_changes_nothing()
    {
        await using var org = await SampleOrg.StartAsync();
        var sales = await OrgQueues.DetailsAsync(org, "Sales");
        var agent = await org.Api.People.DetailsAsync(sales.Agents![1].AgentId!);

        var run = await SampleRun.RunAsync("queue_agents.cs", org, ["--remove", "--queues", "san jose:sales", "--agent", agent.Emails![0], "--dry-run"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Would remove agents from queue Sales in location San Jose: {Named(agent)}", run.Output);
        Assert.Contains("Dry run: 1 call queues would be updated, nothing changed", run.Output);
        Assert.Equal(sales.Agents!.Select(a => a.AgentId), (await OrgQueues.DetailsAsync(org, "Sales")).Agents!.Select(a => a.AgentId));
    }

    [Fact]
    public async Task Without_add_or_remove_it_lists_the_agents_of_every_queue()
    {
        await using var org = await SampleOrg.StartAsync();

        var run = await SampleRun.RunAsync("queue_agents.cs", org);

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (string name in new[] { "Sales", "Support" })
        {
            var queue = await OrgQueues.DetailsAsync(org, name);
            Assert.Contains($"{name} ({queue.LocationName}): {queue.Agents!.Count} agents", run.Output);
            foreach (var agent in queue.Agents!)
                Assert.Contains($"  {Named(await org.Api.People.DetailsAsync(agent.AgentId!)).Replace("(", " (", StringComparison.Ordinal)}, joined", run.Output);
        }
    }

    [Fact]
    public async Task Unknown_queues_and_users_are_skipped_and_a_refused_update_is_reported_and_counted()
    {
        await using var org = await SampleOrg.StartAsync(sim => sim.AddPerson("Nora", "Plain", "nora.plain@example.com"));
        var sales = await OrgQueues.DetailsAsync(org, "Sales");

        var run = await SampleRun.RunAsync("queue_agents.cs", org,
            ["--add", "--queues", "San Jose:Sales", "Atlantis:Nowhere", "--agent", "nora.plain@example.com", "nobody@example.com"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Call queue 'Atlantis:Nowhere' does not exist. Skipping.", run.Error);
        Assert.Contains("User 'nobody@example.com' does not exist. Skipping.", run.Error);
        // Nora is no Webex Calling user, so Webex refuses her as an agent
        Assert.Contains("  failed: Sales (San Jose): ", run.Output);
        Assert.Contains("Updated 1 call queues: 0 done, 1 failed in ", run.Output);
        Assert.Contains("2 queues or agents skipped (see above)", run.Output);
        Assert.Contains("1 requests failed (see above)", run.Output);
        Assert.Equal(sales.Agents!.Select(a => a.AgentId), (await OrgQueues.DetailsAsync(org, "Sales")).Agents!.Select(a => a.AgentId));
    }

    private static string Named(Person person) => $"{person.DisplayName}({person.Emails![0]})";
}
