using System.Net;
using System.Text;
using WebexCalling.Sdk.Calls;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Webhooks;

namespace WebexCalling.Sdk.IntegrationTests.Webhooks;

/// <summary>
/// Issue #6: two simulated people dial, answer, hold, resume, transfer and hang up through the SDK, and a loopback
/// receiver verifies and parses the signed telephony_calls events with the SDK's <see cref="WebhookReceiver"/>.
/// </summary>
public class CallFlowWebhookSdkTests
{
    /// <summary>What a user sees of one call half: from <see cref="CallsApi"/> or from a webhook event.</summary>
    private sealed record Seen(string? CallId, Personality? Personality, CallState? State, string? RemoteId,
        string? RemoteName, string? RemoteNumber, CallType? RemoteCallType)
    {
        public static Seen Of(TelephonyCall c) => new(c.CallId, c.Personality, c.State, c.RemoteParty?.PersonId,
            c.RemoteParty?.Name, c.RemoteParty?.Number, c.RemoteParty?.CallType);

        public static Seen Of(TelephonyEventData e) => new(e.CallId, e.Personality, e.State, e.RemoteParty?.PersonId,
            e.RemoteParty?.Name, e.RemoteParty?.Number, e.RemoteParty?.CallType);
    }

    private static async Task<TelephonyCall> SnapAsync(CallingUser user, string callId, List<Seen> seen)
    {
        var call = await user.Api.Calls.CallDetailsAsync(callId);
        seen.Add(Seen.Of(call));
        return call;
    }

    /// <summary>An ended half: the last state the API showed, now disconnected (the API no longer shows it: 404).</summary>
    private static async Task EndedAsync(CallingUser user, string callId, List<Seen> seen)
    {
        var e = await Assert.ThrowsAsync<WebexApiException>(() => user.Api.Calls.CallDetailsAsync(callId));
        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        seen.Add(seen.Last(s => s.CallId == callId) with { State = CallState.Disconnected });
    }

