using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Rest;

/// <summary>
/// The pacer over whole runs against token-bucket servers, in simulated time (<see cref="PacerSimulation"/>): how
/// close to the rate the server allows it gets, and how many 429s it draws on the way. Ten workers, 20 ms per request,
/// as the scenario runner's rate-limited bulk run (benchmarks/README.md).
/// </summary>
public class AdaptivePacingSimulationTests
{
    [Theory]
    // the scenario runner's: 1,000 × read + write at 100/s, burst 100 (limit 19 s), with sends and answers up to
    // 0, 3 and 10 ms late (a busy machine)
    [InlineData(100, 100, 1.0, 2000, 0, 1.02, 20)]
    [InlineData(100, 100, 1.0, 2000, 3, 1.02, 20)]
    [InlineData(100, 100, 1.0, 2000, 10, 1.02, 25)]
    // the bucket not full at the start (another client just used it): 30 and 60 tokens left
    [InlineData(100, 100, 0.3, 2000, 3, 1.02, 25)]
    [InlineData(100, 100, 0.6, 2000, 3, 1.02, 25)]
    // three times as long: the learned pace holds
    [InlineData(100, 100, 1.0, 6000, 3, 1.02, 30)]
    // slower and faster servers, a small burst
    [InlineData(50, 50, 1.0, 1000, 3, 1.02, 30)]
    [InlineData(300, 300, 1.0, 3000, 3, 1.02, 20)]
    [InlineData(20, 100, 1.0, 600, 3, 1.05, 50)]
    [InlineData(100, 10, 1.0, 2000, 3, 1.05, 25)]
    public void Run_AgainstATokenBucket_FinishesNearTheLimitWithFew429s(double rate, double burst, double full,
        int requests, int jitterMs, double maxRatio, int max429)
    {
        for (int seed = 1; seed <= 5; seed++)
        {
            var sim = new PacerSimulation
            {
                Rate = rate, Burst = burst, InitialTokens = full * burst, Requests = requests, Seed = seed, Jitter = jitterMs / 1000.0,
            };
            var result = sim.Run();

            Assert.Equal(requests, result.Done);
            Assert.True(result.Seconds <= maxRatio * sim.LimitSeconds,
                $"seed {seed}: {result.Seconds / sim.LimitSeconds:0.000} × the limit of {sim.LimitSeconds:0.0} s; {result}");
            Assert.True(result.Throttled <= max429, $"seed {seed}: {result}");
        }
    }

    [Fact]
    public void Run_TheFirstCut_IsFromWhatTheSessionWasSendingAndTheNextMeasuredOnesNearTheServersRate()
    {
        var sim = new PacerSimulation { Rate = 100, Burst = 100, Requests = 2000 };
        var result = sim.Run();

        // ten workers unpaced: ~500 answers/s until the burst was used up, then 80 % of that; a few quick cuts from
        // the last second follow until 20 answers give a measured rate: 95 % of 100/s from then on
        Assert.InRange(result.Cuts[0], 300, 450);
        Assert.All(result.Cuts.SkipWhile(c => c > 100).Skip(1), c => Assert.InRange(c, 94, 96));
    }
}
