using System.Net;
using Microsoft.Extensions.Time.Testing;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Testing;

namespace WebexCalling.Sdk.IntegrationTests.Auth;

/// <summary>What the SDK throws when the simulator refuses its access token: expired or unknown.</summary>
public class AccessTokenSdkTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task AnyCall_ExpiredToken_Throws401(Transport transport)
    {
        var clock = new FakeTimeProvider(Start);
        string? token = null;
        await using var h = await SimHarness.StartAsync(transport, new WebexSimulatorOptions { TimeProvider = clock },
            seed: sim => token = sim.IssueToken(TimeSpan.FromHours(1)));
        using var api = new WebexSimpleApi(token!, new WebexApiOptions { HttpClient = h.SdkClient, BaseUrl = h.BaseUrl });

        var before = await api.People.MeAsync();
        clock.Advance(TimeSpan.FromHours(1));
        var e = await Assert.ThrowsAsync<WebexApiException>(() => api.People.MeAsync());

        Assert.Equal(h.Sim.AdminPersonId, before.PersonId);
        Assert.Equal(HttpStatusCode.Unauthorized, e.StatusCode);
        Assert.Contains("access token", e.WebexMessage, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task AnyCall_UnknownToken_Throws401(Transport transport)
    {
        await using var h = await SimHarness.StartAsync(transport, token: "made-up-token");

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.Locations.ListAsync().ToListAsync().AsTask());

        Assert.Equal(HttpStatusCode.Unauthorized, e.StatusCode);
        Assert.False(string.IsNullOrEmpty(e.TrackingId));
    }
}
