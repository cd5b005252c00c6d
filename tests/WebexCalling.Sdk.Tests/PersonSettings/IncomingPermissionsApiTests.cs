using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class IncomingPermissionsApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string Path = $"people/{PersonId}/features/incomingPermission";

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
