using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using WebexCalling.Sdk.SampleTests.TestSupport;
using WebexCalling.Sdk.Telephony.CallQueue;

namespace WebexCalling.Sdk.SampleTests.Samples;

/// <summary>samples/queue_helper.cs against a simulated organisation (call queues Sales in San Jose, Support in Denver).</summary>
public sealed class QueueHelperTests
{
    [Fact]
    public async Task Joins_and_unjoins_the_agents_given_by_email_in_one_queue_and_prints_the_state_after()
    {
        await using var org = await SampleOrg.StartAsync();
        var sales = await OrgQueues.DetailsAsync(org, "Sales");
        var agents = sales.Agents!;
        await SetJoinedAsync(org, sales, agents[0].AgentId!, joined: false);
        string email0 = await EmailAsync(org, agents[0]);
        string email1 = await EmailAsync(org, agents[1]);

        var run = await SampleRun.RunAsync("queue_helper.cs", org, ["--queue", "Sales", "--join", email0, "--unjoin", email1]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Got 1 call queues in 4 of 4 locations and 32 calling users in ", run.Output);
        Assert.Contains($"  Sales (San Jose): join {Name(agents[0])} ({email0})", run.Output);
        Assert.Contains($"  Sales (San Jose): unjoin {Name(agents[1])} ({email1})", run.Output);
        Assert.Contains("Updated 1 call queues (2 join state changes): 1 done, 0 failed in ", run.Output);
        Assert.Contains($"Sales (San Jose): number {sales.PhoneNumber}, extension {sales.Extension}, 4 agents, 3 joined", run.Output);
        Assert.DoesNotContain("Support (Denver)", run.Output);
        var after = await OrgQueues.DetailsAsync(org, "Sales");
        Assert.Equal([true, false, true, true], after.Agents!.Select(a => a.JoinEnabled == true));
        Assert.Equal(agents.Select(a => (a.AgentId, a.SkillLevel)), after.Agents!.Select(a => (a.AgentId, a.SkillLevel)));
        Assert.All((await OrgQueues.DetailsAsync(org, "Support")).Agents!, a => Assert.True(a.JoinEnabled));
    }

    [Fact]
    public async Task A_dry_run_lists_every_agent_with_its_join_state_and_changes_nothing()
    {
        await using var org = await SampleOrg.StartAsync();

        var run = await SampleRun.RunAsync("queue_helper.cs", org, ["--unjoin", "all", "--dry-run"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Dry run: 7 join state changes in 2 call queues, nothing changed", run.Output);
        foreach (string name in new[] { "Sales", "Support" })
        {
            var queue = await OrgQueues.DetailsAsync(org, name);
            string queueName = $"{name} ({queue.LocationName})";
            Assert.Contains($"{queueName}: number {queue.PhoneNumber}, extension {queue.Extension}, {queue.Agents!.Count} agents, {queue.Agents!.Count} joined", run.Output);
            foreach (var agent in queue.Agents!)
            {
                Assert.True(agent.JoinEnabled);
                string email = await EmailAsync(org, agent);
                Assert.Contains($"  {queueName}: would unjoin {Name(agent)} ({email})", run.Output);
                Assert.Matches(new Regex($@"(?m)^  {Regex.Escape(Name(agent))} +{Regex.Escape(email)} +joined\r?$"), run.Output);
            }
        }
    }

    [Fact]
    public async Task A_queue_whose_update_is_refused_is_reported_and_counted_and_the_others_are_updated()
    {
        await using var org = await SampleOrg.StartAsync();
        var sales = await OrgQueues.DetailsAsync(org, "Sales");
        var support = await OrgQueues.DetailsAsync(org, "Support");
        await SetJoinedAsync(org, sales, sales.Agents![0].AgentId!, joined: false);
        await SetJoinedAsync(org, support, support.Agents![1].AgentId!, joined: false);
        // an agent of Support who is no longer a calling user: Webex refuses an agent list with them
        await RemoveCallingAsync(org, support.Agents![0].AgentId!);

        var run = await SampleRun.RunAsync("queue_helper.cs", org, ["--join", "all"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("  failed: Support (Denver): ", run.Output);
        Assert.Contains("Updated 2 call queues (2 join state changes): 1 done, 1 failed in ", run.Output);
        Assert.Contains("1 requests failed (see above)", run.Output);
        Assert.All((await OrgQueues.DetailsAsync(org, "Sales")).Agents!, a => Assert.True(a.JoinEnabled));
        Assert.False((await OrgQueues.DetailsAsync(org, "Support")).Agents![1].JoinEnabled);
    }

    private static async Task SetJoinedAsync(SampleOrg org, CallQueue queue, string agentId, bool joined)
    {
        var agents = queue.Agents!.Select(a => a.AgentId == agentId ? a with { JoinEnabled = joined } : a).ToList();
        await org.Api.Telephony.CallQueue.UpdateAsync(queue.LocationId!, queue.Id!, new CallQueue { Agents = agents });
    }

    private static async Task<string> EmailAsync(SampleOrg org, Agent agent) =>
        (await org.Api.People.DetailsAsync(agent.AgentId!)).Emails![0];

    private static string Name(Agent agent) => $"{agent.FirstName} {agent.LastName}";

    /// <summary>Takes a user out of Webex Calling (no location, no extension), as an administrator can.</summary>
    private static async Task RemoveCallingAsync(SampleOrg org, string personId)
    {
        var person = await org.Api.People.DetailsAsync(personId);
        using var http = org.Simulator.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", org.Token);
        using var answer = await http.PutAsJsonAsync($"people/{personId}",
            new { displayName = person.DisplayName, emails = person.Emails, firstName = person.FirstName, lastName = person.LastName, locationId = (string?)null, extension = (string?)null });
        answer.EnsureSuccessStatusCode();
        Assert.Null((await org.Api.People.DetailsAsync(personId, callingData: true)).LocationId);
    }
}
