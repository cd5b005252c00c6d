using WebexCalling.Sdk.SampleTests.TestSupport;

namespace WebexCalling.Sdk.SampleTests.Samples;

/// <summary>samples/call_intercept.cs against a simulated organisation.</summary>
public sealed class CallInterceptTests
{
    [Fact]
    public async Task Shows_the_state_and_switches_intercept_on_keeping_the_other_settings()
    {
        await using var org = await SampleOrg.StartAsync();
        var user = await org.Api.People.ListAsync(callingData: true).FirstAsync(p => p.LocationId is not null);
        string email = user.Emails![0];
        var before = await org.Api.PersonSettings.CallIntercept.ReadAsync(user.PersonId!);
        Assert.NotEqual(true, before.Enabled);

        var run = await SampleRun.RunAsync("call_intercept.cs", org, [email, "on"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal([$"{user.DisplayName} ({email}): call intercept off", "set to on"], run.Output.ReplaceLineEndings("\n").TrimEnd().Split('\n'));
        var after = await org.Api.PersonSettings.CallIntercept.ReadAsync(user.PersonId!);
        Assert.True(after.Enabled);
        Assert.Equal(before with { Enabled = true, ExtensionData = after.ExtensionData }, after);

        var show = await SampleRun.RunAsync("call_intercept.cs", org, [email]);
        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Equal($"{user.DisplayName} ({email}): call intercept on", show.Output.Trim());
    }

    [Fact]
    public async Task An_unknown_user_is_an_error_and_a_bad_address_is_refused_before_any_request()
    {
        await using var org = await SampleOrg.StartAsync();

        var unknown = await SampleRun.RunAsync("call_intercept.cs", org, ["nobody@example.com", "off"]);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("User 'nobody@example.com' not found.", unknown.Error);

        long requests = org.Simulator.RequestCount;
        var bad = await SampleRun.RunAsync("call_intercept.cs", org, ["not-an-address", "on"]);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("'not-an-address' is not an email address.", bad.Error);
        Assert.Equal(requests, org.Simulator.RequestCount);
    }
}
