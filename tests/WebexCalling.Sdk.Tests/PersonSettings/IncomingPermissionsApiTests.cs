using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class IncomingPermissionsApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string Path = $"people/{PersonId}/features/incomingPermission";

    [Fact]
    public async Task ReadAsync_OfficialExample_ParsesAllFields()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Path}?orgId=O1").RespondJson(ApiHarness.Sample("person_incoming_permission"));

        var settings = await h.Api.PersonSettings.PermissionsIn.ReadAsync(PersonId, orgId: "O1");

        Assert.False(settings.UseCustomEnabled);
        Assert.Equal(ExternalTransfer.AllowAllExternal, settings.ExternalTransfer);
        Assert.True(settings.InternalCallsEnabled);
        Assert.True(settings.CollectCallsEnabled);
    }

    [Fact]
    public async Task ConfigureAsync_SendsSettingsToFeaturePath()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, Path).Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.PermissionsIn.ConfigureAsync(PersonId, new IncomingPermissions
        {
            UseCustomEnabled = true,
            ExternalTransfer = ExternalTransfer.BlockAllExternal,
            InternalCallsEnabled = false,
        });

        Assert.Equal(HttpMethod.Put, h.Single().Method);
        JsonAssert.Equal("""{"useCustomEnabled": true, "externalTransfer": "BLOCK_ALL_EXTERNAL", "internalCallsEnabled": false}""",
            h.Single().Body);
    }

    [Fact]
    public async Task ReadThenConfigure_UnknownFieldAndEnumValue_AreSentBack()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet(Path).RespondJson("""{"useCustomEnabled": false, "externalTransfer": "ALLOW_NEW_THING", "futureFlag": 7}""");
        h.Mock.On(HttpMethod.Put, Path).Respond(HttpStatusCode.NoContent);

        var settings = await h.Api.PersonSettings.PermissionsIn.ReadAsync(PersonId);
        await h.Api.PersonSettings.PermissionsIn.ConfigureAsync(PersonId, settings with { UseCustomEnabled = true });

        Assert.False(settings.ExternalTransfer!.Value.IsKnown);
        JsonAssert.Equal("""{"useCustomEnabled": true, "externalTransfer": "ALLOW_NEW_THING", "futureFlag": 7}""", h.Requests[1].Body);
    }

    [Fact]
    public async Task ConfigureAsync_NullSettings_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentNullException>(() => h.Api.PersonSettings.PermissionsIn.ConfigureAsync(PersonId, null!));

        Assert.Empty(h.Requests);
    }
}
