using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class AccessCodesApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string Path = $"telephony/config/people/{PersonId}/outgoingPermission/accessCodes";

    [Fact]
    public async Task ReadAsync_OfficialExample_ParsesCodes()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Path}?orgId=O1").RespondJson(ApiHarness.Sample("outgoing_permission_access_codes"));

        var codes = await h.Api.PersonSettings.PermissionsOut.AccessCodes.ReadAsync(PersonId, orgId: "O1");

        var code = Assert.Single(codes.AccessCodes!);
        Assert.Equal("4856", code.Code);
        Assert.Equal("Marketing's access code", code.Description);
    }

    [Fact]
    public async Task ReadAsync_Level_IsParsed()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet(Path).RespondJson("""
            {"useCustomAccessCodes": true, "accessCodes": [{"code": "1", "description": "d", "level": "LOCATION"}]}
            """);

        var codes = await h.Api.PersonSettings.PermissionsOut.AccessCodes.ReadAsync(PersonId);

        Assert.True(codes.UseCustomAccessCodes);
        Assert.Equal(AuthCodeLevel.Location, codes.AccessCodes![0].Level);
    }

    [Fact]
    public async Task ModifyAsync_SendsFlagAndCodesToDelete()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{Path}?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.PermissionsOut.AccessCodes.ModifyAsync(PersonId, useCustomAccessCodes: true,
            deleteCodes: ["4856", "1234"], orgId: "O1");

        JsonAssert.Equal("""{"useCustomAccessCodes": true, "deleteCodes": ["4856", "1234"]}""", h.Single().Body);
    }

    [Fact]
    public async Task ModifyAsync_NothingGiven_SendsEmptyObject()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, Path).Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.PermissionsOut.AccessCodes.ModifyAsync(PersonId);

        JsonAssert.Equal("{}", h.Single().Body);
    }

    [Fact]
    public async Task CreateAsync_PostsCodeAndDescription()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, Path).Respond(HttpStatusCode.Created);

        await h.Api.PersonSettings.PermissionsOut.AccessCodes.CreateAsync(PersonId, "4856", "Marketing");

        Assert.Equal(HttpMethod.Post, h.Single().Method);
        JsonAssert.Equal("""{"code": "4856", "description": "Marketing"}""", h.Single().Body);
    }

    [Fact]
    public async Task DeleteAsync_SendsDeleteWithOrgId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Delete, $"{Path}?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.PermissionsOut.AccessCodes.DeleteAsync(PersonId, orgId: "O1");

        Assert.Equal(HttpMethod.Delete, h.Single().Method);
    }
}
