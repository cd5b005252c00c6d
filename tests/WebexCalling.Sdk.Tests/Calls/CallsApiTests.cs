using System.Net;
using System.Text.Json;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Calls;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Calls;

// The request of every member and the parse of the official examples: CallsApiRequestTests.g.cs.
public class CallsApiTests
{
    [Fact]
    public async Task AnswerAsync_OnlyTheCall_SendsOnlyTheCallId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "telephony/calls/answer").Respond(HttpStatusCode.NoContent);

        await h.Api.Calls.AnswerAsync("C1");

        JsonAssert.Equal("""{"callId":"C1"}""", h.Single().Body);
    }

    [Fact]
    public async Task DivertAsync_ToVoicemailFalse_SendsFalse()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "telephony/calls/divert").Respond(HttpStatusCode.NoContent);

        await h.Api.Calls.DivertAsync("C1", "+12223334444", false);

        JsonAssert.Equal("""{"callId":"C1","destination":"+12223334444","toVoicemail":false}""", h.Single().Body);
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
    public async Task TransferAsync_MuteTransfer_ReturnsTheNewCallOf201()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "telephony/calls/transfer").RespondJson(ApiHarness.Sample("call_dial"), HttpStatusCode.Created);

        var call = await h.Api.Calls.TransferAsync("C1", destination: "+12223334444");

        Assert.Equal("Y2lzY29zcGFyazovL3VzL0NBTEwvQkNMRC9jYWxsaGFsZi00ODg6MA", call!.CallId);
    }

    [Fact]
    public async Task CallDetailsAsync_FieldsBeyondTheExample_AreParsed()
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
}
