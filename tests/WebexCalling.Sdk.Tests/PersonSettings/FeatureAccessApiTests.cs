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

    // no official example: shaped like the reference's UserSettingsPermissionsGet schema
    private const string UserAnswer = """
        {"userOrgSettingsPermissionEnabled": false,
         "userSettingsPermissions": {"anonymousCallRejection": "FULL_ACCESS", "bargeIn": "NO_ACCESS", "callForwarding": "FULL_ACCESS",
           "voicemailDownload": "NO_ACCESS", "speedDial": "FULL_ACCESS", "generateActivationCode": "NO_ACCESS"}}
        """;

    [Fact]
    public async Task ReadDefaultAsync_WithOrgId_ParsesLevels()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{DefaultPath}?orgId=O1").RespondJson("""
            {"anonymousCallRejection": "FULL_ACCESS", "selectivelyAcceptCalls": "NO_ACCESS", "voicemailEmailCopy": "FULL_ACCESS"}
            """);

        var defaults = await h.Api.PersonSettings.FeatureAccess.ReadDefaultAsync(orgId: "O1");

        Assert.Equal(FeatureAccessLevel.FullAccess, defaults.AnonymousCallRejection);
        Assert.Equal(FeatureAccessLevel.NoAccess, defaults.SelectivelyAcceptCalls);
        Assert.Equal(FeatureAccessLevel.FullAccess, defaults.VoicemailEmailCopy);
        Assert.Null(defaults.BargeIn);
    }

    [Fact]
    public async Task UpdateDefaultAsync_SendsOnlySetLevelsAndOrgId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{DefaultPath}?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.FeatureAccess.UpdateDefaultAsync(
            new FeatureAccessSettings { CallWaiting = FeatureAccessLevel.NoAccess }, orgId: "O1");

        JsonAssert.Equal("""{"callWaiting": "NO_ACCESS"}""", h.Single().Body);
    }

    [Fact]
    public async Task ReadAsync_ParsesPersonSettings()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet(PersonPath).RespondJson(UserAnswer);

        var settings = await h.Api.PersonSettings.FeatureAccess.ReadAsync(PersonId);

        Assert.False(settings.UserOrgSettingsPermissionEnabled);
        Assert.Equal(FeatureAccessLevel.NoAccess, settings.UserSettingsPermissions!.BargeIn);
        Assert.Equal(FeatureAccessLevel.FullAccess, settings.UserSettingsPermissions.SpeedDial);
    }

    [Fact]
    public async Task ReadThenUpdate_UnknownFeatureAndLevel_AreSentBack()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet(PersonPath).RespondJson("""
            {"userOrgSettingsPermissionEnabled": false,
             "userSettingsPermissions": {"bargeIn": "READ_ONLY", "holoCalls": "FULL_ACCESS"}}
            """);
        h.Mock.On(HttpMethod.Put, PersonPath).Respond(HttpStatusCode.NoContent);

        var settings = await h.Api.PersonSettings.FeatureAccess.ReadAsync(PersonId);
        await h.Api.PersonSettings.FeatureAccess.UpdateAsync(PersonId,
            settings.UserSettingsPermissions! with { CallNotify = FeatureAccessLevel.NoAccess });

        JsonAssert.Equal("""{"bargeIn": "READ_ONLY", "holoCalls": "FULL_ACCESS", "callNotify": "NO_ACCESS"}""", h.Requests[1].Body);
    }

    [Fact]
    public async Task ResetAsync_PostsWithoutBody()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"{PersonPath}/actions/reset/invoke").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.FeatureAccess.ResetAsync(PersonId);

        Assert.Equal(HttpMethod.Post, h.Single().Method);
        Assert.Null(h.Single().Body);
    }

    [Fact]
    public async Task ResetAsync_EmptyId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.PersonSettings.FeatureAccess.ResetAsync(""));

        Assert.Empty(h.Requests);
    }
}
