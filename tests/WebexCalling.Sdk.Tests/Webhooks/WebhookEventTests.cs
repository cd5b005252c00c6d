using System.Text.Json;
using WebexCalling.Sdk.Calls;
using WebexCalling.Sdk.Tests.TestSupport;
using WebexCalling.Sdk.Webhooks;

namespace WebexCalling.Sdk.Tests.Webhooks;

public class WebhookEventTests
{
    [Fact]
    public void Parse_TelephonyCallsEvent_ReturnsTypedEnvelopeAndCallData()
    {
        var evt = WebhookEvent.Parse(ApiHarness.Sample("telephony_call_event"));

        Assert.Equal("Y2lzY29zcGFyazovL3VzL1dFQkhPT0svNjljZmVkYTAtZmYwYi00ZTNhLWE5NjMtMzk2N2ZhZmMzMTZk", evt.WebhookId);
        Assert.Equal("Call events", evt.Name);
        Assert.Equal("https://example.com/webhook", evt.TargetUrl);
        Assert.Equal(WebhookResource.TelephonyCalls, evt.Resource);
        Assert.Equal(WebhookEventType.Updated, evt.Event);
        Assert.Equal("Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8xZWI2NWZkZi05NjQzLTQxN2YtOTk3NC1hZDcyY2FlMGUxMGY", evt.OrgId);
        Assert.StartsWith("Y2lzY29zcGFyazovL3VzL1BFT1BMRS9", evt.CreatedBy, StringComparison.Ordinal);
        Assert.StartsWith("Y2lzY29zcGFyazovL3VzL0FQUExJQ0FUSU9OL", evt.AppId, StringComparison.Ordinal);
        Assert.Equal("creator", evt.OwnedBy);
        Assert.Equal(WebhookStatus.Active, evt.Status);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 10, 11, 12, 345, TimeSpan.Zero), evt.Created);
        Assert.Equal(evt.CreatedBy, evt.ActorId);

        var call = Assert.IsType<TelephonyEventData>(evt.Data);
        Assert.Same(call, evt.TelephonyData);
        Assert.Equal("connected", call.EventType);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 10, 20, 30, 456, TimeSpan.Zero), call.EventTimestamp);
        Assert.Equal("Y2lzY29zcGFyazovL3VzL0NBTEwvQkNMRC9jYWxsaGFsZi00ODg6MA", call.CallId);
        Assert.Equal("MmFmNThiZjktYWE3Ny00NWE5LThiMDEtYzI4NDMxZWYwNzRm", call.CallSessionId);
        Assert.Equal(Personality.Terminator, call.Personality);
        Assert.Equal(CallState.Connected, call.State);
        Assert.Equal("John Smith", call.RemoteParty!.Name);
        Assert.Equal("+12223334444", call.RemoteParty.Number);
        Assert.Equal("Y2lzY29zcGFyazovL3VzL1BFT1BMRS9hMTlkODJhMi00ZTY5LTU5YWEtOWYyZi1iY2E2MzEwMTNhNjg", call.RemoteParty.PersonId);
        Assert.False(call.RemoteParty.PrivacyEnabled);
        Assert.Equal(CallType.External, call.RemoteParty.CallType);
        Assert.Equal(2, call.Appearance);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 10, 20, 0, TimeSpan.Zero), call.Created);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 10, 20, 30, TimeSpan.Zero), call.Answered);
        Assert.Equal(RecordingState.Started, call.RecordingState);
        // a field this SDK does not model is kept
        Assert.Equal("none", call.ExtensionData!["releaseCause"].GetString());
        Assert.Null(evt.ExtensionData);
    }

    [Fact]
    public void Parse_UnknownResource_ReturnsGenericData()
    {
        var evt = WebhookEvent.Parse("""
            {"id":"W1","resource":"hologramSessions","event":"teleported","status":"active",
             "data":{"sessionId":"S1","count":3,"nested":{"a":true}}}
            """);

        Assert.False(evt.Resource!.Value.IsKnown);
        Assert.Equal("hologramSessions", evt.Resource.Value.Value);
        Assert.Equal("teleported", evt.Event!.Value.Value);
        var data = Assert.IsType<GenericEventData>(evt.Data);
        Assert.Null(evt.TelephonyData);
        Assert.Equal("S1", data.GetString("sessionId"));
        Assert.Equal(3, data.ExtensionData!["count"].GetInt32());
        Assert.True(data.ExtensionData["nested"].GetProperty("a").GetBoolean());
        Assert.Null(data.GetString("count"));
    }

    [Fact]
    public void Parse_KnownNonTelephonyResource_ReturnsGenericData()
    {
        var evt = WebhookEvent.Parse("""{"resource":"messages","event":"created","data":{"id":"M1","roomId":"R1"}}""");

        Assert.Equal(WebhookResource.Messages, evt.Resource);
        Assert.Equal("R1", Assert.IsType<GenericEventData>(evt.Data).GetString("roomId"));
    }

    [Fact]
    public void Parse_Utf8Bytes_GivesTheSameEvent()
    {
        var evt = WebhookEvent.Parse(System.Text.Encoding.UTF8.GetBytes(WebhookSignatureTests.Body));

        Assert.Equal("received", Assert.IsType<TelephonyEventData>(evt.Data).EventType);
    }

    [Fact]
    public void Parse_NoData_LeavesDataNull()
    {
        var evt = WebhookEvent.Parse("""{"resource":"telephony_calls","event":"updated"}""");

        Assert.Null(evt.Data);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("not json")]
    public void Parse_NotAnObject_ThrowsJsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => WebhookEvent.Parse(json));
    }

    [Fact]
    public void Serialize_TypedEvent_WritesTheDataBack()
    {
        var evt = WebhookEvent.Parse(ApiHarness.Sample("telephony_call_event"));

        string json = JsonSerializer.Serialize(evt, WebexCalling.Sdk.Common.WebexJson.Default.WebhookEvent);

        using var doc = JsonDocument.Parse(json);
        var data = doc.RootElement.GetProperty("data");
        Assert.Equal("connected", data.GetProperty("eventType").GetString());
        Assert.Equal("none", data.GetProperty("releaseCause").GetString());
        Assert.Equal("external", data.GetProperty("remoteParty").GetProperty("callType").GetString());
    }
}
