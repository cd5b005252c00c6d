using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Testing;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.IntegrationTests.Simulator.Knobs;

public class KnobsTests
{
    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task UpdateAsync_200UpdatesUnderRateLimitAndFaults_EveryUpdateApplied(Transport transport)
    {
        await using var h = await SimHarness.StartAsync(transport,
            new WebexSimulatorOptions { RandomSeed = 3, RateLimit = 50, FaultRate = 0.1 },
            seed: sim => sim.Seed.DemoOrg().People(168),
            configure: o =>
            {
                o.PageSize = 1000;
                o.Retry.BaseDelay = TimeSpan.FromMilliseconds(5);
                o.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
                o.Retry.MaxTransientRetries = 20;
                o.Retry.MaxRateLimitRetries = 200;
            });
        var people = await h.Api.People.ListAsync(callingData: true).Where(p => p.LocationId is not null).ToListAsync();
        Assert.Equal(200, people.Count);

        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = 10 }, async (person, ct) =>
            await h.Api.People.UpdateAsync(person with { Title = "Updated " + person.Extension }, callingData: true,
                cancellationToken: ct));
        var after = await h.Api.People.ListAsync(callingData: true).Where(p => p.LocationId is not null).ToListAsync();

        Assert.Equal(200, after.Count);
        Assert.All(after, p => Assert.Equal("Updated " + p.Extension, p.Title));
        Assert.True(h.Sim.RequestCount > 202, "the knobs rejected some requests, which the SDK retried");
    }

    [Fact]
    public async Task DemoOrg_SameSeedTwice_IsTheSameOrg()
    {
        var first = await SnapshotAsync(seed: 7);
        var second = await SnapshotAsync(seed: 7);
        var other = await SnapshotAsync(seed: 8);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    private static async Task<List<string>> SnapshotAsync(int seed)
    {
        await using var h = await SimHarness.StartAsync(Transport.InProcess, new WebexSimulatorOptions { RandomSeed = seed },
            seed: sim => sim.Seed.DemoOrg());
        var locations = await h.Api.Locations.ListAsync().Select(l => $"{l.LocationId} {l.Name} {l.Address?.State}").ToListAsync();
        var people = await h.Api.People.ListAsync(callingData: true)
            .Select(p => $"{p.PersonId} {p.DisplayName} {p.Emails?[0]} {p.Extension} {p.Tn?.Value} {p.LocationId} {p.Created}")
            .ToListAsync();
        return [h.Sim.OrgId, .. locations, .. people];
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task RateLimit_OverTheLimit_Answers429WithRetryAfterAndWebexBody(Transport transport)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero)); // one frozen window
        await using var h = await SimHarness.StartAsync(transport, new WebexSimulatorOptions { RateLimit = 2, TimeProvider = clock });

        using var first = await GetAsync(h, "locations");
        using var second = await GetAsync(h, "locations");
        using var third = await GetAsync(h, "locations");
        clock.Advance(TimeSpan.FromSeconds(1));
        using var later = await GetAsync(h, "locations");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((HttpStatusCode)429, third.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), third.Headers.RetryAfter?.Delta);
        using var body = JsonDocument.Parse(await third.Content.ReadAsStringAsync());
        Assert.Contains("rate limited", body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(third.Headers.GetValues("trackingid").Single(), body.RootElement.GetProperty("trackingId").GetString());
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task FaultRate_One_Answers5xxWithWebexBody(Transport transport)
    {
        await using var h = await SimHarness.StartAsync(transport, new WebexSimulatorOptions { FaultRate = 1 });

        using var response = await GetAsync(h, "people");

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Array, body.RootElement.GetProperty("errors").ValueKind);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task DropRate_One_FailsTheRequestWithoutAnswer(Transport transport)
    {
        await using var h = await SimHarness.StartAsync(transport, new WebexSimulatorOptions { DropRate = 1 });

        await Assert.ThrowsAsync<HttpRequestException>(() => GetAsync(h, "people"));
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task DropRate_Some_TheSdkRetriesReadsToTheEnd(Transport transport)
    {
        await using var h = await SimHarness.StartAsync(transport, new WebexSimulatorOptions { DropRate = 0.3, RandomSeed = 5 },
            seed: sim => sim.Seed.DemoOrg(),
            configure: o =>
            {
                o.PageSize = 3;
                o.Retry.BaseDelay = TimeSpan.FromMilliseconds(5);
                o.Retry.MaxDelay = TimeSpan.FromMilliseconds(20);
                o.Retry.MaxTransientRetries = 20;
            });

        var people = await h.Api.People.ListAsync().ToListAsync();

        Assert.Equal(33, people.Select(p => p.PersonId).Distinct().Count());
    }

    [Fact]
    public async Task Latency_DelaysTheAnswerOnTheSimulatorClock()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));
        await using var h = await SimHarness.StartAsync(Transport.InProcess,
            new WebexSimulatorOptions { Latency = TimeSpan.FromSeconds(2), TimeProvider = clock });

        var pending = GetAsync(h, "locations");
        // the clock moves once the simulator waits on it: moved earlier, the move would be lost and the request hang
        var latency = await clock.WaitForDelaysAsync();
        Assert.Equal(TimeSpan.FromSeconds(2), latency.Requested);
        Assert.False(pending.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(2));
        using var response = await pending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task MaxPageSize_CapsMaxAndLinksTheNextPageOnTheRequestHost(Transport transport)
    {
        await using var h = await SimHarness.StartAsync(transport, new WebexSimulatorOptions { MaxPageSize = 10 },
            seed: sim => sim.Seed.People(25));

        using var response = await GetAsync(h, "people?max=1000&displayName=");

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(10, body.RootElement.GetProperty("items").GetArrayLength());
        string link = response.Headers.GetValues("Link").Single();
        Assert.Equal($"<{h.BaseUrl}people?displayName=&start=10&max=10>; rel=\"next\"", link);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task RequireAuthFalse_NoToken_ActsAsTheAdministrator(Transport transport)
    {
        await using var h = await SimHarness.StartAsync(transport, new WebexSimulatorOptions { RequireAuth = false });

        using var response = await h.Http.GetAsync("people/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(h.Sim.AdminPersonId, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> GetAsync(SimHarness h, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", h.Sim.DevToken);
        return h.Http.SendAsync(request);
    }
}
