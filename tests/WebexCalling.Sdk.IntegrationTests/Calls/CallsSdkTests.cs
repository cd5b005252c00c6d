using System.Net;
using WebexCalling.Sdk.Calls;
using WebexCalling.Sdk.IntegrationTests.TestSupport;

namespace WebexCalling.Sdk.IntegrationTests.Calls;

/// <summary>Every other <see cref="CallsApi"/> member through the SDK against the simulator; each test takes its own users.</summary>
public class CallsSdkTests(CallingOrgFixture fixture) : IClassFixture<CallingOrgFixture>
{
    private CallingOrg Org => fixture.Org;

    private static async Task<WebexApiException> AssertFailsAsync(HttpStatusCode status, Func<Task> call)
    {
        var e = await Assert.ThrowsAsync<WebexApiException>(call);
        Assert.Equal(status, e.StatusCode);
        Assert.False(string.IsNullOrEmpty(e.WebexMessage));
        Assert.False(string.IsNullOrEmpty(e.TrackingId));
        return e;
    }

    [Fact]
    public async Task RejectAsync_AlertingCall_EndsBothAndRecordsMissed()
    {
        var (alice, bob) = (Org.Take(1)[0], Org.Take(1)[0]);
        var (_, b1) = await CallingOrg.RingAsync(alice, bob);

        await bob.Api.Calls.RejectAsync(b1, RejectAction.Busy);

        Assert.Empty(await alice.Api.Calls.ListCallsAsync());
        Assert.Empty(await bob.Api.Calls.ListCallsAsync());
        Assert.Equal(alice.Name, Assert.Single(await bob.Api.Calls.CallHistoryAsync(HistoryType.Missed)).Name);
        Assert.Equal(HistoryType.Placed, Assert.Single(await alice.Api.Calls.CallHistoryAsync()).CallType);
    }

    [Fact]
    public async Task RejectAsync_Ignore_CallerKeepsRingingUntilHangup()
    {
        var u = Org.Take(2);
        var (a1, b1) = await CallingOrg.RingAsync(u[0], u[1]);

        await u[1].Api.Calls.RejectAsync(b1, RejectAction.Ignore);

        Assert.Empty(await u[1].Api.Calls.ListCallsAsync());
        Assert.Equal(CallState.Connecting, (await u[0].Api.Calls.CallDetailsAsync(a1)).State);
        await u[0].Api.Calls.HangupAsync(a1);
        Assert.Empty(await u[0].Api.Calls.ListCallsAsync());
    }

    [Fact]
    public async Task DivertAsync_ToAnotherUser_AlertsThemWithARedirection()
    {
        var u = Org.Take(3);
        var (alice, bob, carol) = (u[0], u[1], u[2]);
        var (a1, b1) = await CallingOrg.RingAsync(alice, bob);

        await bob.Api.Calls.DivertAsync(b1, destination: carol.Email);

        Assert.Empty(await bob.Api.Calls.ListCallsAsync());
        var carolCall = await carol.OnlyCallAsync();
        Assert.Equal(CallState.Alerting, carolCall.State);
        Assert.Equal(alice.Id, carolCall.RemoteParty?.PersonId);
        var redirection = Assert.Single(carolCall.Redirections!);
        Assert.Equal(RedirectReason.Divert, redirection.Reason);
        Assert.Equal(bob.Id, redirection.RedirectingParty?.PersonId);
        Assert.Equal(bob.Name, redirection.RedirectingParty?.Name);
        Assert.Null(redirection.ExtensionData);
        Assert.Null(redirection.RedirectingParty!.ExtensionData);
        Assert.Equal(carol.Id, (await alice.Api.Calls.CallDetailsAsync(a1)).RemoteParty?.PersonId);
        await carol.Api.Calls.AnswerAsync(carolCall.CallId!);
        Assert.Equal(CallState.Connected, (await alice.Api.Calls.CallDetailsAsync(a1)).State);
    }

    [Fact]
    public async Task DivertAsync_ToVoicemail_LeavesAMessageAndEndsTheCall()
    {
        var u = Org.Take(2);
        var (alice, bob) = (u[0], u[1]);
        var (_, b1) = await CallingOrg.RingAsync(alice, bob);

        await bob.Api.Calls.DivertAsync(b1, toVoicemail: true);

        Assert.Empty(await alice.Api.Calls.ListCallsAsync());
        Assert.Empty(await bob.Api.Calls.ListCallsAsync());
        var message = Assert.Single(await bob.Api.VoiceMessages.ListAsync().ToListAsync());
        Assert.Equal(alice.Id, message.CallingParty?.PersonId);
        Assert.Equal(false, message.Read);
        Assert.Equal(1, (await bob.Api.VoiceMessages.SummaryAsync()).NewMessages);
    }

