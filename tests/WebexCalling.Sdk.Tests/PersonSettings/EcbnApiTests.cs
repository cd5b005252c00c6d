using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class EcbnApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ReadAsync_WithOrgId_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/emergencyCallbackNumber?orgId=O1").RespondJson(ApiHarness.Sample("person_ecbn"));

        var ecbn = await h.Api.PersonSettings.Ecbn.ReadAsync(PersonId, "O1");

        Assert.Equal(EcbnSelection.DirectLine, ecbn.Selected);
        Assert.Equal("+18164196065", ecbn.DirectLineInfo!.PhoneNumber);
        Assert.Equal(EcbnQuality.Recommended, ecbn.DirectLineInfo.Quality);
        Assert.Equal(EcbnEffectiveLevel.DirectLine, ecbn.LocationEcbnInfo!.EffectiveLevel);
        Assert.Equal(EcbnEffectiveLevel.LocationMemberNumber, ecbn.LocationMemberInfo!.EffectiveLevel);
        Assert.Equal(UserType.Place, ecbn.LocationMemberInfo.MemberType);
        Assert.Equal("Y2lzY29zcGFyazovL3VzL1BMQUNFLzExYTNmOTkwLWE2ODktNDc3ZC1iZTZiLTcxMjAwMjVkOGFiYg", ecbn.LocationMemberInfo.MemberId);
    }

    [Fact]
    public async Task ConfigureAsync_SendsSelectionAndOptionalFields()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"telephony/config/people/{PersonId}/emergencyCallbackNumber?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.Ecbn.ConfigureAsync(PersonId, EcbnSelection.LocationMemberNumber, locationMemberId: "M1",
            elinEnabled: true, orgId: "O1");

        JsonAssert.Equal("""{"selected": "LOCATION_MEMBER_NUMBER", "locationMemberId": "M1", "elinEnabled": true}""", h.Single().Body);
    }

    [Fact]
    public async Task ConfigureAsync_OnlySelection_SendsOnlySelection()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"telephony/config/people/{PersonId}/emergencyCallbackNumber").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.Ecbn.ConfigureAsync(PersonId, EcbnSelection.DirectLine, elinForWebexAppEnabled: false);

        JsonAssert.Equal("""{"selected": "DIRECT_LINE", "elinForWebexAppEnabled": false}""", h.Single().Body);
    }

    [Fact]
    public async Task DependenciesAsync_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/emergencyCallbackNumber/dependencies")
            .RespondJson(ApiHarness.Sample("person_ecbn_dependencies"));

        var dependencies = await h.Api.PersonSettings.Ecbn.DependenciesAsync(PersonId);

        Assert.True(dependencies.IsLocationEcbnDefault);
        Assert.False(dependencies.IsSelfEcbnDefault);
        Assert.Equal(0, dependencies.DependentMemberCount);
    }

    [Fact]
    public async Task ReadAsync_UnknownLevel_IsKept()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/emergencyCallbackNumber")
            .RespondJson("""{"selected": "SOMETHING_NEW", "defaultInfo": {"effectiveValue": "+1", "quality": "MAYBE"}}""");

        var ecbn = await h.Api.PersonSettings.Ecbn.ReadAsync(PersonId);

        Assert.Equal("SOMETHING_NEW", ecbn.Selected!.Value.Value);
        Assert.False(ecbn.DefaultInfo!.Quality!.Value.IsKnown);
    }
}
