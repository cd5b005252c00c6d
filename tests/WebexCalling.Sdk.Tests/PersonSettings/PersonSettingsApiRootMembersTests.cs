using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

// The members of PersonSettingsApi that belong to no single setting (wxc_sdk PersonSettingsApi methods), beyond the
// generated request tests (PersonSettingsApiRequestTests.g.cs).
public class PersonSettingsApiRootMembersTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ModifyAsync_SendsOnlyTheGivenFields()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"telephony/config/people/{PersonId}").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.ModifyAsync(PersonId, timeZone: "Europe/Berlin");

        JsonAssert.Equal("""{"timeZone": "Europe/Berlin"}""", h.Single().Body);
    }

    [Fact]
    public async Task UpdateCallCaptionsSettingsAsync_LeavesOutTheLocationValuesAndKeepsUnknownFields()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/callCaptions").RespondJson("""
            {"userClosedCaptionsEnabled": true, "locationClosedCaptionsEnabled": true, "locationTranscriptsEnabled": false, "newOne": 1}
            """);
        h.Mock.On(HttpMethod.Put, $"telephony/config/people/{PersonId}/callCaptions").Respond(HttpStatusCode.NoContent);

        var read = await h.Api.PersonSettings.GetCallCaptionsSettingsAsync(PersonId);
        await h.Api.PersonSettings.UpdateCallCaptionsSettingsAsync(PersonId, read with { UserTranscriptsEnabled = true });

        JsonAssert.Equal("""{"userClosedCaptionsEnabled": true, "userTranscriptsEnabled": true, "newOne": 1}""", h.Requests[1].Body);
    }

    [Fact]
    public async Task DevicesAsync_EmptyId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.PersonSettings.DevicesAsync(""));

        Assert.Empty(h.Requests);
    }
}
