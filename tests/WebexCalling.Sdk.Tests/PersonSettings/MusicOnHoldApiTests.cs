using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (MusicOnHoldApiRequestTests.g.cs).</summary>
public class MusicOnHoldApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ConfigureAsync_LeavesOutTheLocationFlagAndKeepsUnknownValues()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/musicOnHold").RespondJson("""
            {"mohEnabled": true, "mohLocationEnabled": true, "greeting": "CUSTOM",
             "audioAnnouncementFile": {"id": "A1", "fileName": "a.wav", "fileSize": "12", "mediaFileType": "WAV", "level": "REGION"},
             "shuffle": false}
            """);
        h.Mock.On(HttpMethod.Put, $"telephony/config/people/{PersonId}/musicOnHold").Respond(HttpStatusCode.NoContent);
        var api = h.Api.PersonSettings.MusicOnHold;

        var moh = await api.ReadAsync(PersonId);
        await api.ConfigureAsync(PersonId, moh with { MohEnabled = false });

        JsonAssert.Equal("""
            {"mohEnabled": false, "greeting": "CUSTOM",
             "audioAnnouncementFile": {"id": "A1", "fileName": "a.wav", "mediaFileType": "WAV", "level": "REGION"}, "shuffle": false}
            """, h.Requests[^1].Body);
    }
}
