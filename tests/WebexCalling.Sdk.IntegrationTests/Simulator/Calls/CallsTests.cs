using System.Net;
using System.Text.Json;
using WebexCalling.Sdk.IntegrationTests.TestSupport;

namespace WebexCalling.Sdk.IntegrationTests.Simulator.Calls;

public class CallsTests
{
    private static string State(JsonElement call) => call.GetProperty("state").GetString()!;

    private static string Remote(JsonElement call, string field) => call.GetProperty("remoteParty").GetProperty(field).GetString()!;

    private static string Body(string callId) => $$"""{"callId":"{{callId}}"}""";

    private static async Task<JsonElement> DetailsAsync(SimRest person, string callId)
    {
        var answer = await person.GetAsync("telephony/calls/" + callId);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.Body;
    }

    private static void AssertWebexError(SimAnswer answer, HttpStatusCode status)
    {
        Assert.Equal(status, answer.Status);
        Assert.False(string.IsNullOrEmpty(answer.Str("message")));
        Assert.False(string.IsNullOrEmpty(answer.Body.GetProperty("errors")[0].GetProperty("description").GetString()));
        Assert.False(string.IsNullOrEmpty(answer.Str("trackingId")));
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task DialAnswerHoldResumeTransferHangup_StatesAtEachStepAndHistoryAfterwards(Transport transport)
    {
        await using var org = await CallingOrg.StartAsync(transport);

        // dial: Alice's call connects, Bob's alerts
        var dial = await org.Alice.Rest.PostExpectAsync("telephony/calls/dial", """{"destination":"1002"}""", HttpStatusCode.Created);
        string a1 = dial.Str("callId");
        var aliceCall = await CallingOrg.OnlyCallAsync(org.Alice.Rest);
        Assert.Equal(a1, aliceCall.GetProperty("id").GetString());
        Assert.Equal(dial.Str("callSessionId"), aliceCall.GetProperty("callSessionId").GetString());
        Assert.Equal("originator", aliceCall.GetProperty("personality").GetString());
        Assert.Equal("connecting", State(aliceCall));
        Assert.Equal(org.Bob.Id, Remote(aliceCall, "personId"));
        Assert.Equal("Bob Brown", Remote(aliceCall, "name"));
        Assert.Equal("1002", Remote(aliceCall, "number"));
        Assert.Equal("location", Remote(aliceCall, "callType"));
        var bobCall = await CallingOrg.OnlyCallAsync(org.Bob.Rest);
        string b1 = bobCall.GetProperty("id").GetString()!;
        Assert.Equal("terminator", bobCall.GetProperty("personality").GetString());
        Assert.Equal("alerting", State(bobCall));
        Assert.Equal(org.Alice.Id, Remote(bobCall, "personId"));
        Assert.False(bobCall.TryGetProperty("answered", out _));

        // answer
        await org.Bob.Rest.PostExpectAsync("telephony/calls/answer", Body(b1), HttpStatusCode.NoContent);
        Assert.Equal("connected", State(await DetailsAsync(org.Alice.Rest, a1)));
        var answered = await DetailsAsync(org.Bob.Rest, b1);
        Assert.Equal("connected", State(answered));
        Assert.True(answered.TryGetProperty("answered", out _));

        // hold and resume
        await org.Bob.Rest.PostExpectAsync("telephony/calls/hold", Body(b1), HttpStatusCode.NoContent);
        Assert.Equal("held", State(await DetailsAsync(org.Bob.Rest, b1)));
        Assert.Equal("remoteHeld", State(await DetailsAsync(org.Alice.Rest, a1)));
        await org.Bob.Rest.PostExpectAsync("telephony/calls/resume", Body(b1), HttpStatusCode.NoContent);
        Assert.Equal("connected", State(await DetailsAsync(org.Bob.Rest, b1)));
        Assert.Equal("connected", State(await DetailsAsync(org.Alice.Rest, a1)));

        // consultative transfer: Bob holds Alice, calls Carol, joins them
        await org.Bob.Rest.PostExpectAsync("telephony/calls/hold", Body(b1), HttpStatusCode.NoContent);
        string b2 = (await org.Bob.Rest.PostExpectAsync("telephony/calls/dial", """{"destination":"1003"}""", HttpStatusCode.Created)).Str("callId");
        string c1 = (await CallingOrg.OnlyCallAsync(org.Carol.Rest)).GetProperty("id").GetString()!;
        await org.Carol.Rest.PostExpectAsync("telephony/calls/answer", Body(c1), HttpStatusCode.NoContent);
        var bobCalls = await org.Bob.Rest.GetAsync("telephony/calls");
        Assert.Equal(["held", "connected"], bobCalls.Items.Select(State));
        Assert.Equal([1, 2], bobCalls.Items.Select(c => c.GetProperty("appearance").GetInt32()));
        await org.Bob.Rest.PostExpectAsync("telephony/calls/transfer", $$"""{"callId1":"{{b1}}","callId2":"{{b2}}"}""", HttpStatusCode.NoContent);
        Assert.Empty((await org.Bob.Rest.GetAsync("telephony/calls")).Items);
        var aliceAfter = await DetailsAsync(org.Alice.Rest, a1);
        Assert.Equal("connected", State(aliceAfter));
        Assert.Equal(org.Carol.Id, Remote(aliceAfter, "personId"));
        var carolAfter = await DetailsAsync(org.Carol.Rest, c1);
        Assert.Equal("connected", State(carolAfter));
        Assert.Equal(org.Alice.Id, Remote(carolAfter, "personId"));

        // hangup ends both halves
        await org.Alice.Rest.PostExpectAsync("telephony/calls/hangup", Body(a1), HttpStatusCode.NoContent);
        Assert.Empty((await org.Alice.Rest.GetAsync("telephony/calls")).Items);
        Assert.Empty((await org.Carol.Rest.GetAsync("telephony/calls")).Items);
        Assert.Equal(HttpStatusCode.NotFound, (await org.Carol.Rest.GetAsync("telephony/calls/" + c1)).Status);

        // history
        var aliceHistory = (await org.Alice.Rest.GetAsync("telephony/calls/history")).Items;
        var placed = Assert.Single(aliceHistory);
        Assert.Equal("placed", placed.GetProperty("type").GetString());
        Assert.Equal("Bob Brown", placed.GetProperty("name").GetString());
        Assert.False(placed.GetProperty("privacyEnabled").GetBoolean());
        Assert.True(placed.TryGetProperty("time", out _));
        var bobHistory = (await org.Bob.Rest.GetAsync("telephony/calls/history")).Items;
        Assert.Equal(["placed", "received"], bobHistory.Select(r => r.GetProperty("type").GetString()).Order());
        var bobReceived = Assert.Single((await org.Bob.Rest.GetAsync("telephony/calls/history?type=received")).Items);
        Assert.Equal("Alice Anders", bobReceived.GetProperty("name").GetString());
        var carolReceived = Assert.Single((await org.Carol.Rest.GetAsync("telephony/calls/history")).Items);
        Assert.Equal("received", carolReceived.GetProperty("type").GetString());
        Assert.Equal("Bob Brown", carolReceived.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Commands_InStatesThatDoNotAllowThem_Answer400WithWebexError()
    {
        await using var org = await CallingOrg.StartAsync();
        string a1 = (await org.Alice.Rest.PostExpectAsync("telephony/calls/dial", """{"destination":"1002"}""", HttpStatusCode.Created)).Str("callId");
        string b1 = (await CallingOrg.OnlyCallAsync(org.Bob.Rest)).GetProperty("id").GetString()!;

        AssertWebexError(await org.Bob.Rest.PostAsync("telephony/calls/hold", Body(b1)), HttpStatusCode.BadRequest);           // alerting
        AssertWebexError(await org.Bob.Rest.PostAsync("telephony/calls/resume", Body(b1)), HttpStatusCode.BadRequest);         // not held
        AssertWebexError(await org.Alice.Rest.PostAsync("telephony/calls/answer", Body(a1)), HttpStatusCode.BadRequest);       // own outgoing call
        AssertWebexError(await org.Alice.Rest.PostAsync("telephony/calls/startRecording", Body(a1)), HttpStatusCode.BadRequest); // not connected
        AssertWebexError(await org.Alice.Rest.PostAsync("telephony/calls/transmitDtmf", $$"""{"callId":"{{a1}}","dtmf":"12"}"""), HttpStatusCode.BadRequest);
        AssertWebexError(await org.Alice.Rest.PostAsync("telephony/calls/park", Body(a1)), HttpStatusCode.BadRequest);
        AssertWebexError(await org.Bob.Rest.PostAsync("telephony/calls/reject", $$"""{"callId":"{{b1}}","action":"later"}"""), HttpStatusCode.BadRequest);
        AssertWebexError(await org.Alice.Rest.PostAsync("telephony/calls/dial", "{}"), HttpStatusCode.BadRequest);
        AssertWebexError(await org.Alice.Rest.PostAsync("telephony/calls/hold", "{}"), HttpStatusCode.BadRequest);
        AssertWebexError(await org.Bob.Rest.PostAsync("telephony/calls/hangup", Body(a1)), HttpStatusCode.NotFound);          // Alice's call, not Bob's
        AssertWebexError(await org.AdminRest.PostAsync("telephony/calls/dial", """{"destination":"1002"}"""), HttpStatusCode.BadRequest); // no calling

        await org.Bob.Rest.PostExpectAsync("telephony/calls/answer", Body(b1), HttpStatusCode.NoContent);
        AssertWebexError(await org.Bob.Rest.PostAsync("telephony/calls/answer", Body(b1)), HttpStatusCode.BadRequest);         // already connected
        AssertWebexError(await org.Bob.Rest.PostAsync("telephony/calls/stopRecording", Body(b1)), HttpStatusCode.BadRequest);  // not recording
        AssertWebexError(await org.Bob.Rest.PostAsync("telephony/calls/transmitDtmf", $$"""{"callId":"{{b1}}","dtmf":"12X"}"""), HttpStatusCode.BadRequest);
        AssertWebexError(await org.Bob.Rest.PostAsync("telephony/calls/history", "{}"), HttpStatusCode.NotFound);
        AssertWebexError(await org.Bob.Rest.GetAsync("telephony/calls/history?type=outgoing"), HttpStatusCode.BadRequest);
        Assert.Equal("connected", State(await DetailsAsync(org.Bob.Rest, b1))); // rejected commands changed nothing
    }

    [Fact]
    public async Task Reject_AlertingCall_EndsBothAndRecordsMissedAndPlaced()
    {
        await using var org = await CallingOrg.StartAsync();
        await org.Alice.Rest.PostExpectAsync("telephony/calls/dial", """{"destination":"+15125550102"}""", HttpStatusCode.Created);
        string b1 = (await CallingOrg.OnlyCallAsync(org.Bob.Rest)).GetProperty("id").GetString()!;

        await org.Bob.Rest.PostExpectAsync("telephony/calls/reject", $$"""{"callId":"{{b1}}","action":"busy"}""", HttpStatusCode.NoContent);

        Assert.Empty((await org.Alice.Rest.GetAsync("telephony/calls")).Items);
        Assert.Empty((await org.Bob.Rest.GetAsync("telephony/calls")).Items);
        Assert.Equal("missed", Assert.Single((await org.Bob.Rest.GetAsync("telephony/calls/history")).Items).GetProperty("type").GetString());
        Assert.Equal("placed", Assert.Single((await org.Alice.Rest.GetAsync("telephony/calls/history?type=placed")).Items).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Recording_StartPauseResumeStop_ShowsRecordingState()
    {
        await using var org = await CallingOrg.StartAsync();
        var (a1, _) = await CallingOrg.ConnectOverHttpAsync(org.Alice, org.Bob);

        Assert.False((await DetailsAsync(org.Alice.Rest, a1)).TryGetProperty("recordingState", out _));
        await org.Alice.Rest.PostExpectAsync("telephony/calls/startRecording", Body(a1), HttpStatusCode.NoContent);
        Assert.Equal("started", (await DetailsAsync(org.Alice.Rest, a1)).GetProperty("recordingState").GetString());
        await org.Alice.Rest.PostExpectAsync("telephony/calls/pauseRecording", "{}", HttpStatusCode.NoContent); // the only call
        Assert.Equal("paused", (await DetailsAsync(org.Alice.Rest, a1)).GetProperty("recordingState").GetString());
        AssertWebexError(await org.Alice.Rest.PostAsync("telephony/calls/pauseRecording", Body(a1)), HttpStatusCode.BadRequest);
        await org.Alice.Rest.PostExpectAsync("telephony/calls/resumeRecording", Body(a1), HttpStatusCode.NoContent);
        Assert.Equal("started", (await DetailsAsync(org.Alice.Rest, a1)).GetProperty("recordingState").GetString());
        await org.Alice.Rest.PostExpectAsync("telephony/calls/stopRecording", Body(a1), HttpStatusCode.NoContent);
        Assert.Equal("stopped", (await DetailsAsync(org.Alice.Rest, a1)).GetProperty("recordingState").GetString());
    }

    [Fact]
    public async Task ParkAndRetrieve_AnotherUserTakesOverTheParkedCall()
    {
        await using var org = await CallingOrg.StartAsync();
        var (a1, b1) = await CallingOrg.ConnectOverHttpAsync(org.Alice, org.Bob);

        var park = await org.Bob.Rest.PostExpectAsync("telephony/calls/park", Body(b1), HttpStatusCode.OK);
        var parkedAgainst = park.Body.GetProperty("parkedAgainst");
        Assert.Equal(org.Bob.Id, parkedAgainst.GetProperty("personId").GetString());
        Assert.Equal("1002", parkedAgainst.GetProperty("number").GetString());
        Assert.Empty((await org.Bob.Rest.GetAsync("telephony/calls")).Items);
        Assert.Equal("remoteHeld", State(await DetailsAsync(org.Alice.Rest, a1)));

        var retrieve = await org.Carol.Rest.PostExpectAsync("telephony/calls/retrieve", """{"destination":"1002"}""", HttpStatusCode.Created);

        var carolCall = await DetailsAsync(org.Carol.Rest, retrieve.Str("callId"));
        Assert.Equal("connected", State(carolCall));
        Assert.Equal(org.Alice.Id, Remote(carolCall, "personId"));
        var aliceCall = await DetailsAsync(org.Alice.Rest, a1);
        Assert.Equal("connected", State(aliceCall));
        Assert.Equal(org.Carol.Id, Remote(aliceCall, "personId"));
        AssertWebexError(await org.Carol.Rest.PostAsync("telephony/calls/retrieve", """{"destination":"1002"}"""), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Divert_ToAnotherUser_AlertsThemWithARedirection()
    {
        await using var org = await CallingOrg.StartAsync();
        string a1 = (await org.Alice.Rest.PostExpectAsync("telephony/calls/dial", """{"destination":"1002"}""", HttpStatusCode.Created)).Str("callId");
        string b1 = (await CallingOrg.OnlyCallAsync(org.Bob.Rest)).GetProperty("id").GetString()!;

        await org.Bob.Rest.PostExpectAsync("telephony/calls/divert", $$"""{"callId":"{{b1}}","destination":"carol.chen@example.com"}""", HttpStatusCode.NoContent);

        Assert.Empty((await org.Bob.Rest.GetAsync("telephony/calls")).Items);
        var carolCall = await CallingOrg.OnlyCallAsync(org.Carol.Rest);
        Assert.Equal("alerting", State(carolCall));
        Assert.Equal(org.Alice.Id, Remote(carolCall, "personId"));
        var redirection = Assert.Single(carolCall.GetProperty("redirections").EnumerateArray());
        Assert.Equal("divert", redirection.GetProperty("reason").GetString());
        Assert.Equal(org.Bob.Id, redirection.GetProperty("redirectingParty").GetProperty("personId").GetString());
        var aliceCall = await DetailsAsync(org.Alice.Rest, a1);
        Assert.Equal(org.Carol.Id, Remote(aliceCall, "personId"));
        await org.Carol.Rest.PostExpectAsync("telephony/calls/answer", Body(carolCall.GetProperty("id").GetString()!), HttpStatusCode.NoContent);
        Assert.Equal("connected", State(await DetailsAsync(org.Alice.Rest, a1)));
    }

    [Fact]
    public async Task BlindTransfer_ToDestination_Answers201WithTheDestinationsCall()
    {
        await using var org = await CallingOrg.StartAsync();
        var (a1, b1) = await CallingOrg.ConnectOverHttpAsync(org.Alice, org.Bob);

        var transfer = await org.Bob.Rest.PostExpectAsync("telephony/calls/transfer", $$"""{"callId1":"{{b1}}","destination":"1003"}""", HttpStatusCode.Created);

        var carolCall = await CallingOrg.OnlyCallAsync(org.Carol.Rest);
        Assert.Equal(transfer.Str("callId"), carolCall.GetProperty("id").GetString());
        Assert.Equal("alerting", State(carolCall));
        Assert.Equal(org.Carol.Id, Remote(await DetailsAsync(org.Alice.Rest, a1), "personId"));
        Assert.Empty((await org.Bob.Rest.GetAsync("telephony/calls")).Items);
    }

    [Theory]
    [InlineData("transfer", "callId1", HttpStatusCode.Created)]
    [InlineData("divert", "callId", HttpStatusCode.NoContent)]
    public async Task BlindTransferAndDivert_CallWithAnExternalParty_TheExternalPartyReachesTheDestination(
        string command, string idField, HttpStatusCode status)
    {
        await using var org = await CallingOrg.StartAsync();
        string a1 = (await org.Alice.Rest.PostExpectAsync("telephony/calls/dial", """{"destination":"+442071234567"}""", HttpStatusCode.Created)).Str("callId");

        await org.Alice.Rest.PostExpectAsync($"telephony/calls/{command}", $$"""{"{{idField}}":"{{a1}}","destination":"1002"}""", status);

        Assert.Empty((await org.Alice.Rest.GetAsync("telephony/calls")).Items);
        var bobCall = await CallingOrg.OnlyCallAsync(org.Bob.Rest);
        Assert.Equal("alerting", State(bobCall));
        Assert.Equal("external", Remote(bobCall, "callType"));
        Assert.Equal("+442071234567", Remote(bobCall, "number"));
        var redirection = Assert.Single(bobCall.GetProperty("redirections").EnumerateArray());
        Assert.Equal(org.Alice.Id, redirection.GetProperty("redirectingParty").GetProperty("personId").GetString());
        await org.Bob.Rest.PostExpectAsync("telephony/calls/answer", Body(bobCall.GetProperty("id").GetString()!), HttpStatusCode.NoContent);
        Assert.Equal("connected", State(await CallingOrg.OnlyCallAsync(org.Bob.Rest)));
    }

    [Fact]
    public async Task BlindTransfer_CallWithAnExternalPartyToAnotherExternalNumber_LeavesNoCallInTheOrganisation()
    {
        await using var org = await CallingOrg.StartAsync();
        string a1 = (await org.Alice.Rest.PostExpectAsync("telephony/calls/dial", """{"destination":"+442071234567"}""", HttpStatusCode.Created)).Str("callId");

        await org.Alice.Rest.PostExpectAsync("telephony/calls/transfer", $$"""{"callId1":"{{a1}}","destination":"+14155550100"}""", HttpStatusCode.NoContent);

        Assert.Empty((await org.Alice.Rest.GetAsync("telephony/calls")).Items);
    }

    [Fact]
    public async Task ExternalNumber_ConnectsAtOnceAsExternalParty()
    {
        await using var org = await CallingOrg.StartAsync();

        string a1 = (await org.Alice.Rest.PostExpectAsync("telephony/calls/dial", """{"destination":"tel:+442071234567"}""", HttpStatusCode.Created)).Str("callId");

        var call = await DetailsAsync(org.Alice.Rest, a1);
        Assert.Equal("connected", State(call));
        Assert.Equal("external", Remote(call, "callType"));
        Assert.Equal("+442071234567", Remote(call, "number"));
        await org.Alice.Rest.PostExpectAsync("telephony/calls/transmitDtmf", $$"""{"callId":"{{a1}}","dtmf":"1,234#"}""", HttpStatusCode.NoContent);
        await org.Alice.Rest.PostExpectAsync("telephony/calls/mute", Body(a1), HttpStatusCode.NoContent);
        Assert.True((await DetailsAsync(org.Alice.Rest, a1)).GetProperty("muted").GetBoolean());
        await org.Alice.Rest.PostExpectAsync("telephony/calls/unmute", Body(a1), HttpStatusCode.NoContent);
        Assert.False((await DetailsAsync(org.Alice.Rest, a1)).GetProperty("muted").GetBoolean());
        Assert.Equal(a1, (await org.Alice.Rest.PostExpectAsync("telephony/calls/pull", "{}", HttpStatusCode.Created)).Str("callId"));
        await org.Alice.Rest.PostExpectAsync("telephony/calls/push", Body(a1), HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task PickupAndBargeIn_CreateCallsForTheCaller()
    {
        await using var org = await CallingOrg.StartAsync();
        string a1 = (await org.Alice.Rest.PostExpectAsync("telephony/calls/dial", """{"destination":"1002"}""", HttpStatusCode.Created)).Str("callId");

        var pickup = await org.Carol.Rest.PostExpectAsync("telephony/calls/pickup", """{"target":"1002"}""", HttpStatusCode.Created);

        Assert.Empty((await org.Bob.Rest.GetAsync("telephony/calls")).Items);
        Assert.Equal(org.Alice.Id, Remote(await DetailsAsync(org.Carol.Rest, pickup.Str("callId")), "personId"));
        var aliceCall = await DetailsAsync(org.Alice.Rest, a1);
        Assert.Equal("connected", State(aliceCall));
        Assert.Equal(org.Carol.Id, Remote(aliceCall, "personId"));

        var barge = await org.Bob.Rest.PostExpectAsync("telephony/calls/bargeIn", """{"target":"1003"}""", HttpStatusCode.Created);
        Assert.Equal("connected", State(await DetailsAsync(org.Bob.Rest, barge.Str("callId"))));
        AssertWebexError(await org.Bob.Rest.PostAsync("telephony/calls/pickup", "{}"), HttpStatusCode.BadRequest); // nothing alerting
    }

    [Fact]
    public async Task ExternalVoicemailMwi_SetAndClear_Answer204AndCheckTheAction()
    {
        await using var org = await CallingOrg.StartAsync();

        await org.AdminRest.PostExpectAsync($"telephony/externalVoicemail/mwi?id={org.Bob.Id}", """{"action":"SET"}""", HttpStatusCode.NoContent);
        await org.AdminRest.PostExpectAsync($"telephony/externalVoicemail/mwi?id={org.Bob.Id}&orgId={org.H.Sim.OrgId}", """{"action":"CLEAR"}""", HttpStatusCode.NoContent);

        AssertWebexError(await org.AdminRest.PostAsync($"telephony/externalVoicemail/mwi?id={org.Bob.Id}", """{"action":"BLINK"}"""), HttpStatusCode.BadRequest);
        AssertWebexError(await org.AdminRest.PostAsync("telephony/externalVoicemail/mwi", """{"action":"SET"}"""), HttpStatusCode.BadRequest);
    }
}