    [Fact]
    public async Task DivertAsync_ToAnotherUsersVoicemail_LeavesTheMessageInTheirMailbox()
    {
        var u = Org.Take(3);
        var (alice, bob, carol) = (u[0], u[1], u[2]);
        var (_, b1) = await CallingOrg.RingAsync(alice, bob);

        await bob.Api.Calls.DivertAsync(b1, destination: carol.Extension, toVoicemail: true);

        Assert.Empty(await bob.Api.VoiceMessages.ListAsync().ToListAsync());
        Assert.Equal(alice.Name, Assert.Single(await carol.Api.VoiceMessages.ListAsync().ToListAsync()).CallingParty?.Name);
        Assert.Empty(await carol.Api.Calls.ListCallsAsync());
    }

    [Fact]
    public async Task TransferAsync_BlindToDestination_ReturnsTheDestinationsAlertingCall()
    {
        var u = Org.Take(3);
        var (alice, bob, carol) = (u[0], u[1], u[2]);
        var (a1, b1) = await CallingOrg.ConnectAsync(alice, bob);

        var transfer = await bob.Api.Calls.TransferAsync(callId1: b1, destination: carol.PhoneNumber);

        Assert.NotNull(transfer);
        var carolCall = await carol.OnlyCallAsync();
        Assert.Equal(transfer.CallId, carolCall.CallId);
        Assert.Equal(CallState.Alerting, carolCall.State);
        Assert.Equal(alice.Id, carolCall.RemoteParty?.PersonId);
        Assert.Empty(await bob.Api.Calls.ListCallsAsync());
        Assert.Equal(carol.Id, (await alice.Api.Calls.CallDetailsAsync(a1)).RemoteParty?.PersonId);
    }

    [Fact]
    public async Task TransferAsync_NoIds_JoinsTheUsersTwoCalls()
    {
        var u = Org.Take(3);
        var (alice, bob, carol) = (u[0], u[1], u[2]);
        var (a1, b1) = await CallingOrg.ConnectAsync(alice, bob);
        await bob.Api.Calls.HoldAsync(b1);
        await CallingOrg.ConnectAsync(bob, carol);

        Assert.Null(await bob.Api.Calls.TransferAsync());

        Assert.Empty(await bob.Api.Calls.ListCallsAsync());
        var aliceCall = await alice.Api.Calls.CallDetailsAsync(a1);
        Assert.Equal(CallState.Connected, aliceCall.State);
        Assert.Equal(carol.Id, aliceCall.RemoteParty?.PersonId);
    }

    [Fact]
    public async Task ParkAndRetrieveAsync_AnotherUserTakesOverTheParkedCall()
    {
        var u = Org.Take(3);
        var (alice, bob, carol) = (u[0], u[1], u[2]);
        var (a1, b1) = await CallingOrg.ConnectAsync(alice, bob);

        var park = await bob.Api.Calls.ParkAsync(b1);

        Assert.Equal(bob.Id, park.ParkedAgainst?.PersonId);
        Assert.Equal(bob.Extension, park.ParkedAgainst?.Number);
        Assert.Equal(bob.Name, park.ParkedAgainst?.Name);
        Assert.Null(park.ExtensionData);
        Assert.Empty(await bob.Api.Calls.ListCallsAsync());
        Assert.Equal(CallState.RemoteHeld, (await alice.Api.Calls.CallDetailsAsync(a1)).State);

        var retrieve = await carol.Api.Calls.RetrieveAsync(bob.Extension);

        var carolCall = await carol.Api.Calls.CallDetailsAsync(retrieve.CallId!);
        Assert.Equal(CallState.Connected, carolCall.State);
        Assert.Equal(alice.Id, carolCall.RemoteParty?.PersonId);
        var aliceCall = await alice.Api.Calls.CallDetailsAsync(a1);
        Assert.Equal(CallState.Connected, aliceCall.State);
        Assert.Equal(carol.Id, aliceCall.RemoteParty?.PersonId);
        Assert.Equal(aliceCall.CallSessionId, retrieve.CallSessionId);
        await AssertFailsAsync(HttpStatusCode.BadRequest, () => carol.Api.Calls.RetrieveAsync(bob.Extension)); // nothing parked now
    }

