using System.Net;
using System.Text.Json;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Calls;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Calls;

public class CallsApiTests
{
    private const string CallId = "Y2lzY29zcGFyazovL3VzL0NBTEwvQkNMRC9jYWxsaGFsZi00ODg6MA";
    private const string SessionId = "MmFmNThiZjktYWE3Ny00NWE5LThiMDEtYzI4NDMxZWYwNzRm";
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9hMTlkODJhMi00ZTY5LTU5YWEtOWYyZi1iY2E2MzEwMTNhNjg=";
    private const string PlaceId = "Y2lzY29zcGFyazovL3VzL1BMQUNFL2ExOWQ4MmEyLTRlNjktNTlhYS05ZjJmLWJjYTYzMTAxM2E2OA==";
    private static readonly DateTimeOffset April21 = new(2016, 4, 21, 17, 0, 0, TimeSpan.Zero);

    // every command without an answer body: the member, its path, and the body it must send
    public static TheoryData<string, string, Func<CallsApi, Task>> Commands => new()
    {
        { "answer", """{"callId":"C1","endpointId":"E1","lineOwnerId":"L1"}""", a => a.AnswerAsync("C1", "E1", "L1") },
        { "answer", """{"callId":"C1"}""", a => a.AnswerAsync("C1") },
        { "reject", """{"callId":"C1","action":"temporarilyUnavailable","lineOwnerId":"L1"}""", a => a.RejectAsync("C1", RejectAction.TemporarilyUnavailable, "L1") },
        { "reject", """{"callId":"C1"}""", a => a.RejectAsync("C1") },
        { "hangup", """{"callId":"C1","lineOwnerId":"L1"}""", a => a.HangupAsync("C1", "L1") },
        { "hold", """{"callId":"C1"}""", a => a.HoldAsync("C1") },
        { "resume", """{"callId":"C1","lineOwnerId":"L1"}""", a => a.ResumeAsync("C1", "L1") },
        { "divert", """{"callId":"C1","destination":"+12223334444","toVoicemail":false,"lineOwnerId":"L1"}""", a => a.DivertAsync("C1", "+12223334444", false, "L1") },
        { "divert", """{"callId":"C1","toVoicemail":true}""", a => a.DivertAsync("C1", toVoicemail: true) },
        { "startRecording", """{"callId":"C1","lineOwnerId":"L1"}""", a => a.StartRecordingAsync("C1", "L1") },
        { "stopRecording", """{"callId":"C1"}""", a => a.StopRecordingAsync("C1") },
        { "pauseRecording", """{"callId":"C1"}""", a => a.PauseRecordingAsync("C1") },
        { "resumeRecording", """{}""", a => a.ResumeRecordingAsync() },
        { "transmitDtmf", """{"callId":"C1","dtmf":"1,234","lineOwnerId":"L1"}""", a => a.TransmitDtmfAsync("C1", "1,234", "L1") },
        { "push", """{"callId":"C1"}""", a => a.PushAsync("C1") },
        { "mute", """{"callId":"C1","lineOwnerId":"L1"}""", a => a.MuteAsync("C1", "L1") },
        { "unmute", """{"callId":"C1"}""", a => a.UnmuteAsync("C1") },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Command_PostsItsBodyToItsPath(string path, string expectedBody, Func<CallsApi, Task> call)
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "telephony/calls/" + path).Respond(HttpStatusCode.NoContent);

        await call(h.Api.Calls);

