using System.Net;
using WebexCalling.Sdk.Calls;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony.Conference;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.Conference;

/// <summary>
/// api.Telephony.Conference against the simulator's demo organisation, each user on a token of their own: a host with
/// two answered calls starts a conference over them. Every test takes its own users.
/// </summary>
public sealed class ConferenceSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>, IDisposable
{
    private readonly List<WebexSimpleApi> _clients = [];

    /// <summary>An SDK client on a token of demo user <paramref name="user"/>.</summary>
    private WebexSimpleApi As(int user)
    {
        var api = new WebexSimpleApi(fixture.H.Sim.IssueToken(personId: fixture.UserId(user)),
            new WebexApiOptions { BaseUrl = fixture.H.BaseUrl, HttpClient = fixture.H.SdkClient });
        _clients.Add(api);
        return api;
    }

    private string Extension(int user) => fixture.Users[user]["extension"]!.GetValue<string>();

    /// <summary><paramref name="caller"/> dials demo user <paramref name="callee"/>, who answers: the caller's call id.</summary>
    private async Task<string> ConnectAsync(WebexSimpleApi caller, int callee)
    {
        var dial = await caller.Calls.DialAsync(Extension(callee));
        var ringing = Assert.Single(await As(callee).Calls.ListCallsAsync());
        await As(callee).Calls.AnswerAsync(ringing.CallId!);
        return dial.CallId!;
    }

    private static async Task<WebexApiException> AssertFailsAsync(HttpStatusCode status, Func<Task> call)
    {
        var e = await Assert.ThrowsAsync<WebexApiException>(call);
        Assert.Equal(status, e.StatusCode);
        Assert.False(string.IsNullOrEmpty(e.WebexMessage));
        Assert.False(string.IsNullOrEmpty(e.TrackingId));
        return e;
    }

    [Fact]
    public async Task Scenario_TwoCallsConferenceMuteHoldAddRelease()
    {
        var host = As(0);
        string withB = await ConnectAsync(host, 1);
        await host.Calls.HoldAsync(withB);
        string withC = await ConnectAsync(host, 2);

        await host.Telephony.Conference.StartAsync([withB, withC]);
        var started = await host.Telephony.Conference.GetConferenceDetailsAsync();
        var joinedB = await host.Calls.CallDetailsAsync(withB);
        await host.Telephony.Conference.MuteAsync(withC);
        await host.Telephony.Conference.DeafenParticipantAsync(withB);
        await host.Telephony.Conference.MuteAsync();
        var muted = await host.Telephony.Conference.GetConferenceDetailsAsync();
        await host.Telephony.Conference.UnmuteAsync(withC);
        await host.Telephony.Conference.UndeafenParticipantAsync(withB);
        await host.Telephony.Conference.UnmuteAsync();
        await host.Telephony.Conference.HoldAsync();
        var held = await host.Telephony.Conference.GetConferenceDetailsAsync();
        await host.Telephony.Conference.ResumeAsync();
        string withD = await ConnectAsync(host, 3);
        await host.Telephony.Conference.AddParticipantAsync(withD);
        var four = await host.Telephony.Conference.GetConferenceDetailsAsync();
        await host.Telephony.Conference.ReleaseAsync();
        var released = await host.Telephony.Conference.GetConferenceDetailsAsync();

        Assert.Equal(ConferenceState.Connected, started.State);
        Assert.Equal(false, started.Muted);
        Assert.NotNull(started.Created);
        Assert.Equal([withB, withC], started.Participants!.Select(p => p.CallId));
        Assert.All(started.Participants!, p => Assert.Equal((false, false), (p.Muted, p.Deafened)));
        Assert.Null(started.ExtensionData);
        // the held call was resumed by joining the conference
        Assert.Equal(CallState.Connected, joinedB.State);

        Assert.Equal(true, muted.Muted);
        Assert.Equal([(withB, false, true), (withC, true, false)], muted.Participants!.Select(p => (p.CallId, p.Muted, p.Deafened)));
        Assert.Equal(ConferenceState.Held, held.State);
        Assert.Equal(false, held.Muted);
        Assert.All(held.Participants!, p => Assert.Equal((false, false), (p.Muted, p.Deafened)));
        Assert.Equal(ConferenceState.Connected, four.State);
        Assert.Equal([withB, withC, withD], four.Participants!.Select(p => p.CallId));

        Assert.Null(released.State); // an empty object: no conference
        Assert.Null(released.Participants);
        Assert.Empty(await host.Calls.ListCallsAsync());
        foreach (int other in new[] { 1, 2, 3 }) Assert.Empty(await As(other).Calls.ListCallsAsync());
    }

