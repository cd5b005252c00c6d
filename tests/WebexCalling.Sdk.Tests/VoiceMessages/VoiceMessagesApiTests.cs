using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.VoiceMessages;

public class VoiceMessagesApiTests
{
    private const string MessageId = "Y2lzY29zcGFyazovL3VzL01FU1NBR0UvNmQ0MTgyMTItZjUwNi00Yzk4LTk5MTItNmI1MmE1ZmU2ODgx";

    [Fact]
    public async Task SummaryAsync_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("telephony/voiceMessages/summary").RespondJson(ApiHarness.Sample("voice_messages_summary"));

        var summary = await h.Api.VoiceMessages.SummaryAsync();

        Assert.Equal(2, summary.NewMessages);
        Assert.Equal(5, summary.OldMessages);
        Assert.Equal(0, summary.NewUrgentMessages);
        Assert.Equal(1, summary.OldUrgentMessages);
        Assert.Equal("/v1/telephony/voiceMessages/summary", h.Single().PathAndQuery);
    }

    [Fact]
    public async Task ListAsync_WithLineOwner_SendsQueryAndParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("telephony/voiceMessages?lineOwnerId=L1").RespondJson(ApiHarness.Sample("voice_messages_list"));

        var messages = await h.Api.VoiceMessages.ListAsync("L1").ToListAsync();

        var message = Assert.Single(messages);
        Assert.Equal(MessageId, message.Id);
        Assert.Equal(38, message.Duration);
        Assert.Equal("John Smith", message.CallingParty!.Name);
        Assert.Equal("+12223334444", message.CallingParty.Number);
        Assert.Equal("Y2lzY29zcGFyazovL3VzL1BFT1BMRS9hMTlkODJhMi00ZTY5LTU5YWEtOWYyZi1iY2E2MzEwMTNhNjg=", message.CallingParty.PersonId);
        Assert.Equal("Y2lzY29zcGFyazovL3VzL1BMQUNFL2ExOWQ3MWEyLTRlOTItOTFhYi05ZjJmLWJjYTEzNTAxM2ExNA==", message.CallingParty.PlaceId);
        Assert.False(message.CallingParty.PrivacyEnabled);
        Assert.False(message.Urgent);
        Assert.False(message.Confidential);
        Assert.True(message.Read);
        Assert.Equal(2, message.FaxPageCount);
        Assert.Equal(new DateTimeOffset(2021, 11, 14, 17, 0, 0, TimeSpan.Zero), message.Created);
    }

    [Fact]
    public async Task ListAsync_NoFilter_SendsNoQuery()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("telephony/voiceMessages").RespondJson("""{"items":[]}""");

        var messages = await h.Api.VoiceMessages.ListAsync().ToListAsync();

        Assert.Empty(messages);
        Assert.Equal("/v1/telephony/voiceMessages", h.Single().PathAndQuery);
    }

    [Fact]
    public async Task DeleteAsync_SendsDeleteToTheMessage()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Delete, $"telephony/voiceMessages/{MessageId}").Respond(HttpStatusCode.NoContent);

        await h.Api.VoiceMessages.DeleteAsync(MessageId);

        Assert.Equal(HttpMethod.Delete, h.Single().Method);
        Assert.Null(h.Single().Body);
    }

    [Fact]
    public async Task MarkAsReadAsync_WithId_SendsIdAndLineOwner()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "telephony/voiceMessages/markAsRead").Respond(HttpStatusCode.NoContent);

        await h.Api.VoiceMessages.MarkAsReadAsync(MessageId, "L1");

        JsonAssert.Equal($$"""{"messageId":"{{MessageId}}","lineOwnerId":"L1"}""", h.Single().Body);
    }

    [Fact]
    public async Task MarkAsReadAsync_WithoutId_SendsEmptyBodyToMarkAll()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "telephony/voiceMessages/markAsRead").Respond(HttpStatusCode.NoContent);

        await h.Api.VoiceMessages.MarkAsReadAsync();

        JsonAssert.Equal("{}", h.Single().Body);
    }

    [Fact]
    public async Task MarkAsUnreadAsync_WithId_SendsId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "telephony/voiceMessages/markAsUnread").Respond(HttpStatusCode.NoContent);

        await h.Api.VoiceMessages.MarkAsUnreadAsync(MessageId);

        Assert.Equal(HttpMethod.Post, h.Single().Method);
        JsonAssert.Equal($$"""{"messageId":"{{MessageId}}"}""", h.Single().Body);
    }

    [Fact]
    public async Task DeleteAsync_EmptyId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.VoiceMessages.DeleteAsync(""));

        Assert.Empty(h.Requests);
    }
}