    [Fact]
    public async Task ParkAsync_AgainstDestination_RetrieveWithoutDestinationByThatUser()
    {
        var u = Org.Take(3);
        var (alice, bob, carol) = (u[0], u[1], u[2]);
        var (a1, b1) = await CallingOrg.ConnectAsync(alice, bob);

        var park = await bob.Api.Calls.ParkAsync(b1, destination: carol.Extension);
        Assert.Equal(carol.Id, park.ParkedAgainst?.PersonId);

        var retrieve = await carol.Api.Calls.RetrieveAsync();
        Assert.Equal(alice.Id, (await carol.Api.Calls.CallDetailsAsync(retrieve.CallId!)).RemoteParty?.PersonId);
        Assert.Equal(carol.Id, (await alice.Api.Calls.CallDetailsAsync(a1)).RemoteParty?.PersonId);
    }

    [Fact]
    public async Task RecordingAsync_StartPauseResumeStop_ShowRecordingState()
    {
        var u = Org.Take(2);
        var (a1, _) = await CallingOrg.ConnectAsync(u[0], u[1]);
        var calls = u[0].Api.Calls;
        Assert.Null((await calls.CallDetailsAsync(a1)).RecordingState);

        await calls.StartRecordingAsync(a1);
        Assert.Equal(RecordingState.Started, (await calls.CallDetailsAsync(a1)).RecordingState);
        await calls.PauseRecordingAsync(); // the only call
        Assert.Equal(RecordingState.Paused, (await calls.CallDetailsAsync(a1)).RecordingState);
        await AssertFailsAsync(HttpStatusCode.BadRequest, () => calls.PauseRecordingAsync(a1));
        await calls.ResumeRecordingAsync(a1);
        Assert.Equal(RecordingState.Started, (await calls.CallDetailsAsync(a1)).RecordingState);
        await calls.StopRecordingAsync(a1);
        Assert.Equal(RecordingState.Stopped, (await calls.CallDetailsAsync(a1)).RecordingState);
        await AssertFailsAsync(HttpStatusCode.BadRequest, () => calls.StopRecordingAsync(a1));
    }

    [Fact]
    public async Task TransmitDtmfAsync_ConnectedCall_AcceptsDigitsAndRejectsInvalidOnes()
    {
        var u = Org.Take(2);
        var (a1, b1) = await CallingOrg.RingAsync(u[0], u[1]);
        await AssertFailsAsync(HttpStatusCode.BadRequest, () => u[0].Api.Calls.TransmitDtmfAsync(a1, "12")); // not connected
        await u[1].Api.Calls.AnswerAsync(b1);

        await u[0].Api.Calls.TransmitDtmfAsync(a1, "1,234#*");

        await AssertFailsAsync(HttpStatusCode.BadRequest, () => u[0].Api.Calls.TransmitDtmfAsync(a1, "12X"));
        Assert.Equal(CallState.Connected, (await u[0].Api.Calls.CallDetailsAsync(a1)).State);
    }

    [Fact]
    public async Task MuteAndUnmuteAsync_ShowMuted()
    {
        var u = Org.Take(2);
        var (a1, _) = await CallingOrg.ConnectAsync(u[0], u[1]);
        var calls = u[0].Api.Calls;

        await calls.MuteAsync(a1);
        var muted = await calls.CallDetailsAsync(a1);
        Assert.Equal(true, muted.Muted);
        Assert.Equal(true, muted.MuteCapable);
        await calls.UnmuteAsync(a1);
        Assert.Equal(false, (await calls.CallDetailsAsync(a1)).Muted);
    }

    [Fact]
    public async Task PushAndPullAsync_ActOnTheUsersAnsweredCall()
    {
        var u = Org.Take(2);
        var (a1, _) = await CallingOrg.ConnectAsync(u[0], u[1]);
        var calls = u[0].Api.Calls;

        var pulled = await calls.PullAsync();
        Assert.Equal(a1, pulled.CallId);
        Assert.Equal((await calls.CallDetailsAsync(a1)).CallSessionId, pulled.CallSessionId);
        await calls.PushAsync(a1);
        Assert.Equal(CallState.Connected, (await calls.CallDetailsAsync(a1)).State);

        await calls.HangupAsync(a1);
        await AssertFailsAsync(HttpStatusCode.BadRequest, () => calls.PullAsync()); // nothing to pull
    }

