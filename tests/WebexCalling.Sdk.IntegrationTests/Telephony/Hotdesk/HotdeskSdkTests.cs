using System.Net;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony.Hotdesk;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.Hotdesk;

/// <summary>api.Telephony.Hotdesk against the simulator, whose demo organisation has two hot desk sessions.</summary>
public class HotdeskSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private HotDeskApi Hotdesk => fixture.H.Api.Telephony.Hotdesk;

    [Fact]
    public async Task ListSessions_DemoOrg_FiltersByPersonAndWorkspace()
    {
        var all = await Hotdesk.ListSessionsAsync();
        var first = all[0];
        var byPerson = await Hotdesk.ListSessionsAsync(personId: first.PersonId);
        var byWorkspace = await Hotdesk.ListSessionsAsync(workspaceId: all[1].WorkspaceId);
        var both = await Hotdesk.ListSessionsAsync(personId: first.PersonId, workspaceId: all[1].WorkspaceId);

        Assert.Equal([fixture.UserId(2), fixture.UserId(25)], all.Select(s => s.PersonId));
        Assert.All(all, s => Assert.False(string.IsNullOrEmpty(s.SessionId)));
        Assert.Equal(new DateTimeOffset(2024, 1, 16, 8, 0, 0, TimeSpan.Zero), first.BookingStartTime!.Value);
        Assert.Equal(first.BookingStartTime!.Value.AddHours(8), first.BookingEndTime!.Value);
        Assert.Equal(first.SessionId, Assert.Single(byPerson).SessionId);
        Assert.Equal(all[1].SessionId, Assert.Single(byWorkspace).SessionId);
        Assert.Empty(both); // the filters combine: that person is not at that workspace
    }

    [Fact]
    public async Task DeleteSession_EndsItThenIs404()
    {
        await using var h = await SimHarness.StartAsync(Transport.InProcess, seed: sim => sim.Seed.DemoOrg());
        var api = h.Api.Telephony.Hotdesk;
        var before = await api.ListSessionsAsync();

        await api.DeleteSessionAsync(before[0].SessionId!);
        var after = await api.ListSessionsAsync();
        var again = await Assert.ThrowsAsync<WebexApiException>(() => api.DeleteSessionAsync(before[0].SessionId!));

        Assert.Equal(2, before.Count);
        Assert.Equal([before[1].SessionId], after.Select(s => s.SessionId));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("Session not found.", again.WebexMessage);
        Assert.False(string.IsNullOrEmpty(again.TrackingId));
    }
}