    private static void AssertRemote(TelephonyCall call, CallingUser remote)
    {
        Assert.Equal(remote.Id, call.RemoteParty?.PersonId);
        Assert.Equal(remote.Name, call.RemoteParty?.Name);
        Assert.Equal(remote.Extension, call.RemoteParty?.Number);
        Assert.Equal(CallType.Location, call.RemoteParty?.CallType);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task DialAnswerHoldResumeTransferHangup_VerifiedEventsMatchWhatTheCallsApiShowed(Transport transport)
    {
        await using var receiver = await WebhookEndpoint.StartAsync();
        await using var org = await CallingOrg.StartAsync(transport);
        var (alice, bob, carol) = (org.Users[0], org.Users[1], org.Users[2]);
        const string AliceSecret = "alice-s3cr3t-äö";
        const string BobSecret = "86dacc007724d8ea666f88fc77d918dad9537a15";
        var aliceHook = await alice.Api.Webhooks.CreateAsync("alice calls", receiver.Target("alice", AliceSecret),
            WebhookResource.TelephonyCalls, WebhookEventType.All, secret: AliceSecret);
        var bobHook = await bob.Api.Webhooks.CreateAsync("bob calls", receiver.Target("bob", BobSecret),
            WebhookResource.TelephonyCalls, WebhookEventType.All, secret: BobSecret);
        Assert.Equal(WebhookResource.TelephonyCalls, aliceHook.Resource);
        Assert.Equal(WebhookStatus.Active, aliceHook.Status);
        Assert.Equal(AliceSecret, aliceHook.Secret);
        var aliceSeen = new List<Seen>();
        var bobSeen = new List<Seen>();

        // dial: Alice's half connects, Bob's alerts
        var dial = await alice.Api.Calls.DialAsync(bob.Extension);
        var a1 = Assert.Single(await alice.Api.Calls.ListCallsAsync());
        aliceSeen.Add(Seen.Of(a1));
        Assert.Equal(dial.CallId, a1.CallId);
        Assert.Equal(dial.CallSessionId, a1.CallSessionId);
        Assert.Equal(Personality.Originator, a1.Personality);
        Assert.Equal(CallState.Connecting, a1.State);
        AssertRemote(a1, bob);
        var b1 = await bob.OnlyCallAsync();
        bobSeen.Add(Seen.Of(b1));
        Assert.Equal(Personality.Terminator, b1.Personality);
        Assert.Equal(CallState.Alerting, b1.State);
        Assert.Null(b1.Answered);
        Assert.NotNull(b1.Created);
        Assert.Equal(false, b1.MuteCapable);
        Assert.Null(b1.ExtensionData);
        Assert.Null(b1.RemoteParty!.ExtensionData);
        AssertRemote(b1, alice);
        string aliceCall = a1.CallId!, bobCall = b1.CallId!;

        // answer
        await bob.Api.Calls.AnswerAsync(bobCall);
        var answered = await SnapAsync(bob, bobCall, bobSeen);
        Assert.Equal(CallState.Connected, answered.State);
        Assert.NotNull(answered.Answered);
        Assert.Equal(CallState.Connected, (await SnapAsync(alice, aliceCall, aliceSeen)).State);

        // hold and resume
        await bob.Api.Calls.HoldAsync(bobCall);
        Assert.Equal(CallState.Held, (await SnapAsync(bob, bobCall, bobSeen)).State);
        Assert.Equal(CallState.RemoteHeld, (await SnapAsync(alice, aliceCall, aliceSeen)).State);
        await bob.Api.Calls.ResumeAsync(bobCall);
        Assert.Equal(CallState.Connected, (await SnapAsync(bob, bobCall, bobSeen)).State);
        Assert.Equal(CallState.Connected, (await SnapAsync(alice, aliceCall, aliceSeen)).State);

        // consultative transfer: Bob holds Alice, calls Carol, joins them
        await bob.Api.Calls.HoldAsync(bobCall);
        await SnapAsync(bob, bobCall, bobSeen);
        await SnapAsync(alice, aliceCall, aliceSeen);
        var consult = await bob.Api.Calls.DialAsync(carol.Extension);
        string bobCall2 = consult.CallId!;
        Assert.Equal(CallState.Connecting, (await SnapAsync(bob, bobCall2, bobSeen)).State);
        string carolCall = (await carol.OnlyCallAsync()).CallId!;
        await carol.Api.Calls.AnswerAsync(carolCall);
        var bobCalls = await bob.Api.Calls.ListCallsAsync();
        Assert.Equal([CallState.Held, CallState.Connected], bobCalls.Select(c => c.State));
        Assert.Equal([1, 2], bobCalls.Select(c => c.Appearance));
        bobSeen.Add(Seen.Of(bobCalls[1]));
        var transferred = await bob.Api.Calls.TransferAsync(bobCall, bobCall2);
        Assert.Null(transferred); // 204: two calls joined
        Assert.Empty(await bob.Api.Calls.ListCallsAsync());
        await EndedAsync(bob, bobCall, bobSeen);
        await EndedAsync(bob, bobCall2, bobSeen);
        var aliceAfter = await SnapAsync(alice, aliceCall, aliceSeen);
        Assert.Equal(CallState.Connected, aliceAfter.State);
        AssertRemote(aliceAfter, carol);
        var carolAfter = await carol.Api.Calls.CallDetailsAsync(carolCall);
        Assert.Equal(CallState.Connected, carolAfter.State);
        AssertRemote(carolAfter, alice);

        // hang up ends both halves
        await alice.Api.Calls.HangupAsync(aliceCall);
        Assert.Empty(await alice.Api.Calls.ListCallsAsync());
        Assert.Empty(await carol.Api.Calls.ListCallsAsync());
        await EndedAsync(alice, aliceCall, aliceSeen);

        // the events, verified and parsed by the SDK, say what the API showed at each step
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await org.H.Sim.WaitForWebhookDeliveriesAsync(timeout.Token);
        var aliceEvents = AssertVerified(receiver.At("alice"));
        var bobEvents = AssertVerified(receiver.At("bob"));
        Assert.Equal(aliceSeen, aliceEvents.Select(e => Seen.Of(e.TelephonyData!)));
        Assert.Equal(bobSeen, bobEvents.Select(e => Seen.Of(e.TelephonyData!)));
        Assert.Equal([WebhookEventType.Created, .. Enumerable.Repeat(WebhookEventType.Updated, 5), WebhookEventType.Deleted],
            aliceEvents.Select(e => e.Event));
        Assert.Equal(["originated", "connected", "remoteHeld", "remoteResumed", "remoteHeld", "transferred", "disconnected"],
            aliceEvents.Select(e => e.TelephonyData!.EventType));
        Assert.Equal(["received", "answered", "held", "resumed", "held", "originated", "connected", "disconnected", "disconnected"],
            bobEvents.Select(e => e.TelephonyData!.EventType));
        Assert.All(aliceEvents, e =>
        {
            Assert.Equal(aliceHook.WebhookId, e.WebhookId);
            Assert.Equal("alice calls", e.Name);
            Assert.Equal(WebhookResource.TelephonyCalls, e.Resource);
            Assert.Equal(WebhookStatus.Active, e.Status);
            Assert.Equal(alice.Id, e.CreatedBy);
            Assert.Equal(org.H.Sim.OrgId, e.OrgId);
            Assert.Equal(dial.CallSessionId, e.TelephonyData!.CallSessionId);
            Assert.NotNull(e.TelephonyData.EventTimestamp);
            Assert.NotNull(e.TelephonyData.Created);
            Assert.Equal(e.Event == WebhookEventType.Deleted, e.TelephonyData.Disconnected is not null);
            // the SDK knows every field the simulator sends (nothing lands in the unknown-field bags)
            Assert.Null(e.ExtensionData);
            Assert.Null(e.TelephonyData.ExtensionData);
            Assert.Null(e.TelephonyData.RemoteParty!.ExtensionData);
        });
        Assert.Equal([alice.Id, bob.Id, bob.Id], aliceEvents.Take(3).Select(e => e.ActorId)); // Alice dialled, Bob answered and held
        Assert.All(bobEvents, e => Assert.Equal(bobHook.WebhookId, e.WebhookId));
        Assert.Equal(consult.CallSessionId, bobEvents[5].TelephonyData!.CallSessionId);

        // call history through the SDK
        var aliceHistory = Assert.Single(await alice.Api.Calls.CallHistoryAsync());
        Assert.Equal(HistoryType.Placed, aliceHistory.CallType);
        Assert.Equal(bob.Name, aliceHistory.Name);
        Assert.Equal(false, aliceHistory.PrivacyEnabled);
        Assert.NotNull(aliceHistory.Time);
        Assert.Null(aliceHistory.ExtensionData);
        var bobHistory = await bob.Api.Calls.CallHistoryAsync();
        Assert.Equal([HistoryType.Placed, HistoryType.Received], bobHistory.Select(r => r.CallType!.Value).OrderBy(t => t.Value));
        var bobReceived = Assert.Single(await bob.Api.Calls.CallHistoryAsync(HistoryType.Received));
        Assert.Equal(alice.Name, bobReceived.Name);
        Assert.Equal(carol.Name, Assert.Single(await bob.Api.Calls.CallHistoryAsync(HistoryType.Placed)).Name);
        Assert.Empty(await bob.Api.Calls.CallHistoryAsync(HistoryType.Missed));
        var carolReceived = Assert.Single(await carol.Api.Calls.CallHistoryAsync());
        Assert.Equal(HistoryType.Received, carolReceived.CallType);
        Assert.Equal(bob.Name, carolReceived.Name);
    }

    private static List<WebhookEvent> AssertVerified(IReadOnlyList<ReceivedWebhook> received)
    {
        Assert.NotEmpty(received);
        Assert.All(received, r => Assert.Null(r.Rejection));
        return received.Select(r => r.Event!).ToList();
    }

    [Fact]
    public async Task Filter_OrgWebhookWithPersonId_DeliversOnlyThatPersonsCalls()
    {
        await using var receiver = await WebhookEndpoint.StartAsync();
        await using var org = await CallingOrg.StartAsync();
        var (alice, bob) = (org.Users[0], org.Users[1]);
        var admin = org.H.Api.Webhooks;
        await admin.CreateAsync("all calls", receiver.Target("all", "s"), WebhookResource.TelephonyCalls, WebhookEventType.Created,
            secret: "s", ownedBy: "org");
        var bobsHook = await admin.CreateAsync("bob's calls", receiver.Target("bob", "s"), WebhookResource.TelephonyCalls,
            WebhookEventType.Created, filter: "personId=" + bob.Id, secret: "s", ownedBy: "org");
        await admin.CreateAsync("nobody's calls", receiver.Target("none", "s"), WebhookResource.TelephonyCalls,
            WebhookEventType.Created, filter: "personId=" + bob.Id + "&callType=nothing", secret: "s", ownedBy: "org");

        var (aliceCall, bobCall) = await CallingOrg.RingAsync(alice, bob);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await org.H.Sim.WaitForWebhookDeliveriesAsync(timeout.Token);

        Assert.Equal(new[] { aliceCall, bobCall }.Order(StringComparer.Ordinal),
            AssertVerified(receiver.At("all")).Select(e => e.TelephonyData!.CallId!).Order(StringComparer.Ordinal));
        var bobs = Assert.Single(AssertVerified(receiver.At("bob")));
        Assert.Equal(bobCall, bobs.TelephonyData!.CallId);
        Assert.Equal("personId=" + bob.Id, bobs.Filter);
        Assert.Equal("personId=" + bob.Id, bobsHook.Filter);
        Assert.Empty(receiver.At("none"));
    }

    [Fact]
    public async Task SignedEvents_TamperedBodyOrWrongSecret_AreRejected()
    {
        await using var receiver = await WebhookEndpoint.StartAsync();
        await using var org = await CallingOrg.StartAsync();
        var (alice, bob) = (org.Users[0], org.Users[1]);
        const string Secret = "right secret";
        await alice.Api.Webhooks.CreateAsync("right", receiver.Target("right", Secret), WebhookResource.TelephonyCalls,
            WebhookEventType.Created, secret: Secret);
        // the receiver expects another secret than the one the webhook was created with
        await alice.Api.Webhooks.CreateAsync("wrong", receiver.Target("wrong", "expected secret"), WebhookResource.TelephonyCalls,
            WebhookEventType.Created, secret: "actual secret");
        // no secret: Webex sends no signature
        await alice.Api.Webhooks.CreateAsync("unsigned", receiver.Target("unsigned", Secret), WebhookResource.TelephonyCalls,
            WebhookEventType.Created);

        var (aliceCall, _) = await CallingOrg.RingAsync(alice, bob);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await org.H.Sim.WaitForWebhookDeliveriesAsync(timeout.Token);

        var right = Assert.Single(receiver.At("right"));
        Assert.Null(right.Rejection);
        Assert.Equal(aliceCall, right.Event!.TelephonyData!.CallId);
        var wrong = Assert.Single(receiver.At("wrong"));
        Assert.Null(wrong.Event);
        Assert.False(wrong.Rejection!.SignatureMissing);
        var unsigned = Assert.Single(receiver.At("unsigned"));
        Assert.True(unsigned.Rejection!.SignatureMissing);
        Assert.False(unsigned.Headers.ContainsKey(WebhookSignature.HeaderName));

        // the delivered body and signature verify only unchanged and with the right secret
        string signature = right.Headers[WebhookSignature.HeaderName];
        Assert.True(WebhookSignature.Verify(right.Body, signature, Secret));
        Assert.Equal(signature, WebhookSignature.Sign(right.Body, Secret));
        Assert.False(WebhookSignature.Verify(right.Body, signature, "another secret"));
        byte[] tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(right.Body).Replace(aliceCall, aliceCall + "X", StringComparison.Ordinal));
        Assert.NotEqual(right.Body, tampered);
        Assert.False(WebhookSignature.Verify(tampered, signature, Secret));
        Assert.Throws<WebhookSignatureException>(() => WebhookReceiver.VerifyAndParse(tampered, right.Headers, Secret));
        Assert.Throws<WebhookSignatureException>(() => WebhookReceiver.VerifyAndParse(right.Body, right.Headers, "another secret"));
        string text = Encoding.UTF8.GetString(right.Body);
        var parsed = WebhookReceiver.VerifyAndParse(text, name => right.Headers.GetValueOrDefault(name), Secret);
        Assert.Equal(right.Event.WebhookId, parsed.WebhookId);
        Assert.Equal(aliceCall, parsed.TelephonyData!.CallId);
        Assert.Equal(CallState.Connecting, parsed.TelephonyData.State);
    }
}
