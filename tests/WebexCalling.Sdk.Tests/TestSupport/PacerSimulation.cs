using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Tests.TestSupport;

/// <summary>
/// A discrete-event simulation of <see cref="AdaptivePacer"/> against a token-bucket server, in simulated time: a
/// number of workers send a number of requests through the pacer, the server answers 429 (Retry-After in whole
/// seconds, at least 1, as Webex) when its bucket is empty, and a throttled request waits what the SDK would wait
/// (the longer of Retry-After and the first backoff step) before it is paced again. Timers fire up to a millisecond
/// late, drawn from a seeded generator, so a run is repeatable. The same model as the scenario runner's fake Webex.
/// </summary>
internal sealed class PacerSimulation
{
    /// <summary>Requests allowed per second.</summary>
    public required double Rate { get; init; }

    /// <summary>The bucket's size: what may go at once after a quiet spell (full at the start).</summary>
    public required double Burst { get; init; }

    public required int Requests { get; init; }

    public int Workers { get; init; } = 10;

    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(20);

    public int Seed { get; init; } = 1;

    /// <summary>Up to how many seconds each send and each answer comes late (uniform, seeded): a busy machine.</summary>
    public double Jitter { get; init; }

    /// <summary>What the bucket holds at the start (full when null): a client that starts right after another one.</summary>
    public double? InitialTokens { get; init; }

    /// <summary>The shortest time the server's rate allows for all requests: what the bucket holds is free, the rest at the rate.</summary>
    public double LimitSeconds => Math.Max(0, Requests - (InitialTokens ?? Burst)) / Rate;

    public Result Run()
    {
        var clock = new Clock();
        var pacer = new AdaptivePacer(clock);
        var random = new Random(Seed);
        var events = new PriorityQueue<Action, (long At, long Order)>();
        long order = 0;
        void At(double seconds, Action action) => events.Enqueue(action, ((long)(seconds * Clock.Frequency), order++));

        double tokens = InitialTokens ?? Burst, refilled = 0, last = 0;
        int started = 0, done = 0, throttled = 0;
        var rates = new List<double>();

        void Attempt(int attempt)
        {
            double now = clock.Seconds;
            var (slot, cuts) = pacer.Book();
            double wait = (slot - clock.Now) / (double)Clock.Frequency;
            // as WaitAsync: under a millisecond goes at once; a timer fires at or up to a millisecond after its time
            double sent = (wait < 0.001 ? now : now + wait + random.NextDouble() * 0.001) + random.NextDouble() * Jitter;
            At(sent, () =>
            {
                tokens = Math.Min(Burst, tokens + (clock.Seconds - refilled) * Rate);
                refilled = clock.Seconds;
                bool allowed = tokens >= 1;
                if (allowed) tokens--;
                At(clock.Seconds + Latency.TotalSeconds + random.NextDouble() * Jitter, () =>
                {
                    if (allowed)
                    {
                        pacer.OnSuccess();
                        done++;
                        last = clock.Seconds;
                        Next();
                        return;
                    }
                    throttled++;
                    if (pacer.OnThrottled(cuts) is double pace) rates.Add(pace);
                    // the SDK's wait: Retry-After (1 s here) or the first backoff step (0.5–1 s), the longer
                    At(clock.Seconds + 1, () => Attempt(attempt + 1));
                });
            });
        }

        void Next()
        {
            if (started == Requests) return;
            started++;
            Attempt(0);
        }

        for (int i = 0; i < Workers; i++) At(0, Next);
        while (events.TryDequeue(out var action, out var key))
        {
            clock.Now = key.At;
            action();
        }
        return new Result(done, last, throttled, rates);
    }

    /// <param name="Done">Requests answered 2xx (all of them: a throttled one is retried until it is).</param>
    /// <param name="Seconds">When the last answer came.</param>
    /// <param name="Throttled">Answers 429.</param>
    /// <param name="Cuts">The pace after each cut.</param>
    public sealed record Result(int Done, double Seconds, int Throttled, IReadOnlyList<double> Cuts)
    {
        public override string ToString() =>
            $"{Done} answered in {Seconds:0.000} s, {Throttled} × 429, cuts to {string.Join(", ", Cuts.Select(c => c.ToString("0.0")))}";
    }

    private sealed class Clock : TimeProvider
    {
        public const long Frequency = 1_000_000_000; // nanoseconds

        public long Now;

        public double Seconds => Now / (double)Frequency;

        public override long GetTimestamp() => Now;

        public override long TimestampFrequency => Frequency;
    }
}