    [Fact]
    public async Task StartAsync_OneCallOrAnUnansweredCall_Is400AndNoConference()
    {
        var host = As(4);
        string connected = await ConnectAsync(host, 5);
        var ringing = await host.Calls.DialAsync(Extension(6));

        var one = await AssertFailsAsync(HttpStatusCode.BadRequest, () => host.Telephony.Conference.StartAsync([connected]));
        var unanswered = await AssertFailsAsync(HttpStatusCode.BadRequest,
            () => host.Telephony.Conference.StartAsync([connected, ringing.CallId!]));
        var unknown = await AssertFailsAsync(HttpStatusCode.NotFound,
            () => host.Telephony.Conference.StartAsync([connected, "Y2lzY29zcGFyazovL3VzL0NBTEwvMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw"]));
        var none = await host.Telephony.Conference.GetConferenceDetailsAsync();

        Assert.Contains("at least two", one.WebexMessage, StringComparison.Ordinal);
        Assert.Contains("connecting", unanswered.WebexMessage, StringComparison.Ordinal);
        Assert.StartsWith("Call not found", unknown.WebexMessage, StringComparison.Ordinal);
        Assert.Null(none.State);
        Assert.Equal(2, (await host.Calls.ListCallsAsync()).Count);
    }

    [Fact]
    public async Task Commands_WithoutAConferenceOrOnACallOutsideIt_Are400()
    {
        var host = As(8);
        string first = await ConnectAsync(host, 9);

        var hold = await AssertFailsAsync(HttpStatusCode.BadRequest, () => host.Telephony.Conference.HoldAsync());
        var mute = await AssertFailsAsync(HttpStatusCode.BadRequest, () => host.Telephony.Conference.MuteAsync());
        var release = await AssertFailsAsync(HttpStatusCode.BadRequest, () => host.Telephony.Conference.ReleaseAsync());
        await host.Calls.HoldAsync(first);
        string second = await ConnectAsync(host, 10);
        await host.Calls.HoldAsync(second);
        string third = await ConnectAsync(host, 11);
        await host.Telephony.Conference.StartAsync([first, second]);
        var outside = await AssertFailsAsync(HttpStatusCode.BadRequest, () => host.Telephony.Conference.DeafenParticipantAsync(third));
        var twice = await AssertFailsAsync(HttpStatusCode.BadRequest, () => host.Telephony.Conference.AddParticipantAsync(first));
        var resume = await AssertFailsAsync(HttpStatusCode.BadRequest, () => host.Telephony.Conference.ResumeAsync());

        Assert.Equal("The user has no conference.", hold.WebexMessage);
        Assert.Equal("The user has no conference.", mute.WebexMessage);
        Assert.Equal("The user has no conference.", release.WebexMessage);
        Assert.Equal("The call is not a participant of the conference.", outside.WebexMessage);
        Assert.Contains("already", twice.WebexMessage, StringComparison.Ordinal);
        Assert.Equal("The conference is not held.", resume.WebexMessage);
    }

    [Fact]
    public async Task ParticipantHangsUp_ConferenceWithOneLeftEnds_TheOtherCallGoesOn()
    {
        var host = As(12);
        string withA = await ConnectAsync(host, 13);
        await host.Calls.HoldAsync(withA);
        string withB = await ConnectAsync(host, 14);
        await host.Telephony.Conference.StartAsync([withA, withB]);

        var bCall = Assert.Single(await As(14).Calls.ListCallsAsync());
        await As(14).Calls.HangupAsync(bCall.CallId!);
        var after = await host.Telephony.Conference.GetConferenceDetailsAsync();

        Assert.Null(after.State);
        Assert.Equal(CallState.Connected, Assert.Single(await host.Calls.ListCallsAsync()).State);
    }

    public void Dispose()
    {
        foreach (var client in _clients) client.Dispose();
    }
}
