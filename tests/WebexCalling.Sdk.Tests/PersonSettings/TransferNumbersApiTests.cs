using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class TransferNumbersApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string Path = $"people/{PersonId}/features/outgoingPermission/autoTransferNumbers";

    [Fact]
    public async Task ConfigureAsync_EmptyStringClearsANumber_NullIsNotSent()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, Path).Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.PermissionsOut.TransferNumbers.ConfigureAsync(PersonId, new AutoTransferNumbers
        {
            UseCustomTransferNumbers = true,
            AutoTransferNumber1 = "+1205553650",
            AutoTransferNumber2 = "",
        });

        JsonAssert.Equal("""{"useCustomTransferNumbers": true, "autoTransferNumber1": "+1205553650", "autoTransferNumber2": ""}""",
            h.Single().Body);
    }
}