        var request = h.Single();
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/v1/telephony/calls/" + path, request.PathAndQuery);
        JsonAssert.Equal(expectedBody, request.Body);
    }

    // every command that starts a call: the member, its path, and the body it must send
    public static TheoryData<string, string, Func<CallsApi, Task<CallInfo>>> CallStarters => new()
    {
        { "dial", """{"destination":"+12223334444","endpointId":"E1","lineOwnerId":"L1"}""", a => a.DialAsync("+12223334444", "E1", lineOwnerId: "L1") },
        { "dial", """{"destination":"1234","singleNumberReachPhoneNumber":"+15556667777"}""", a => a.DialAsync("1234", singleNumberReachPhoneNumber: "+15556667777") },
        { "retrieve", """{"destination":"1000","endpointId":"E1"}""", a => a.RetrieveAsync("1000", "E1") },
        { "retrieve", """{}""", a => a.RetrieveAsync() },
        { "pickup", """{"target":"1000","lineOwnerId":"L1"}""", a => a.PickupAsync("1000", lineOwnerId: "L1") },
        { "pickup", """{}""", a => a.PickupAsync() },
        { "bargeIn", """{"target":"1000","endpointId":"E1","singleNumberReachPhoneNumber":"+15556667777","lineOwnerId":"L1"}""", a => a.BargeInAsync("1000", "E1", "+15556667777", "L1") },
        { "pull", """{"endpointId":"E1"}""", a => a.PullAsync("E1") },
    };

    [Theory]
    [MemberData(nameof(CallStarters))]
    public async Task CallStarter_PostsItsBodyAndReturnsTheNewCall(string path, string expectedBody, Func<CallsApi, Task<CallInfo>> call)
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "telephony/calls/" + path).RespondJson(ApiHarness.Sample("call_dial"), HttpStatusCode.Created);

        var started = await call(h.Api.Calls);

        Assert.Equal(CallId, started.CallId);
        Assert.Equal(SessionId, started.CallSessionId);
        Assert.Equal(HttpMethod.Post, h.Single().Method);
        JsonAssert.Equal(expectedBody, h.Single().Body);
    }

    [Fact]
    public async Task ParkAsync_SendsBodyAndParsesWhereTheCallIsParked()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "telephony/calls/park").RespondJson(ApiHarness.Sample("call_park"));

        var parked = await h.Api.Calls.ParkAsync("C1", "1000", false, "L1");

        JsonAssert.Equal("""{"callId":"C1","destination":"1000","isGroupPark":false,"lineOwnerId":"L1"}""", h.Single().Body);
        var party = parked.ParkedAgainst!;
        Assert.Equal("John Smith", party.Name);
        Assert.Equal("+12223334444", party.Number);
        Assert.Equal(PersonId, party.PersonId);
        Assert.Equal(PlaceId, party.PlaceId);
        Assert.False(party.PrivacyEnabled);
        Assert.Equal(CallType.Location, party.CallType);
    }

    [Fact]
    public async Task TransferAsync_MuteTransfer_SendsBodyAndReturnsTheNewCall()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "telephony/calls/transfer").RespondJson(ApiHarness.Sample("call_dial"), HttpStatusCode.Created);

        var call = await h.Api.Calls.TransferAsync("C1", destination: "+12223334444", lineOwnerId: "L1");

        JsonAssert.Equal("""{"callId1":"C1","destination":"+12223334444","lineOwnerId":"L1"}""", h.Single().Body);
        Assert.Equal(CallId, call!.CallId);
        Assert.Equal(SessionId, call.CallSessionId);
    }

    [Fact]
    public async Task TransferAsync_NoContent_ReturnsNull()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "telephony/calls/transfer").Respond(HttpStatusCode.NoContent);

        var call = await h.Api.Calls.TransferAsync("C1", "C2");

        Assert.Null(call);
        JsonAssert.Equal("""{"callId1":"C1","callId2":"C2"}""", h.Single().Body);
    }

    [Fact]
    public async Task ListCallsAsync_WithLineOwner_SendsQueryAndParsesEveryDocumentedField()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("telephony/calls?lineOwnerId=L1").RespondJson(ApiHarness.Sample("calls_list"));

        var calls = await h.Api.Calls.ListCallsAsync("L1");

        AssertReferenceCall(Assert.Single(calls));
    }

    [Fact]
    public async Task ListCallsAsync_NoFilter_SendsNoQuery()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("telephony/calls").RespondJson("""{"items":[]}""");

        var calls = await h.Api.Calls.ListCallsAsync();

        Assert.Empty(calls);
        Assert.Equal("/v1/telephony/calls", h.Single().PathAndQuery);
    }

    [Fact]
    public async Task CallDetailsAsync_SendsPathAndParsesEveryDocumentedField()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/calls/{CallId}?lineOwnerId=L1").RespondJson(ApiHarness.Sample("call_details"));

        var call = await h.Api.Calls.CallDetailsAsync(CallId, "L1");

        AssertReferenceCall(call);
    }

    [Fact]
    public async Task CallDetailsAsync_FieldsBeyondApril2025_AreParsed()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("telephony/calls/C1").RespondJson("""
            {"id":"C1","state":"disconnected","disconnected":"2024-01-02T03:04:05.000Z","muteCapable":true,"muted":false,
             "endpointId":"E1","completedElsewhere":true,"endpointType":"device","allowedRecordingControls":"pauseResume"}
            """);

        var call = await h.Api.Calls.CallDetailsAsync("C1");

        Assert.Equal(CallState.Disconnected, call.State);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), call.Disconnected);
        Assert.True(call.MuteCapable);
        Assert.False(call.Muted);
        Assert.Equal("E1", call.EndpointId);
        Assert.True(call.CompletedElsewhere);
        Assert.Equal("device", call.EndpointType);
        Assert.Equal("pauseResume", call.AllowedRecordingControls);
    }

    [Fact]
    public async Task CallDetailsAsync_UnknownFieldsAndEnumValues_SurviveARoundTrip()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("telephony/calls/C1").RespondJson("""
            {"id":"C1","personality":"conferenceBridge","state":"parked","futureField":{"a":1},
             "remoteParty":{"callType":"satellite","extra":"x"},"redirections":[{"reason":"fax"}]}
            """);

        var call = await h.Api.Calls.CallDetailsAsync("C1");
        string written = JsonSerializer.Serialize(call with { Muted = true }, WebexJson.Default.TelephonyCall);

        Assert.False(call.Personality!.Value.IsKnown);
        Assert.Equal("conferenceBridge", call.Personality.Value.Value);
        Assert.Equal("satellite", call.RemoteParty!.CallType!.Value.Value);
        JsonAssert.Equal("""
            {"id":"C1","personality":"conferenceBridge","state":"parked","futureField":{"a":1},"muted":true,
             "remoteParty":{"callType":"satellite","extra":"x"},"redirections":[{"reason":"fax"}]}
            """, written);
    }

    [Fact]
    public async Task CallHistoryAsync_WithType_SendsQueryAndParsesEveryDocumentedField()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("telephony/calls/history?type=placed").RespondJson(ApiHarness.Sample("call_history"));

        var history = await h.Api.Calls.CallHistoryAsync(HistoryType.Placed);

        var record = Assert.Single(history);
        Assert.Equal(HistoryType.Placed, record.CallType);
        Assert.Equal("John Smith", record.Name);
        Assert.Equal("+12225554444", record.Number);
        Assert.False(record.PrivacyEnabled);
        Assert.Equal(April21, record.Time);
    }

    [Fact]
    public async Task CallHistoryAsync_NoType_SendsNoQuery()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("telephony/calls/history").RespondJson("""{"items":[{"type":"missed","privacyEnabled":true,"time":"2016-04-21T17:00:00.000Z"}]}""");

        var history = await h.Api.Calls.CallHistoryAsync();

        Assert.Equal(HistoryType.Missed, Assert.Single(history).CallType);
        Assert.Equal("/v1/telephony/calls/history", h.Single().PathAndQuery);
    }

    [Fact]
    public async Task UpdateExternalVoicemailMwiAsync_SendsIdAndOrgQueryAndAction()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "telephony/externalVoicemail/mwi?id=P1&orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.Calls.UpdateExternalVoicemailMwiAsync("P1", ExternalVoicemailMwiAction.Set, "O1");

        Assert.Equal(HttpMethod.Post, h.Single().Method);
        JsonAssert.Equal("""{"action":"SET"}""", h.Single().Body);
    }

    [Fact]
    public async Task UpdateExternalVoicemailMwiAsync_Clear_SendsClearWithoutOrg()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "telephony/externalVoicemail/mwi?id=P1").Respond(HttpStatusCode.NoContent);

        await h.Api.Calls.UpdateExternalVoicemailMwiAsync("P1", ExternalVoicemailMwiAction.Clear);

        JsonAssert.Equal("""{"action":"CLEAR"}""", h.Single().Body);
    }

    [Fact]
    public async Task Commands_MissingRequiredIds_ThrowBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.Calls.HoldAsync(""));
        await Assert.ThrowsAsync<ArgumentNullException>(() => h.Api.Calls.AnswerAsync(null!));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.Calls.DialAsync(""));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.Calls.BargeInAsync(""));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.Calls.CallDetailsAsync(""));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.Calls.UpdateExternalVoicemailMwiAsync("", ExternalVoicemailMwiAction.Set));

        Assert.Empty(h.Requests);
    }

    private static void AssertReferenceCall(TelephonyCall call)
    {
        Assert.Equal(CallId, call.CallId);
        Assert.Equal(SessionId, call.CallSessionId);
        Assert.Equal(Personality.Originator, call.Personality);
        Assert.Equal(CallState.Connecting, call.State);
        Assert.Equal("John Smith", call.RemoteParty!.Name);
        Assert.Equal("+12223334444", call.RemoteParty.Number);
        Assert.Equal(PersonId, call.RemoteParty.PersonId);
        Assert.Equal(PlaceId, call.RemoteParty.PlaceId);
        Assert.False(call.RemoteParty.PrivacyEnabled);
        Assert.Equal(CallType.Location, call.RemoteParty.CallType);
        Assert.Equal(1, call.Appearance);
        Assert.Equal(April21, call.Created);
        Assert.Equal(April21, call.Answered);
        var redirection = Assert.Single(call.Redirections!);
        Assert.Equal(RedirectReason.Busy, redirection.Reason);
        Assert.Equal("John Smith", redirection.RedirectingParty!.Name);
        Assert.Equal("+12223334444", redirection.RedirectingParty.Number);
        Assert.Equal(PersonId, redirection.RedirectingParty.PersonId);
        Assert.Equal(PlaceId, redirection.RedirectingParty.PlaceId);
        Assert.False(redirection.RedirectingParty.PrivacyEnabled);
        Assert.Equal(CallType.Location, redirection.RedirectingParty.CallType);
        Assert.Equal(RecallType.Park, call.Recall!.RecallType);
        Assert.Equal("John Smith", call.Recall.Party!.Name);
        Assert.Equal("+12223334444", call.Recall.Party.Number);
        Assert.Equal(PersonId, call.Recall.Party.PersonId);
        Assert.Equal(PlaceId, call.Recall.Party.PlaceId);
        Assert.False(call.Recall.Party.PrivacyEnabled);
        Assert.Equal(CallType.Location, call.Recall.Party.CallType);
        Assert.Equal(RecordingState.Pending, call.RecordingState);
        Assert.Null(call.ExtensionData); // every field of the example is a documented one
    }
}
