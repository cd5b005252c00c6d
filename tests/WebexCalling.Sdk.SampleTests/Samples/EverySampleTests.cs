using WebexCalling.Sdk.SampleTests.TestSupport;

namespace WebexCalling.Sdk.SampleTests.Samples;

/// <summary>What holds for every script of samples/.</summary>
public sealed class EverySampleTests
{
    /// <summary>The scripts (samples/*.cs), by file name.</summary>
    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.GetFiles(Path.Combine(SampleRun.RepoRoot, "samples"), "*.cs").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(path));
        return data;
    }

    [Fact]
    public async Task Without_a_token_a_sample_says_it_uses_the_built_in_simulator_and_works_on_its_demo_org()
    {
        var run = await SampleRun.RunAsync("reset_call_forwarding.cs", org: null, ["--dry-run"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = run.Output.Split('\n');
        Assert.Equal("No WEBEX_ACCESS_TOKEN (environment or .env): running against the built-in Webex simulator's demo organisation.",
            lines[0].TrimEnd('\r'));
        Assert.Contains("Got 32 calling users in ", run.Output);
    }

    [Fact]
    public async Task A_token_in_a_dot_env_file_of_the_working_folder_is_used()
    {
        await using var org = await SampleOrg.StartAsync();
        string folder = Directory.CreateTempSubdirectory("sample-env-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, ".env"),
            $"WEBEX_ACCESS_TOKEN={org.Token}\nWEBEX_BASE_URL={org.BaseUrl}\n");
        long before = org.Simulator.RequestCount;

        var run = await SampleRun.RunAsync("reset_call_forwarding.cs", org: null, ["--dry-run"], workingFolder: folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("built-in Webex simulator", run.Output);
        Assert.True(org.Simulator.RequestCount > before, "the sample did not call the organisation of the .env file");
        Assert.DoesNotContain(org.Token, run.Output + run.Error);
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Help_describes_the_sample_and_changes_nothing(string script)
    {
        await using var org = await SampleOrg.StartAsync();
        long before = org.Simulator.RequestCount;

        var run = await SampleRun.RunAsync(script, org, ["--help"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Usage:", run.Output);
        Assert.Contains("--help", run.Output);
        Assert.Equal(before, org.Simulator.RequestCount);
    }
}