    [Fact]
    public async Task PickupAsync_TargetsAnAlertingUser_TheCallerIsConnectedToThePicker()
    {
        var u = Org.Take(3);
        var (alice, bob, carol) = (u[0], u[1], u[2]);
        var (a1, _) = await CallingOrg.RingAsync(alice, bob);

        var pickup = await carol.Api.Calls.PickupAsync(target: bob.Extension);

        Assert.Empty(await bob.Api.Calls.ListCallsAsync());
        var carolCall = await carol.Api.Calls.CallDetailsAsync(pickup.CallId!);
        Assert.Equal(CallState.Connected, carolCall.State);
        Assert.Equal(alice.Id, carolCall.RemoteParty?.PersonId);
        var aliceCall = await alice.Api.Calls.CallDetailsAsync(a1);
        Assert.Equal(CallState.Connected, aliceCall.State);
        Assert.Equal(carol.Id, aliceCall.RemoteParty?.PersonId);
        await AssertFailsAsync(HttpStatusCode.BadRequest, () => carol.Api.Calls.PickupAsync(target: bob.Extension)); // nothing alerting
    }

    [Fact]
    public async Task BargeInAsync_AnsweredCall_StartsAConnectedCallInItsSession()
    {
        var u = Org.Take(3);
        var (alice, bob, dave) = (u[0], u[1], u[2]);
        var (_, b1) = await CallingOrg.ConnectAsync(alice, bob);

        var barge = await dave.Api.Calls.BargeInAsync(bob.Extension);

        var daveCall = await dave.Api.Calls.CallDetailsAsync(barge.CallId!);
        Assert.Equal(CallState.Connected, daveCall.State);
        Assert.Equal(bob.Id, daveCall.RemoteParty?.PersonId);
        Assert.Equal((await bob.Api.Calls.CallDetailsAsync(b1)).CallSessionId, barge.CallSessionId);
    }

    [Fact]
    public async Task Commands_InStatesThatDoNotAllowThem_ThrowWebexApiException()
    {
        var u = Org.Take(2);
        var (a1, b1) = await CallingOrg.RingAsync(u[0], u[1]);

        await AssertFailsAsync(HttpStatusCode.BadRequest, () => u[1].Api.Calls.HoldAsync(b1));      // alerting
        await AssertFailsAsync(HttpStatusCode.BadRequest, () => u[1].Api.Calls.ResumeAsync(b1));    // not held
        await AssertFailsAsync(HttpStatusCode.BadRequest, () => u[0].Api.Calls.AnswerAsync(a1));    // own outgoing call
        await AssertFailsAsync(HttpStatusCode.BadRequest, () => u[0].Api.Calls.ParkAsync(a1));      // not connected
        await AssertFailsAsync(HttpStatusCode.NotFound, () => u[1].Api.Calls.HangupAsync(a1));      // another user's call
        await AssertFailsAsync(HttpStatusCode.NotFound, () => u[1].Api.Calls.CallDetailsAsync(a1));
        await AssertFailsAsync(HttpStatusCode.BadRequest, () => Org.Admin.Calls.DialAsync(u[1].Extension)); // the admin has no calling
        Assert.Equal(CallState.Alerting, (await u[1].Api.Calls.CallDetailsAsync(b1)).State);   // nothing changed
    }

    [Fact]
    public async Task DialAsync_ExternalNumber_ConnectsAtOnceAsExternalParty()
    {
        var alice = Org.Take(1)[0];

        var dial = await alice.Api.Calls.DialAsync("tel:+442071234567");

        var call = await alice.Api.Calls.CallDetailsAsync(dial.CallId!);
        Assert.Equal(CallState.Connected, call.State);
        Assert.Equal(CallType.External, call.RemoteParty?.CallType);
        Assert.Equal("+442071234567", call.RemoteParty?.Number);
        await alice.Api.Calls.HangupAsync(dial.CallId!);
        var placed = Assert.Single(await alice.Api.Calls.CallHistoryAsync(HistoryType.Placed));
        Assert.Equal("+442071234567", placed.Number);
    }

    [Fact]
    public async Task UpdateExternalVoicemailMwiAsync_SetAndClear_AcceptedForAPersonRejectedForUnknownIds()
    {
        var bob = Org.Take(1)[0];

        await Org.Admin.Calls.UpdateExternalVoicemailMwiAsync(bob.Id, ExternalVoicemailMwiAction.Set);
        await Org.Admin.Calls.UpdateExternalVoicemailMwiAsync(bob.Id, ExternalVoicemailMwiAction.Clear, orgId: Org.H.Sim.OrgId);

        // there is no API to read the indicator back; what a caller can see is that bad requests are refused
        await AssertFailsAsync(HttpStatusCode.BadRequest,
            () => Org.Admin.Calls.UpdateExternalVoicemailMwiAsync(bob.Id, ExternalVoicemailMwiAction.FromWire("BLINK")));
        var e = await Assert.ThrowsAsync<WebexApiException>(
            () => Org.Admin.Calls.UpdateExternalVoicemailMwiAsync(bob.Id, ExternalVoicemailMwiAction.Set, orgId: "another-org"));
        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
    }
}
