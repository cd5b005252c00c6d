using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class FeatureAccessApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string DefaultPath = "telephony/config/people/settings/permissions";
    private const string PersonPath = $"telephony/config/people/{PersonId}/settings/permissions";


    [Fact]
    public async Task ReadThenUpdate_UnknownFeatureAndLevel_AreSentBack()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet(PersonPath).RespondJson("""
            {"userOrgSettingsPermissionEnabled": false,
             "userOrgSettingsPermissions": {"bargeIn": "READ_ONLY", "holoCalls": "FULL_ACCESS"}}
            """);
        h.Mock.On(HttpMethod.Put, PersonPath).Respond(HttpStatusCode.NoContent);

        var settings = await h.Api.PersonSettings.FeatureAccess.ReadAsync(PersonId);
        await h.Api.PersonSettings.FeatureAccess.UpdateAsync(PersonId,
            settings.UserSettingsPermissions! with { CallNotify = FeatureAccessLevel.NoAccess });

        JsonAssert.Equal("""{"bargeIn": "READ_ONLY", "holoCalls": "FULL_ACCESS", "callNotify": "NO_ACCESS"}""", h.Requests[1].Body);
    }

    [Fact]
    public async Task ResetAsync_EmptyId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.PersonSettings.FeatureAccess.ResetAsync(""));

        Assert.Empty(h.Requests);
    }
}
