using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Rest;

public class OptionsTests
{
    /// <summary>The longest wait a .NET timer takes (uint.MaxValue - 1 ms, about 49.7 days).</summary>
    private static readonly TimeSpan TimerLimit = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    public static TheoryData<string, Action<WebexApiOptions>> BadOptions => new()
    {
        { "Timeout", o => o.Timeout = TimeSpan.Zero },
        { "Timeout", o => o.Timeout = TimeSpan.FromSeconds(-5) },
        { "Timeout", o => o.Timeout = TimeSpan.MinValue },
        { "ConcurrentRequests", o => o.ConcurrentRequests = 0 },
        { "ConcurrentRequests", o => o.ConcurrentRequests = -1 },
        { "PageSize", o => o.PageSize = 0 },
        { "Retry.MaxRateLimitRetries", o => o.Retry.MaxRateLimitRetries = -1 },
        { "Retry.MaxTransientRetries", o => o.Retry.MaxTransientRetries = -1 },
        { "Retry.BaseDelay", o => o.Retry.BaseDelay = TimeSpan.FromMilliseconds(-1) },
        { "Retry.BaseDelay", o => o.Retry.BaseDelay = TimeSpan.FromDays(400) },
        { "Retry.MaxDelay", o => o.Retry.MaxDelay = TimeSpan.FromDays(60) },
        { "Retry.MaxDelay", o => o.Retry.MaxDelay = TimeSpan.MaxValue },
        { "Retry.MaxDelay", o => (o.Retry.BaseDelay, o.Retry.MaxDelay) = (TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(4)) },
        { "Retry.MaxRetryAfter", o => o.Retry.MaxRetryAfter = TimeSpan.FromDays(400) },
        { "Retry.MaxRetryAfter", o => o.Retry.MaxRetryAfter = TimeSpan.MaxValue },
        { "Retry.MaxRetryAfter", o => o.Retry.MaxRetryAfter = TimeSpan.FromSeconds(-1) },
        { "Retry.MaxRetryAfter", o => o.Retry.MaxRetryAfter = Timeout.InfiniteTimeSpan },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Constructor_OptionOutOfRange_ThrowsNamingTheOption(string option, Action<WebexApiOptions> configure)
    {
        var options = new WebexApiOptions();
        configure(options);

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new WebexSimpleApi("t", options));

        Assert.Equal(option, e.ParamName);
        Assert.StartsWith(option + " ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void AddWebexSimpleApi_OptionOutOfRange_ThrowsNamingTheOptionWhenResolved(string option, Action<WebexApiOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddWebexSimpleApi("di-token", configure);
        using var provider = services.BuildServiceProvider();

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => provider.GetRequiredService<WebexSimpleApi>());

        Assert.Equal(option, e.ParamName);
    }

    public static TheoryData<string, TimeSpan> UsableTimeouts => new()
    {
        { "infinite", Timeout.InfiniteTimeSpan },
        { "max value", TimeSpan.MaxValue },
        { "60 days", TimeSpan.FromDays(60) },
        { "timer limit", TimerLimit },
        { "1 ms", TimeSpan.FromMilliseconds(1) },
    };

    [Theory]
    [MemberData(nameof(UsableTimeouts))]
    public async Task DetailsAsync_TimeoutAtOrBeyondTheTimerLimit_IsNoLimitAndTheRequestIsSent(string name, TimeSpan timeout)
    {
        _ = name;
        using var h = new ApiHarness(o => o.Timeout = timeout);
        h.Mock.OnGet("locations/L1").RespondJson("""{"id":"L1","name":"HQ"}""");

        var location = await h.Api.Locations.DetailsAsync("L1");

        Assert.Equal("HQ", location.Name);
        Assert.Single(h.Requests);
    }

    [Fact]
    public async Task DetailsAsync_MaxRetryAfterAtTheTimerLimit_WaitsWhatWebexAskedFor()
    {
        using var h = new ApiHarness(o => o.Retry.MaxRetryAfter = TimerLimit);
        int calls = 0;
        h.Mock.OnGet("locations/L1").Respond(_ => Interlocked.Increment(ref calls) == 1
            ? ApiHarness.Json((HttpStatusCode)429, """{"message":"slow down"}""", ("Retry-After", "99999999999"))
            : ApiHarness.Json(HttpStatusCode.OK, """{"id":"L1","name":"HQ"}"""));

        var call = h.Api.Locations.DetailsAsync("L1");
        var wait = await h.Clock.AdvanceToNextDelayAsync();

        Assert.Equal("HQ", (await call).Name);
        Assert.Equal(TimerLimit, wait);
    }

    [Fact]
    public async Task DetailsAsync_LargestAllowedRetryOptions_RetryWithinThem()
    {
        using var h = new ApiHarness(o =>
        {
            o.Retry.BaseDelay = TimerLimit;
            o.Retry.MaxDelay = TimerLimit;
            o.Retry.MaxTransientRetries = int.MaxValue;
            o.Retry.MaxRateLimitRetries = int.MaxValue;
            o.Retry.NextJitter = () => 0.999;
            o.ConcurrentRequests = int.MaxValue;
        });
        int calls = 0;
        h.Mock.OnGet("locations/L1").Respond(_ => Interlocked.Increment(ref calls) == 1
            ? ApiHarness.Json(HttpStatusCode.ServiceUnavailable, """{"message":"busy"}""")
            : ApiHarness.Json(HttpStatusCode.OK, """{"id":"L1","name":"HQ"}"""));

        var call = h.Api.Locations.DetailsAsync("L1");
        var wait = await h.Clock.AdvanceToNextDelayAsync();

        Assert.Equal("HQ", (await call).Name);
        Assert.InRange(wait, TimerLimit / 2, TimerLimit);
    }

    [Fact]
    public void Constructor_ZeroRetriesAndZeroDelays_AreAllowed()
    {
        var options = new WebexApiOptions { PageSize = 1, ConcurrentRequests = 1 };
        options.Retry.MaxRateLimitRetries = 0;
        options.Retry.MaxTransientRetries = 0;
        options.Retry.BaseDelay = TimeSpan.Zero;
        options.Retry.MaxDelay = TimeSpan.Zero;
        options.Retry.MaxRetryAfter = TimeSpan.Zero;

        using var api = new WebexSimpleApi("t", options);

        Assert.NotNull(api.Session);
    }
}
