using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using WebexCalling.Sdk.Scenarios;

// Parent: starts the fake Webex, then runs each scenario's SDK and raw clients as fresh child processes of this
// program, interleaved, and prints the medians' ratios. Child: `child <client> <scenario> <baseUrl>`, prints one line.
var start = Stopwatch.StartNew();
var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime; // ~0: the runtime's own start is not the client's
if (args.Length >= 4 && args[0] == "child") return await ChildAsync(args[1], args[2], args[3]);

int runs = OptionInt("--runs", 5);
bool phases = args.Contains("--phases");
bool log = args.Contains("--log");
bool jit = args.Contains("--jit");
string[] only = Option("--scenario")?.Split(',') ?? ["list", "bulk", "limited", "memory"];
await using var server = await FakeWebex.StartAsync();
string self = typeof(FakeWebex).Assembly.Location;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Trim()}, {runs} processes per client");

if (args.Contains("--serve"))
{
    // the fake Webex alone, for a profiler attached to one child started by hand: dotnet <runner.dll> child sdk list-cold <url>
    Console.WriteLine($"serving {server.BaseUrl} (rate limit off); Ctrl+C or SIGTERM stops");
    // Kestrel's host takes SIGINT and SIGTERM for itself: end here on either, so that the server is disposed
    var stop = new TaskCompletionSource();
    using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.TrySetResult(); });
    using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.TrySetResult(); });
    await stop.Task;
    return 0;
}
if (phases)
{
    for (int i = 0; i < runs; i++) Console.WriteLine("sdk cold list phases: " + (await RunChildAsync("sdk", "phases")).Extra);
    return 0;
}
if (only.Contains("list"))
{
    var (sdk, raw) = await InterleavedAsync("list-cold");
    Report("list 10,000 people, cold process", sdk, raw, "wall", r => r.Wall, limit: 0.2);
    (sdk, raw) = await InterleavedAsync("list-warm");
    Report("list 10,000 people, warm process", sdk, raw, "wall", r => r.Wall, limit: 0.2);
    (sdk, raw) = await InterleavedAsync("list-steady");
    Report("list 10,000 people, steady state (6th)", sdk, raw, "wall", r => r.Wall, limit: 0.2);
}
if (only.Contains("bulk"))
{
    var (sdk, raw) = await InterleavedAsync("bulk");
    Report("1,000 x read + write forwarding, 10 at a time", sdk, raw, "wall", r => r.Wall, limit: 4.0);
    Report("  the same, CPU", sdk, raw, "cpu", r => r.Cpu, limit: null);
    (sdk, raw) = await InterleavedAsync("bulk-warm");
    Report("the same, warm process (wall)", sdk, raw, "wall", r => r.Wall, limit: 4.0);
    Report("  the same, warm process (CPU)", sdk, raw, "cpu", r => r.Cpu, limit: null);
}
if (only.Contains("limited"))
{
    server.SetLimit(100);
    var (sdk, raw) = await InterleavedAsync("bulk");
    server.SetLimit(null);
    const double limit = (2 * Clients.Forwardings - 100) / 100.0; // the burst is free, then 100/s
    Report("the same at 100 requests/s (burst 100)", sdk, raw, "wall", r => r.Wall, limit);
    Console.WriteLine($"  wall / limit: sdk {Median(sdk, r => r.Wall) / limit:0.000}, raw {Median(raw, r => r.Wall) / limit:0.000}; " +
        $"429s (median): sdk {Median(sdk, r => r.Throttled):0}, raw {Median(raw, r => r.Throttled):0}");
}
if (only.Contains("memory"))
{
    var small = new List<Result>();
    var large = new List<Result>();
    for (int i = 0; i < Math.Max(3, runs / 2); i++)
    {
        server.People = 10_000;
        small.Add(await RunChildAsync("sdk", "stream"));
        server.People = 100_000;
        large.Add(await RunChildAsync("sdk", "stream"));
    }
    server.People = 10_000;
    double a = Median(small, r => r.PeakMb), b = Median(large, r => r.PeakMb);
    Console.WriteLine($"{"peak working set streaming 100,000 vs 10,000 people",-52} {b:0} MB vs {a:0} MB: ratio {b / a:0.00}");
}
return 0;

async Task<(List<Result> Sdk, List<Result> Raw)> InterleavedAsync(string scenario)
{
    var sdk = new List<Result>();
    var raw = new List<Result>();
    for (int i = 0; i < runs; i++)
    {
        // alternate which goes first, so that neither always follows the other's cache state
        if (i % 2 == 0) { sdk.Add(await RunChildAsync("sdk", scenario)); raw.Add(await RunChildAsync("raw", scenario)); }
        else { raw.Add(await RunChildAsync("raw", scenario)); sdk.Add(await RunChildAsync("sdk", scenario)); }
    }
    return (sdk, raw);
}

