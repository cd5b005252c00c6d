using System.Globalization;

namespace WebexCalling.Sdk.Testing;

/// <summary>
/// Runs a simulator on Kestrel from command-line arguments until cancelled: what the
/// <c>WebexCalling.Sdk.Simulator</c> program does. Arguments: <c>--urls</c> (default <c>http://127.0.0.1:5089</c>),
/// <c>--seed</c>, <c>--people</c>, <c>--locations</c>, <c>--no-demo</c>, <c>--latency</c> (ms), <c>--rate-limit</c>
/// (requests/s), <c>--fault-rate</c>, <c>--drop-rate</c> (0..1), <c>--max-page-size</c>, <c>--token-lifetime</c>
/// (minutes), <c>--no-auth</c>, <c>--help</c>.
/// </summary>
public static class WebexSimulatorHost
{
    /// <summary>The address the host listens on when no <c>--urls</c> is given: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5089";

    /// <summary>The usage text of <c>--help</c>.</summary>
    public const string Usage = """
        Webex simulator: a stateful, in-memory Webex organisation speaking the Webex HTTP API.

        Options:
          --urls URL            where to listen (default http://127.0.0.1:5089; port 0 picks a free one)
          --seed N              seed of the one random source (default 1): same seed, same org
          --no-demo             start with only the administrator, no demo locations and people
          --locations N         add N more locations (Site 5, Site 6, ...)
          --people N            add N more people, spread over the locations (pagination tests)
          --latency MS          delay every answer by MS milliseconds
          --rate-limit N        accept N requests per second, answer 429 + Retry-After beyond
          --fault-rate X        answer a share X (0..1) of requests with 502/503
          --drop-rate X         drop the connection of a share X (0..1) of requests
          --max-page-size N     the largest page any list answers (default 1000)
          --token-lifetime MIN  lifetime of tokens issued by /v1/access_token, in minutes
          --no-auth             accept requests without a token
        """;

    /// <summary>
    /// Starts the simulator, prints the base URL, the administrator's access token and one token per calling user of the
    /// demo organisation, and serves until cancelled.
    /// </summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where to print (default: the console).</param>
    /// <param name="cancellationToken">Stops the host.</param>
    /// <returns>The exit code: 0, or 2 for bad arguments.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        output ??= Console.Out;
        HostArguments parsed;
        try
        {
            parsed = HostArguments.Parse(args);
        }
        catch (FormatException e)
        {
            await output.WriteLineAsync(e.Message + Environment.NewLine + Environment.NewLine + Usage).ConfigureAwait(false);
            return 2;
        }
        if (parsed.Help)
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }

        var sim = new WebexSimulator(parsed.Options);
        await using var _ = sim.ConfigureAwait(false);
        // the demo org's calling users, before --people adds plain bulk users
        var callingUsers = sim.CallingUsers();
        for (int i = 0; i < parsed.ExtraLocations; i++)
        {
            int n = i + 5;
            sim.AddLocation($"Site {n}", "TX", "Dallas", "America/Chicago", $"{n} Commerce Street", "75201");
        }
        sim.Seed.People(parsed.People);
        var baseUrl = await sim.StartKestrelAsync(parsed.Url, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
            Webex simulator listening on {baseUrl}
            Access token (administrator, never expires): {sim.DevToken}
              curl -H "Authorization: Bearer {sim.DevToken}" {baseUrl}locations
              WEBEX_ACCESS_TOKEN={sim.DevToken}  with  WebexApiOptions.BaseUrl = {baseUrl}
            """)).ConfigureAwait(false);
        if (callingUsers.Count > 0)
        {
            await output.WriteLineAsync("Calling users (a token each, for call control and voice messages as that user):").ConfigureAwait(false);
            foreach (var user in callingUsers)
            {
                string token = sim.IssueToken(personId: user.Id);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  {user.DisplayName} <{user.Emails.FirstOrDefault()}> extension {user.Extension}: {token}")).ConfigureAwait(false);
            }
        }
        await output.WriteLineAsync("Press Ctrl+C (or send SIGTERM) to stop.").ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // stopping is the normal end
        }
        return 0;
    }

    private sealed class HostArguments
    {
        public WebexSimulatorOptions Options { get; } = new() { DemoOrg = true };
        public string Url { get; private set; } = DefaultUrl;
        public int ExtraLocations { get; private set; }
        public int People { get; private set; }
        public bool Help { get; private set; }

        public static HostArguments Parse(string[] args)
        {
            var result = new HostArguments();
            for (int i = 0; i < args.Length; i++)
            {
                string name = args[i];
                string Value()
                {
                    if (i + 1 >= args.Length) throw new FormatException($"{name} needs a value.");
                    return args[++i];
                }
                switch (name)
                {
                    case "--help" or "-h": result.Help = true; break;
                    case "--urls": result.Url = Value().Split(';')[0]; break;
                    case "--seed": result.Options.RandomSeed = Int(name, Value()); break;
                    case "--no-demo": result.Options.DemoOrg = false; break;
                    case "--locations": result.ExtraLocations = Int(name, Value()); break;
                    case "--people": result.People = Int(name, Value()); break;
                    case "--latency": result.Options.Latency = TimeSpan.FromMilliseconds(Int(name, Value())); break;
                    case "--rate-limit": result.Options.RateLimit = Int(name, Value()); break;
                    case "--fault-rate": result.Options.FaultRate = Rate(name, Value()); break;
                    case "--drop-rate": result.Options.DropRate = Rate(name, Value()); break;
                    case "--max-page-size": result.Options.MaxPageSize = Math.Max(1, Int(name, Value())); break;
                    case "--token-lifetime": result.Options.TokenLifetime = TimeSpan.FromMinutes(Int(name, Value())); break;
                    case "--no-auth": result.Options.RequireAuth = false; break;
                    default: throw new FormatException($"Unknown option {name}.");
                }
            }
            return result;
        }

        private static int Int(string name, string value) =>
            int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n)
                ? n
                : throw new FormatException($"{name} needs a whole number, not '{value}'.");

        private static double Rate(string name, string value) =>
            double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) && x is >= 0 and <= 1
                ? x
                : throw new FormatException($"{name} needs a number from 0 to 1, not '{value}'.");
    }
}
