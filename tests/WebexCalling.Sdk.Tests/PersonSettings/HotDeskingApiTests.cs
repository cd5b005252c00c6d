using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

// Hot-desking member endpoints are newer than the April 2025 reference: answers are built from wxc_sdk's models.
public class HotDeskingApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string Base = $"telephony/config/people/{PersonId}/features/hotDesking";

    [Fact]
    public async Task AvailableMembersAsync_WithFilters_SendsQueryAndParses()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Base}/availableMembers?orgId=O1&locationId=L1&memberName=Jo&phoneNumber=%2B1&extension=12&order=lname,fname")
            .RespondJson("""
                {"members": [{"id": "M1", "firstName": "John", "lastName": "Doe", "phoneNumber": "+14085551234", "extension": "1234",
                  "routingPrefix": "8", "esn": "81234", "lineType": "SHARED_CALL_APPEARANCE", "memberType": "PEOPLE",
                  "location": {"id": "L1", "name": "HQ"}}]}
                """);

        var members = await h.Api.PersonSettings.Hotdesking.AvailableMembersAsync(PersonId, "L1", "Jo", "+1", "12", ["lname", "fname"], "O1")
            .ToListAsync();

        var john = Assert.Single(members);
        Assert.Equal("81234", john.Esn);
        Assert.Equal(SettingsLineType.SharedCallAppearance, john.LineType);
        Assert.Equal(UserType.People, john.MemberType);
        Assert.Equal("HQ", john.Location!.Name);
    }

    [Fact]
    public async Task GetMembersAsync_ParsesMembers()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Base}/members?orgId=O1").RespondJson("""
            {"model": "DMS Cisco 8865", "maxLineCount": 10,
             "members": [{"id": "P1", "firstName": "Pat", "primaryOwner": true, "port": 1, "lineType": "PRIMARY", "lineWeight": 1,
                          "hostIP": "10.0.0.1", "remoteIP": "10.0.0.2", "hotlineEnabled": false, "allowCallDeclineEnabled": true,
                          "t38FaxCompressionEnabled": false, "memberType": "PEOPLE", "location": {"id": "L1", "name": "HQ"}}]}
            """);

        var result = await h.Api.PersonSettings.Hotdesking.GetMembersAsync(PersonId, "O1");

        Assert.Equal("DMS Cisco 8865", result.Model);
        Assert.Equal(10, result.MaxLineCount);
        var member = Assert.Single(result.Members!);
        Assert.True(member.PrimaryOwner);
        Assert.Equal("10.0.0.1", member.HostIp);
        Assert.Equal("10.0.0.2", member.RemoteIp);
        Assert.False(member.T38FaxCompressionEnabled);
    }

    [Fact]
    public async Task UpdateMembersAsync_IsAPutThatAssignsPortsWeightsAndPrimaryOwner()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{Base}/members").Respond(HttpStatusCode.NoContent);
        HotDeskingMember[] members =
        [
            new() { Id = PersonId, FirstName = "Pat", LineType = SettingsLineType.Primary, HostIp = "10.0.0.1", Location = new() { Id = "L1" } },
            new() { Id = "M2", LineType = SettingsLineType.SharedCallAppearance, LineWeight = 2, MemberType = UserType.Place },
            new() { Id = "M3", Port = 9, HotlineEnabled = true, HotlineDestination = "1000" },
        ];

        await h.Api.PersonSettings.Hotdesking.UpdateMembersAsync(PersonId, members);

        Assert.Equal(HttpMethod.Put, h.Single().Method);
        JsonAssert.Equal($$"""
            {"members": [
              {"id": "{{PersonId}}", "port": 1, "lineType": "PRIMARY", "lineWeight": 1, "primaryOwner": true},
              {"id": "M2", "port": 2, "lineType": "SHARED_CALL_APPEARANCE", "lineWeight": 2, "memberType": "PLACE", "primaryOwner": false},
              {"id": "M3", "port": 9, "lineWeight": 1, "hotlineEnabled": true, "hotlineDestination": "1000", "primaryOwner": false}
            ]}
            """, h.Single().Body);
    }

    [Fact]
    public async Task UpdateMembersAsync_UnknownFieldsSurviveReadModifyUpdate()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Base}/members").RespondJson("""{"members": [{"id": "M2", "port": 1, "lineType": "NEW_LINE", "lineWeight": 1, "extra": "x"}]}""");
        h.Mock.On(HttpMethod.Put, $"{Base}/members").Respond(HttpStatusCode.NoContent);

        var read = await h.Api.PersonSettings.Hotdesking.GetMembersAsync(PersonId);
        await h.Api.PersonSettings.Hotdesking.UpdateMembersAsync(PersonId, read.Members!);

        JsonAssert.Equal("""{"members": [{"id": "M2", "port": 1, "lineType": "NEW_LINE", "lineWeight": 1, "primaryOwner": false, "extra": "x"}]}""",
            h.Requests[1].Body);
    }
}
