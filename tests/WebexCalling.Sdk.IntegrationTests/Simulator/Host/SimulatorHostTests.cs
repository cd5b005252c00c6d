using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using WebexCalling.Sdk.Testing;

namespace WebexCalling.Sdk.IntegrationTests.Simulator.Host;

public partial class SimulatorHostTests
{
    [Fact]
    public async Task RunAsync_FreePort_PrintsBaseUrlAndTokenThatServeTheDemoOrgUntilCancelled()
    {
        using var output = new SyncWriter();
        using var stop = new CancellationTokenSource();
        var run = WebexSimulatorHost.RunAsync(["--urls", "http://127.0.0.1:0", "--seed", "4", "--people", "10", "--locations", "1"],
            output, stop.Token);

        Match printed = Match.Empty;
        // generous: a busy machine starts the host slowly; the loop ends as soon as the host has printed
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!(printed = Printed().Match(output.Text)).Success && !run.IsCompleted && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.True(printed.Success, output.Text);
        using var http = new HttpClient { BaseAddress = new Uri(printed.Groups["url"].Value) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", printed.Groups["token"].Value);
        using var locations = await http.GetAsync("locations");
        string body = await locations.Content.ReadAsStringAsync();
        await stop.CancelAsync();

        Assert.Equal(HttpStatusCode.OK, locations.StatusCode);
        Assert.Contains("\"San Jose\"", body, StringComparison.Ordinal);
        Assert.Contains("\"Site 5\"", body, StringComparison.Ordinal);
        Assert.Equal(0, await run);
    }

    [Fact]
    public async Task RunAsync_UnknownOption_PrintsUsageAndReturns2()
    {
        using var output = new StringWriter();

        int code = await WebexSimulatorHost.RunAsync(["--bogus"], output);

        Assert.Equal(2, code);
        Assert.Contains("Unknown option --bogus", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--rate-limit", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, 0, 1)]  // only the administrator
    [InlineData(true, 4, 33)]  // the demo organisation: 4 locations, 32 calling users and the administrator
    public async Task DemoOrgOption_NewSimulator_StartsWithOrWithoutTheDemoOrganisation(bool demo, int locations, int people)
    {
        await using var sim = new WebexSimulator(new WebexSimulatorOptions { DemoOrg = demo });
        using var http = new HttpClient(sim.CreateHandler()) { BaseAddress = sim.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", sim.DevToken);

        using var locationList = JsonDocument.Parse(await http.GetStringAsync("locations"));
        using var peopleList = JsonDocument.Parse(await http.GetStringAsync("people?max=100"));

        Assert.Equal(locations, locationList.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(people, peopleList.RootElement.GetProperty("items").GetArrayLength());
    }

    [GeneratedRegex(@"listening on (?<url>\S+)\s+Access token[^:]*: (?<token>\S+)")]
    private static partial Regex Printed();

    private sealed class SyncWriter : StringWriter
    {
        private readonly Lock _lock = new();

        public string Text
        {
            get
            {
                lock (_lock) return ToString();
            }
        }

        public override Task WriteLineAsync(string? value)
        {
            lock (_lock) base.WriteLine(value);
            return Task.CompletedTask;
        }
    }
}
