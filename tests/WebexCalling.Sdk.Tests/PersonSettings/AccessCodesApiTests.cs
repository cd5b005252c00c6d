using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class AccessCodesApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string Path = $"telephony/config/people/{PersonId}/outgoingPermission/accessCodes";

    [Fact]
    public async Task ModifyAsync_NothingGiven_SendsEmptyObject()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, Path).Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.PermissionsOut.AccessCodes.ModifyAsync(PersonId);

        JsonAssert.Equal("{}", h.Single().Body);
    }

    [Fact]
    public async Task CreateAsync_NullDescription_SendsOnlyTheCode()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, Path).Respond(HttpStatusCode.Created);

        await h.Api.PersonSettings.PermissionsOut.AccessCodes.CreateAsync(PersonId, "4856", null);

        JsonAssert.Equal("""{"code": "4856"}""", h.Single().Body);
    }

    [Fact]
    public async Task CreateAsync_EmptyCode_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.PersonSettings.PermissionsOut.AccessCodes.CreateAsync(PersonId, "", "d"));

        Assert.Empty(h.Requests);
    }
}
