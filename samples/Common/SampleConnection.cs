using dotenv.net;
using WebexCalling.Sdk;
using WebexCalling.Sdk.Testing;

namespace WebexCalling.Samples;

/// <summary>
/// The organisation a sample works on. With <c>WEBEX_ACCESS_TOKEN</c> set (environment, or a <c>.env</c> file in the
/// working folder; the environment wins) it is the token's organisation at Webex, or at <c>WEBEX_BASE_URL</c> when
/// that is set too (a simulator started with <c>dotnet run --project src/WebexCalling.Sdk.Simulator</c>, say).
/// Without a token it is the built-in simulator's demo organisation, in this process, and the sample says so.
/// </summary>
public sealed class SampleConnection : IDisposable
{
    /// <summary>The variable that holds the access token.</summary>
    public const string TokenVariable = "WEBEX_ACCESS_TOKEN";

    /// <summary>The variable that holds another base URL than Webex's (optional).</summary>
    public const string BaseUrlVariable = "WEBEX_BASE_URL";

    private readonly HttpClient? _simulatorClient;

    private SampleConnection(WebexSimpleApi api, WebexSimulator? simulator, HttpClient? simulatorClient)
    {
        Api = api;
        Simulator = simulator;
        _simulatorClient = simulatorClient;
    }

    /// <summary>The API of the organisation.</summary>
    public WebexSimpleApi Api { get; }

    /// <summary>The built-in simulator when no token was configured; otherwise null.</summary>
    public WebexSimulator? Simulator { get; }

    /// <summary>True when the sample runs against the built-in simulator.</summary>
    public bool IsSimulated => Simulator is not null;

    /// <summary>
    /// Connects as described on the class. Without a token it prints one line saying that the built-in simulator's
    /// demo organisation is used, seeds it, and lets <paramref name="seed"/> add what the sample needs to show
    /// something (the demo organisation already has locations, calling users, call queues, hunt groups, ...).
    /// </summary>
    /// <param name="output">Where the line about the simulator goes (standard output when null).</param>
    /// <param name="seed">Extra seeding of the built-in simulator's organisation, run only without a token.</param>
    /// <param name="configure">Changes to the API options (concurrency, timeouts, logging).</param>
    /// <returns>The connection; dispose it at the end.</returns>
    /// <exception cref="InvalidOperationException"><c>WEBEX_BASE_URL</c> is not an absolute http(s) URL.</exception>
    public static SampleConnection Open(TextWriter? output = null, Action<WebexSimulator>? seed = null,
        Action<WebexApiOptions>? configure = null)
    {
        output ??= Console.Out;
        var dotEnv = DotEnv.Read(new DotEnvOptions(envFilePaths: [".env"], ignoreExceptions: true, trimValues: true));
        string? token = Setting(TokenVariable, dotEnv);
        var options = new WebexApiOptions();
        configure?.Invoke(options);
        if (token is not null)
        {
            if (Setting(BaseUrlVariable, dotEnv) is { } baseUrl)
            {
                if (!Uri.TryCreate(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute, out var uri)
                    || uri.Scheme is not ("http" or "https"))
                    throw new InvalidOperationException($"{BaseUrlVariable} must be an absolute http(s) URL, not '{baseUrl}'.");
                options.BaseUrl = uri;
            }
            return new SampleConnection(new WebexSimpleApi(token, options), null, null);
        }

        output.WriteLine($"No {TokenVariable} (environment or .env): running against the built-in Webex simulator's demo organisation.");
        var simulator = new WebexSimulator();
        simulator.Seed.DemoOrg();
        seed?.Invoke(simulator);
        var client = new HttpClient(simulator.CreateHandler());
        options.HttpClient = client;
        options.BaseUrl = simulator.BaseUrl;
        return new SampleConnection(new WebexSimpleApi(simulator.DevToken, options), simulator, client);
    }

    private static string? Setting(string name, IDictionary<string, string> dotEnv)
    {
        string? value = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(value)) dotEnv.TryGetValue(name, out value);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Api.Dispose();
        _simulatorClient?.Dispose();
        Simulator?.Dispose();
    }
}
