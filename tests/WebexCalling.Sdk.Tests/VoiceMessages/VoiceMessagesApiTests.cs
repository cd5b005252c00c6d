using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.VoiceMessages;

// The request of every member and the parse of the official examples: VoiceMessagesApiRequestTests.g.cs.
public class VoiceMessagesApiTests
{
    [Fact]
    public async Task MarkAsReadAsync_WithoutId_SendsEmptyBodyToMarkAll()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "telephony/voiceMessages/markAsRead").Respond(HttpStatusCode.NoContent);

        await h.Api.VoiceMessages.MarkAsReadAsync();

        JsonAssert.Equal("{}", h.Single().Body);
    }

    [Fact]
    public async Task DeleteAsync_EmptyId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.VoiceMessages.DeleteAsync(""));

        Assert.Empty(h.Requests);
    }
}
