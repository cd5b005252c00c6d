using System.Net;
using WebexCalling.Sdk.Calls;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony.CallControlsMembers;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.CallControlsMembers;

/// <summary>
/// api.Telephony.CallControlsMembers against the simulator's demo organisation: the administrator controls the calls
/// of members by id, on the same call state the members see through their own tokens (api.Calls). Every test takes
/// its own users.
/// </summary>
public sealed class CallControlsMembersSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>, IDisposable
{
    private const string UnknownPerson = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8wMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA";

    private readonly List<WebexSimpleApi> _clients = [];

    private CallControlsMembersApi Members => fixture.H.Api.Telephony.CallControlsMembers;

    private WebexSimpleApi As(int user)
    {
        var api = new WebexSimpleApi(fixture.H.Sim.IssueToken(personId: fixture.UserId(user)),
            new WebexApiOptions { BaseUrl = fixture.H.BaseUrl, HttpClient = fixture.H.SdkClient });
        _clients.Add(api);
        return api;
    }

    private string Extension(int user) => fixture.Users[user]["extension"]!.GetValue<string>();

    private static async Task<WebexApiException> AssertFailsAsync(HttpStatusCode status, Func<Task> call)
    {
        var e = await Assert.ThrowsAsync<WebexApiException>(call);
        Assert.Equal(status, e.StatusCode);
        Assert.False(string.IsNullOrEmpty(e.WebexMessage));
        Assert.False(string.IsNullOrEmpty(e.TrackingId));
        return e;
    }

    [Fact]
    public async Task DialAnswerDetailsHangup_ForMembers_AreTheCallsTheMembersSee()
    {
        string alice = fixture.UserId(16), bob = fixture.UserId(17);

        var dial = await Members.DialAsync(alice, Extension(17));
        var ringing = Assert.Single(await Members.ListCallsAsync(bob));
        await Members.AnswerAsync(bob, ringing.CallId!);
        var aliceCall = await Members.GetCallDetailsAsync(alice, dial.CallId!);
        var aliceOwnView = Assert.Single(await As(16).Calls.ListCallsAsync());
        await Members.HangupAsync(alice, dial.CallId!);
        var gone = await AssertFailsAsync(HttpStatusCode.NotFound, () => Members.GetCallDetailsAsync(alice, dial.CallId!));

        Assert.False(string.IsNullOrEmpty(dial.CallSessionId));
        Assert.Equal((CallState.Alerting, Personality.Terminator), (ringing.State, ringing.Personality));
        Assert.Equal(alice, ringing.RemoteParty?.PersonId);
        Assert.Equal(dial.CallSessionId, ringing.CallSessionId);
        Assert.Equal((CallState.Connected, Personality.Originator), (aliceCall.State, aliceCall.Personality));
        Assert.Equal(bob, aliceCall.RemoteParty?.PersonId);
        Assert.NotNull(aliceCall.Answered);
        Assert.Equal(dial.CallId, aliceOwnView.CallId);
        Assert.StartsWith("Call not found", gone.WebexMessage, StringComparison.Ordinal);
        Assert.Empty(await Members.ListCallsAsync(alice));
        Assert.Empty(await Members.ListCallsAsync(bob));
        Assert.Equal(HistoryType.Placed, Assert.Single(await As(16).Calls.CallHistoryAsync()).CallType);
    }

    [Fact]
    public async Task HangupAsync_AlertingCall_EndsBothAndTheMemberMissedIt()
    {
        string carol = fixture.UserId(18), dave = fixture.UserId(19);
        await As(18).Calls.DialAsync(Extension(19));
        var ringing = Assert.Single(await Members.ListCallsAsync(dave));

        await Members.HangupAsync(dave, ringing.CallId!);

        Assert.Empty(await Members.ListCallsAsync(carol));
        Assert.Equal(HistoryType.Missed, Assert.Single(await As(19).Calls.CallHistoryAsync()).CallType);
    }

    [Fact]
    public async Task Members_UnknownMemberOtherMembersCallOrOtherOrg_Are404()
    {
        string erin = fixture.UserId(20), frank = fixture.UserId(21);
        var dial = await Members.DialAsync(erin, Extension(21));

        var unknownMember = await AssertFailsAsync(HttpStatusCode.NotFound, () => Members.ListCallsAsync(UnknownPerson));
        var othersCall = await AssertFailsAsync(HttpStatusCode.NotFound, () => Members.AnswerAsync(frank, dial.CallId!));
        var otherOrg = await AssertFailsAsync(HttpStatusCode.NotFound, () => Members.ListCallsAsync(erin, orgId: "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi9vdGhlcg"));
        var badDestination = await AssertFailsAsync(HttpStatusCode.BadRequest, () => Members.DialAsync(erin, "not a number"));

        Assert.StartsWith("Member not found", unknownMember.WebexMessage, StringComparison.Ordinal);
        Assert.StartsWith("Call not found", othersCall.WebexMessage, StringComparison.Ordinal);
        Assert.Equal("Organization not found.", otherOrg.WebexMessage);
        Assert.Contains("Invalid destination", badDestination.WebexMessage, StringComparison.Ordinal);
        Assert.Equal(CallState.Alerting, Assert.Single(await Members.ListCallsAsync(frank)).State);
    }

    public void Dispose()
    {
        foreach (var client in _clients) client.Dispose();
    }
}
