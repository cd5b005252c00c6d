namespace WebexCalling.Sdk.Testing;

/// <summary>The knobs of a <see cref="WebexSimulator"/>; read once when the simulator is created.</summary>
public sealed class WebexSimulatorOptions
{
    /// <summary>Seeds the one random source: ids, seeded data, tokens and fault draws repeat under the same seed. Default: 1.</summary>
    public int RandomSeed { get; set; } = 1;

    /// <summary>
    /// True: the simulator starts with the demo organisation (what <see cref="SimulatorSeeder.DemoOrg"/> adds: four
    /// locations with eight calling users each, call queues and the rest of the demo data). False (default): only the
    /// administrator, for tests that seed exactly what they need.
    /// </summary>
    public bool DemoOrg { get; set; }

    /// <summary>Delay added to every answer (measured on <see cref="TimeProvider"/>). Default: none.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>
    /// Requests per second the simulator accepts (in fixed one-second windows); more are answered 429 with
    /// <c>Retry-After: 1</c> and Webex's error body. Null or 0: no limit.
    /// </summary>
    public int? RateLimit { get; set; }

    /// <summary>Share (0..1) of requests answered 502 or 503 with Webex's error body. Default: 0.</summary>
    public double FaultRate { get; set; }

    /// <summary>
    /// Share (0..1) of requests whose connection is dropped without an answer: in-process the handler throws
    /// <see cref="HttpRequestException"/>, on Kestrel the connection is aborted. Default: 0.
    /// </summary>
    public double DropRate { get; set; }

    /// <summary>The largest page any list answers, whatever <c>max</c> asks for (endpoints may cap lower). Default: 1000.</summary>
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>How long issued access tokens work (<c>expires_in</c>). Default: 14 days, as Webex integrations.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How long refresh tokens work (<c>refresh_token_expires_in</c>). Default: 90 days.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>True (default): every API path needs a valid, unexpired bearer token (else 401).</summary>
    public bool RequireAuth { get; set; } = true;

    /// <summary>The clock for token expiry, timestamps, rate windows and latency. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// The base URL of the in-process handler (what <see cref="WebexSimulator.BaseUrl"/> answers). Its path must end
    /// in <c>/v1/</c>. Default: <c>https://webexapis.com/v1/</c>, so code under test needs no other URL.
    /// </summary>
    public Uri BaseUrl { get; set; } = new("https://webexapis.com/v1/");

    /// <summary>A copy, so that changing the caller's options later does not change a running simulator.</summary>
    internal WebexSimulatorOptions Clone() => (WebexSimulatorOptions)MemberwiseClone();
}