async Task<Result> RunChildAsync(string client, string scenario)
{
    // each client starts against a full bucket (the limit's burst), not what the one before it left
    if (server.Limit is int perSecond) server.SetLimit(perSecond);
    int throttledBefore = server.Throttled;
    var info = new ProcessStartInfo("dotnet", [self, "child", client, scenario, server.BaseUrl]) { RedirectStandardOutput = true };
    if (log) info.Environment[StderrLogger.Variable] = "1";
    using var process = Process.Start(info)!;
    string output = await process.StandardOutput.ReadToEndAsync();
    await process.WaitForExitAsync();
    string? line = output.Split('\n').LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal));
    if (process.ExitCode != 0 || line is null) throw new InvalidOperationException($"{client} {scenario} failed: {output}");
    string[] f = line.Split(' ', 7);
    return new Result(double.Parse(f[1]), double.Parse(f[2]), double.Parse(f[3]), server.Throttled - throttledBefore,
        int.Parse(f[4]), double.Parse(f[5]), f.Length > 6 ? f[6] : "");
}

static double Median(List<Result> results, Func<Result, double> value)
{
    var sorted = results.Select(value).Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

void Report(string name, List<Result> sdk, List<Result> raw, string what, Func<Result, double> value, double? limit)
{
    double s = Median(sdk, value), r = Median(raw, value);
    string floor = limit is double l ? $" (limit {l:0.00} s)" : "";
    Console.WriteLine($"{name,-52} sdk {s:0.000} s, raw {r:0.000} s{floor}: {what} ratio {s / r:0.000}   " +
        $"[sdk {string.Join(" ", sdk.Select(value).Select(v => v.ToString("0.000")))} | raw {string.Join(" ", raw.Select(value).Select(v => v.ToString("0.000")))}]");
    if (jit && what == "wall")
        Console.WriteLine($"{"  methods JIT-compiled (time in the JIT)",-52} sdk {Median(sdk, x => x.JitMethods):0} ({Median(sdk, x => x.JitMs):0} ms), " +
            $"raw {Median(raw, x => x.JitMethods):0} ({Median(raw, x => x.JitMs):0} ms)");
}

string? Option(string name) => Array.IndexOf(args, name) is int i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
int OptionInt(string name, int fallback) => Option(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

async Task<int> ChildAsync(string client, string scenario, string baseUrl)
{
    string extra = "";
    var watch = start; // from the first line of Main: construction, JIT and first-use costs count
    if (client == "sdk")
    {
        var p = scenario == "phases" ? new Phases() : null;
        using var api = Clients.Sdk(baseUrl);
        p?.Mark("new WebexSimpleApi");
        for (int i = 0; i < WarmUps(scenario); i++) await Clients.SdkListAsync(api);
        if (scenario == "bulk-warm") await Clients.SdkBulkAsync(api);
        if (scenario.EndsWith("-warm") || scenario == "list-steady") StartMeasuring();
        if (scenario is "list-cold" or "list-warm" or "list-steady" or "phases" or "stream") await Clients.SdkListAsync(api, p);
        else await Clients.SdkBulkAsync(api);
        if (p is not null) { p.Mark("rest of the listing"); extra = p.ToString(); }
    }
    else
    {
        using var http = Clients.Raw(baseUrl);
        for (int i = 0; i < WarmUps(scenario); i++) await Clients.RawListAsync(http);
        if (scenario == "bulk-warm") await Clients.RawBulkAsync(http);
        if (scenario.EndsWith("-warm") || scenario == "list-steady") StartMeasuring();
        if (scenario is "list-cold" or "list-warm" or "list-steady" or "stream") await Clients.RawListAsync(http);
        else await Clients.RawBulkAsync(http);
    }
    double wall = watch.Elapsed.TotalSeconds;
    var me = Process.GetCurrentProcess();
    double cpu = (me.TotalProcessorTime - cpuAtStart).TotalSeconds;
    // what the JIT did in this process, warm-up runs and background tier-1 recompilation included
    long jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
    double jitMs = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;
    Console.WriteLine(FormattableString.Invariant(
        $"RESULT {wall:0.0000} {cpu:0.0000} {me.PeakWorkingSet64 / 1048576.0:0.0} {jitMethods} {jitMs:0.0} {extra}"));
    return 0;

    // listings before the measured one: warm measures the second; steady state the sixth, once the hot path has been
    // called often enough (30 calls) to be recompiled at tier 1 and the recompilation is done
    static int WarmUps(string scenario) => scenario switch { "list-warm" => 1, "list-steady" => 5, _ => 0 };

    // a warm scenario measures only what follows its first run
    void StartMeasuring()
    {
        watch = Stopwatch.StartNew();
        cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    }
}

internal sealed record Result(double Wall, double Cpu, double PeakMb, int Throttled, int JitMethods, double JitMs, string Extra);
