using WebexCalling.Sdk.SampleTests.TestSupport;

namespace WebexCalling.Sdk.SampleTests.Samples;

/// <summary>samples/reset_call_forwarding.cs against a simulated organisation.</summary>
public sealed class ResetCallForwardingTests
{
    [Fact]
    public async Task Resets_the_forwarding_of_every_calling_user_and_prints_counts()
    {
        await using var org = await SampleOrg.StartAsync();
        var users = await org.Api.People.ListAsync(callingData: true).Where(p => p.LocationId is not null).ToListAsync();
        var forwarded = users.Take(3).ToList();
        foreach (var user in forwarded) await ForwardAlwaysAsync(org, user.PersonId!);

        var run = await SampleRun.RunAsync("reset_call_forwarding.cs", org);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("built-in Webex simulator", run.Output);
        Assert.Contains($"Got {users.Count} calling users in ", run.Output);
        Assert.Contains($"  {users.Count}/{users.Count} done, 0 failed", run.Output);
        Assert.Contains($"Reset call forwarding to default for {users.Count} users: {users.Count} done, 0 failed in ", run.Output);
        foreach (var user in forwarded)
        {
            var always = (await org.Api.PersonSettings.Forwarding.ReadAsync(user.PersonId!)).CallForwarding!.Always!;
            Assert.False(always.Enabled);
            Assert.True(string.IsNullOrEmpty(always.Destination), always.Destination);
        }
    }

    [Fact]
    public async Task A_dry_run_of_one_location_lists_its_users_and_changes_nothing()
    {
        await using var org = await SampleOrg.StartAsync();
        var location = await org.Api.Locations.ListAsync(name: "Denver").FirstAsync();
        var users = await org.Api.People.ListAsync(callingData: true, locationId: location.LocationId).ToListAsync();
        await ForwardAlwaysAsync(org, users[0].PersonId!);

        var run = await SampleRun.RunAsync("reset_call_forwarding.cs", org, ["--location", "Denver", "--dry-run"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Got {users.Count} calling users in ", run.Output);
        foreach (var user in users) Assert.Contains($"  would reset {user.DisplayName} ", run.Output);
        Assert.Contains($"Dry run: {users.Count} users would have their call forwarding reset, nothing changed", run.Output);
        var always = (await org.Api.PersonSettings.Forwarding.ReadAsync(users[0].PersonId!)).CallForwarding!.Always!;
        Assert.True(always.Enabled);
    }

    [Fact]
    public async Task An_unknown_location_is_an_error()
    {
        await using var org = await SampleOrg.StartAsync();

        var run = await SampleRun.RunAsync("reset_call_forwarding.cs", org, ["--location", "Atlantis"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No location named 'Atlantis'.", run.Error);
    }

    private static async Task ForwardAlwaysAsync(SampleOrg org, string personId)
    {
        var setting = await org.Api.PersonSettings.Forwarding.ReadAsync(personId);
        var always = setting.CallForwarding!.Always! with { Enabled = true, Destination = "+14085551234" };
        await org.Api.PersonSettings.Forwarding.ConfigureAsync(personId,
            setting with { CallForwarding = setting.CallForwarding with { Always = always } });
    }
}
