using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (HotDeskingApiRequestTests.g.cs).</summary>
public class HotDeskingApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string Base = $"telephony/config/people/{PersonId}/features/hotDesking";

    [Fact]
    public async Task UpdateMembersAsync_AssignsPortsWeightsAndPrimaryOwnerAndMapsMemberTypes()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{Base}/members").Respond(HttpStatusCode.NoContent);
        HotDeskingMember[] members =
        [
            new() { Id = PersonId, FirstName = "Pat", LineType = SettingsLineType.Primary, HostIp = "10.0.0.1", Location = new() { Id = "L1" },
                MemberType = UserType.People },
            new() { Id = "M2", LineType = SettingsLineType.SharedCallAppearance, LineWeight = 2, MemberType = UserType.Place },
            new() { Id = "M3", Port = 9, HotlineEnabled = true, HotlineDestination = "1000", MemberType = UserType.VirtualLine },
        ];

        await h.Api.PersonSettings.Hotdesking.UpdateMembersAsync(PersonId, members);

        Assert.Equal(HttpMethod.Put, h.Single().Method);
        JsonAssert.Equal($$"""
            {"members": [
              {"id": "{{PersonId}}", "port": 1, "lineType": "PRIMARY", "lineWeight": 1, "memberType": "USER", "primaryOwner": true},
              {"id": "M2", "port": 2, "lineType": "SHARED_CALL_APPEARANCE", "lineWeight": 2, "memberType": "PLACE", "primaryOwner": false},
              {"id": "M3", "port": 9, "lineWeight": 1, "hotlineEnabled": true, "hotlineDestination": "1000", "memberType": "VIRTUAL_PROFILE",
               "primaryOwner": false}
            ]}
            """, h.Single().Body);
    }

    [Fact]
    public async Task UpdateMembersAsync_UnknownFieldsSurviveReadModifyUpdate()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Base}/members")
            .RespondJson("""{"members": [{"id": "M2", "port": 1, "lineType": "NEW_LINE", "lineWeight": 1, "memberType": "PEOPLE", "extra": "x"}]}""");
        h.Mock.On(HttpMethod.Put, $"{Base}/members").Respond(HttpStatusCode.NoContent);

        var read = await h.Api.PersonSettings.Hotdesking.GetMembersAsync(PersonId);
        await h.Api.PersonSettings.Hotdesking.UpdateMembersAsync(PersonId, read.Members!);

        JsonAssert.Equal("""
            {"members": [{"id": "M2", "port": 1, "lineType": "NEW_LINE", "lineWeight": 1, "memberType": "USER", "primaryOwner": false, "extra": "x"}]}
            """, h.Requests[1].Body);
    }
}
