using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Auth;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Auth;

/// <summary>
/// Short-lived tokens renewed by a <see cref="RefreshingTokenProvider"/> without a margin, under concurrent requests:
/// tokens expire while requests are in flight, Webex answers those 401, and the requests must still succeed.
/// </summary>
public class TokensUnderLoadTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    /// <summary>Plays Webex: the token endpoint issues 5-second tokens; the API takes 100 ms (fake) per request and checks the token's expiry when it has done so.</summary>
    private sealed class FakeWebex
    {
        private readonly FakeTimeProvider _clock;
        private readonly ConcurrentDictionary<string, DateTimeOffset> _expiry = new();
        private int _issued;

        public FakeWebex(FakeTimeProvider clock, ApiHarness h)
        {
            _clock = clock;
            _expiry[AuthFixtures.AccessToken] = clock.GetUtcNow() + Lifetime;
            h.Mock.On(HttpMethod.Post, "access_token").Respond(async request =>
            {
                var form = AuthFixtures.Form(await request.Content!.ReadAsStringAsync());
                Renewals.Enqueue((form["refresh_token"], _clock.GetUtcNow()));
                string token = $"ACCESS-{Interlocked.Increment(ref _issued)}-0123456789abcdef";
                _expiry[token] = _clock.GetUtcNow() + Lifetime;
                return ApiHarness.Json(HttpStatusCode.OK,
                    $$"""{"access_token":"{{token}}","expires_in":5,"refresh_token":"{{AuthFixtures.RefreshToken}}","refresh_token_expires_in":7775954}""");
            });
            h.Mock.OnGet("people/me").Respond(request =>
            {
                _clock.Advance(TimeSpan.FromMilliseconds(100)); // the request takes its time: the token may expire meanwhile
                string? token = request.Headers.Authorization?.Parameter;
                if (token is null || !_expiry.TryGetValue(token, out var expiresAt) || expiresAt <= _clock.GetUtcNow())
                {
                    Interlocked.Increment(ref _rejected);
                    return ApiHarness.Json(HttpStatusCode.Unauthorized, """{"message":"The access token has expired."}""");
                }
                return ApiHarness.Json(HttpStatusCode.OK, """{"id":"P1"}""");
            });
        }

        private int _rejected;

        public int Rejected => Volatile.Read(ref _rejected);

        public ConcurrentQueue<(string RefreshToken, DateTimeOffset At)> Renewals { get; } = new();

        public DateTimeOffset ExpiryOf(string token) => _expiry[token];
    }

    private sealed class Counter
    {
        public int Value;
    }

    /// <summary>A provider without margin whose renewals give ACCESS-1-…, ACCESS-2-…, 5 s each, counted in <paramref name="renewals"/>.</summary>
    private static RefreshingTokenProvider NumberedTokens(FakeTimeProvider clock, Counter renewals) => new(
        new Tokens { AccessToken = AuthFixtures.AccessToken, ExpiresAt = Now + Lifetime, RefreshToken = AuthFixtures.RefreshToken },
        (_, _) => Task.FromResult(new Tokens { AccessToken = "ACCESS-" + Interlocked.Increment(ref renewals.Value) + "-0123456789", ExpiresIn = 5 }),
        new RefreshingTokenProviderOptions { Margin = TimeSpan.Zero, TimeProvider = clock });

    [Fact]
    public async Task FiveHundredRequests_AtConcurrencyTen_AcrossExpiries_AllSucceed_WithOneRenewalPerExpiry()
    {
        var clock = new FakeTimeProvider(Now);
        using var h = new ApiHarness(o => o.TimeProvider = clock);
        var webex = new FakeWebex(clock, h);
        using var integration = new Integration("client", AuthFixtures.ClientSecret, ["spark:kms"], new Uri("http://localhost:6001/redirect"), h.Options);
        var renewed = new ConcurrentQueue<(string? Old, string? New, DateTimeOffset At)>();
        using var provider = new RefreshingTokenProvider(
            new Tokens { AccessToken = AuthFixtures.AccessToken, ExpiresAt = Now + Lifetime, RefreshToken = AuthFixtures.RefreshToken },
            async (tokens, ct) =>
            {
                var fresh = await integration.RefreshAsync(tokens, ct);
                renewed.Enqueue((tokens.AccessToken, fresh.AccessToken, clock.GetUtcNow()));
                return fresh;
            },
            new RefreshingTokenProviderOptions { Margin = TimeSpan.Zero, TimeProvider = clock });
        using var api = new WebexSimpleApi(provider, h.Options);

        int next = 0;
        var failures = new ConcurrentBag<Exception>();
        var workers = Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) <= 500)
            {
                try
                {
                    await api.People.MeAsync();
                }
                catch (WebexApiException e)
                {
                    failures.Add(e);
                }
            }
        })).ToList();
        await Task.WhenAll(workers);

        Assert.Empty(failures);
        Assert.True(webex.Rejected > 0, "no token expired in flight: the test proves nothing");
        // one renewal per expired token: each renewal replaced a different token, and only once that token had expired
        var renewals = renewed.ToList();
        Assert.Equal(renewals.Count, webex.Renewals.Count);
        Assert.True(renewals.Count >= 9, $"50 s of requests with 5 s tokens renewed only {renewals.Count} times");
        Assert.Equal(renewals.Count, renewals.Select(r => r.Old).Distinct().Count());
        Assert.All(renewals, r => Assert.True(r.At >= webex.ExpiryOf(r.Old!), $"{r.Old} was renewed before it expired"));
        AuthFixtures.AssertNoSecret(h.Logs.AllText);
    }

    [Fact]
    public async Task Api401_RetryWhoseNewTokenExpiresInFlightToo_IsRenewedAndRetriedAgain()
    {
        var clock = new FakeTimeProvider(Now);
        var renewals = new Counter();
        using var provider = NumberedTokens(clock, renewals);
        using var h = new ApiHarness(o => o.TimeProvider = clock, provider);
        int attempts = 0;
        h.Mock.OnGet("people/me").Respond(_ =>
        {
            // the first two attempts are slow: each outlives the token it was sent with
            if (++attempts <= 2) clock.Advance(Lifetime + TimeSpan.FromSeconds(1));
            return attempts <= 2
                ? ApiHarness.Json(HttpStatusCode.Unauthorized, """{"message":"The access token has expired."}""")
                : ApiHarness.Json(HttpStatusCode.OK, """{"id":"P1"}""");
        });

        var me = await h.Api.People.MeAsync();

        Assert.Equal("P1", me.PersonId);
        Assert.Equal(2, renewals.Value);
        Assert.Collection(h.Requests,
            r => Assert.Equal("Bearer " + AuthFixtures.AccessToken, r.Headers["Authorization"]),
            r => Assert.Equal("Bearer ACCESS-1-0123456789", r.Headers["Authorization"]),
            r => Assert.Equal("Bearer ACCESS-2-0123456789", r.Headers["Authorization"]));
    }

    [Fact]
    public async Task Api401_ForTheCurrentToken_RenewsItHoweverRecentTheLastRenewal()
    {
        var clock = new FakeTimeProvider(Now);
        var renewals = new Counter();
        using var provider = NumberedTokens(clock, renewals);

        clock.Advance(Lifetime); // the first token expires
        Assert.True(await provider.TryRefreshAsync(AuthFixtures.AccessToken));
        clock.Advance(Lifetime); // 5 s after that renewal, the second one expires too
        Assert.True(await provider.TryRefreshAsync("ACCESS-1-0123456789"));
        Assert.True(await provider.TryRefreshAsync("ACCESS-1-0123456789")); // a concurrent caller: the current token differs, no renewal

        Assert.Equal(2, renewals.Value);
        Assert.Equal("ACCESS-2-0123456789", await provider.GetAccessTokenAsync());
    }

    [Fact]
    public async Task Api401_RenewalFailed_SameTokenIsNotRenewedAgainUntilTheRetryPause()
    {
        var clock = new FakeTimeProvider(Now);
        int attempts = 0;
        using var provider = new RefreshingTokenProvider(
            new Tokens { AccessToken = AuthFixtures.AccessToken, ExpiresAt = Now + Lifetime, RefreshToken = AuthFixtures.RefreshToken },
            (_, _) =>
            {
                attempts++;
                return Task.FromException<Tokens>(new HttpRequestException("token endpoint unreachable"));
            },
            new RefreshingTokenProviderOptions { Margin = TimeSpan.Zero, TimeProvider = clock, RetryAfterFailure = TimeSpan.FromSeconds(30) });
        clock.Advance(Lifetime);

        await Assert.ThrowsAsync<HttpRequestException>(async () => await provider.TryRefreshAsync(AuthFixtures.AccessToken));
        Assert.False(await provider.TryRefreshAsync(AuthFixtures.AccessToken)); // 99 callers with the same token: no storm
        clock.Advance(TimeSpan.FromSeconds(30));
        await Assert.ThrowsAsync<HttpRequestException>(async () => await provider.TryRefreshAsync(AuthFixtures.AccessToken));

        Assert.Equal(2, attempts);
    }
}
