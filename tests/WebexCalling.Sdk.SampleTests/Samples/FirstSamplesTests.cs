using WebexCalling.Sdk.SampleTests.TestSupport;

namespace WebexCalling.Sdk.SampleTests.Samples;

/// <summary>The first samples: list_locations, get_tokens and service_app.</summary>
public sealed class FirstSamplesTests
{
    [Fact]
    public async Task List_locations_prints_every_location_and_those_of_the_state_asked_for()
    {
        await using var org = await SampleOrg.StartAsync(sim => sim.AddLocation("Los Angeles", state: "CA", city: "Los Angeles", timeZone: "America/Los_Angeles"));
        var locations = await org.Api.Locations.ListAsync().ToListAsync();

        var run = await SampleRun.RunAsync("list_locations.cs", org);
        var texas = await SampleRun.RunAsync("list_locations.cs", org, ["--state", "TX"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"{locations.Count} locations found", run.Output);
        foreach (var location in locations) Assert.Contains($"  {location.Name}: ", run.Output);
        Assert.Contains("2 locations in CA\nSan Jose, Los Angeles\n", run.Output.ReplaceLineEndings("\n"));
        Assert.True(texas.ExitCode == 0, texas.ToString());
        Assert.Contains("1 locations in TX\nAustin\n", texas.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task List_locations_reports_a_refused_token_with_Webex_s_error()
    {
        await using var org = await SampleOrg.StartAsync();

        var run = await SampleRun.RunAsync("list_locations.cs", org,
            environment: new Dictionary<string, string> { ["WEBEX_ACCESS_TOKEN"] = "not-a-token" });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("401", run.Error);
        Assert.Contains("GET", run.Error);
    }

    [Fact]
    public async Task Get_tokens_plays_the_OAuth_flow_against_the_built_in_simulator_and_lists_the_locations()
    {
        var run = await SampleRun.RunAsync("get_tokens.cs", org: null);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("No integration configured", run.Output);
        Assert.Contains("Scopes: spark-admin:locations_read", run.Output);
        Assert.Contains("4 locations found", run.Output);
    }

    [Fact]
    public async Task Service_app_gets_a_token_from_its_refresh_token_and_counts_the_demo_org()
    {
        var run = await SampleRun.RunAsync("service_app.cs", org: null);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("No service app configured", run.Output);
        Assert.Contains("  * spark-admin:people_read", run.Output);
        Assert.Contains("4 locations", run.Output);
        Assert.Matches(@"\d+ users", run.Output);
        Assert.Matches(@"\n\d+ call queues", run.Output);
    }
}
