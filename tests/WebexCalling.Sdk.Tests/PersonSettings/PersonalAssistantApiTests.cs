using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (PersonalAssistantApiRequestTests.g.cs).</summary>
public class PersonalAssistantApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string Url = $"telephony/config/people/{PersonId}/features/personalAssistant";

    [Fact]
    public async Task UpdateAsync_UnknownFieldsAndValues_SurviveReadModifyUpdate()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet(Url).RespondJson("""{"enabled": false, "presence": "SABBATICAL", "alerting": "NONE", "mood": "happy"}""");
        h.Mock.On(HttpMethod.Put, Url).Respond(HttpStatusCode.NoContent);

        var read = await h.Api.PersonSettings.PersonalAssistant.GetAsync(PersonId);
        await h.Api.PersonSettings.PersonalAssistant.UpdateAsync(PersonId, read with { Enabled = true });

        JsonAssert.Equal("""{"enabled": true, "presence": "SABBATICAL", "alerting": "NONE", "mood": "happy"}""", h.Requests[1].Body);
    }

    [Fact]
    public async Task UpdateAsync_NullSettings_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentNullException>(() => h.Api.PersonSettings.PersonalAssistant.UpdateAsync(PersonId, null!));

        Assert.Empty(h.Requests);
    }
}
