using System.Net;
using WebexCalling.Sdk.IntegrationTests.TestSupport;

namespace WebexCalling.Sdk.IntegrationTests.Simulator.Calls;

/// <summary>Every Calls, VoiceMessages and Webhooks path of the core API map reaches an endpoint (not the fallback 404).</summary>
public class CoreCallPathsTests
{
    [Theory]
    [InlineData("POST", "telephony/calls/answer")]
    [InlineData("POST", "telephony/calls/bargeIn")]
    [InlineData("GET", "telephony/calls/Y2lzY29zcGFyazovL3VzL0NBTEwvMDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw")]
    [InlineData("GET", "telephony/calls/history")]
    [InlineData("POST", "telephony/calls/dial")]
    [InlineData("POST", "telephony/calls/divert")]
    [InlineData("POST", "telephony/calls/hangup")]
    [InlineData("POST", "telephony/calls/hold")]
    [InlineData("GET", "telephony/calls")]
    [InlineData("POST", "telephony/calls/mute")]
    [InlineData("POST", "telephony/calls/park")]
    [InlineData("POST", "telephony/calls/pauseRecording")]
    [InlineData("POST", "telephony/calls/pickup")]
    [InlineData("POST", "telephony/calls/pull")]
    [InlineData("POST", "telephony/calls/push")]
    [InlineData("POST", "telephony/calls/reject")]
    [InlineData("POST", "telephony/calls/resume")]
    [InlineData("POST", "telephony/calls/resumeRecording")]
    [InlineData("POST", "telephony/calls/retrieve")]
    [InlineData("POST", "telephony/calls/startRecording")]
    [InlineData("POST", "telephony/calls/stopRecording")]
    [InlineData("POST", "telephony/calls/transfer")]
    [InlineData("POST", "telephony/calls/transmitDtmf")]
    [InlineData("POST", "telephony/calls/unmute")]
    [InlineData("POST", "telephony/externalVoicemail/mwi")]
    [InlineData("DELETE", "telephony/voiceMessages/Y2lzY29zcGFyazovL3VzL01FU1NBR0UvMDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw")]
    [InlineData("GET", "telephony/voiceMessages")]
    [InlineData("POST", "telephony/voiceMessages/markAsRead")]
    [InlineData("POST", "telephony/voiceMessages/markAsUnread")]
    [InlineData("GET", "telephony/voiceMessages/summary")]
    [InlineData("POST", "webhooks")]
    [InlineData("GET", "webhooks/Y2lzY29zcGFyazovL3VzL1dFQkhPT0svMDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw")]
    [InlineData("GET", "webhooks")]
    [InlineData("PUT", "webhooks/Y2lzY29zcGFyazovL3VzL1dFQkhPT0svMDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw")]
    [InlineData("DELETE", "webhooks/Y2lzY29zcGFyazovL3VzL1dFQkhPT0svMDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw")]
    public async Task Path_IsServed(string method, string path)
    {
        await using var org = await CallingOrg.StartAsync();

        var answer = await org.Alice.Rest.SendAsync(new HttpMethod(method), path, method is "GET" or "DELETE" ? null : "{}");

        if (answer.Status == HttpStatusCode.NotFound)
            Assert.DoesNotContain("could not be found", answer.Str("message"), StringComparison.Ordinal);
        Assert.True((int)answer.Status < 500, $"{method} {path}: {answer.Status}");
    }
}
