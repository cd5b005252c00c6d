using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (AppSharedLineApiRequestTests.g.cs).</summary>
public class AppSharedLineApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task MembersCountAsync_NoTotalCount_ReturnsZero()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/applications/availableMembers/count").RespondJson("{}");

        Assert.Equal(0, await h.Api.PersonSettings.AppSharedLine.MembersCountAsync(PersonId));
    }

    [Fact]
    public async Task GetMembersAsync_MembersOutOfPortOrder_ReturnsThemInPortOrder()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/applications/members")
            .RespondJson("""{"members": [{"id": "M3", "port": 3}, {"id": "M0"}, {"id": "M1", "port": 1}]}""");

        var result = await h.Api.PersonSettings.AppSharedLine.GetMembersAsync(PersonId);

        Assert.Equal(["M1", "M3", "M0"], result.Members!.Select(m => m.MemberId));
    }

    [Fact]
    public async Task UpdateMembersAsync_AssignsPortsByWeightAndSendsOnlyAssignableFields()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"telephony/config/people/{PersonId}/applications/members").Respond(HttpStatusCode.NoContent);
        var first = new AppSharedLineMember
        {
            MemberId = "M1", FirstName = "John", LineType = SettingsLineType.SharedCallAppearance, LineWeight = 2, Port = 7,
            HostIp = "1.2.3.4", Location = new IdAndName { Id = "L1" },
        };
        var second = new AppSharedLineMember { MemberId = "M2", LineLabel = "desk", AllowCallDeclineEnabled = false };

        await h.Api.PersonSettings.AppSharedLine.UpdateMembersAsync(PersonId, [first, second]);

        JsonAssert.Equal("""
            {"members": [
              {"id": "M1", "port": 1, "primaryOwner": false, "lineType": "SHARED_CALL_APPEARANCE", "lineWeight": 2, "allowCallDeclineEnabled": true},
              {"id": "M2", "port": 3, "primaryOwner": false, "lineType": "PRIMARY", "lineWeight": 1, "lineLabel": "desk", "allowCallDeclineEnabled": false}
            ]}
            """, h.Single().Body);
    }

    [Fact]
    public async Task UpdateMembersAsync_UnknownFieldsAndValues_SurviveReadModifyUpdate()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/applications/members")
            .RespondJson("""{"model": "x", "maxLineCount": 2, "members": [{"id": "M1", "port": 1, "lineType": "FUTURE_LINE", "lineWeight": 1, "futureFlag": true}]}""");
        h.Mock.On(HttpMethod.Put, $"telephony/config/people/{PersonId}/applications/members").Respond(HttpStatusCode.NoContent);

        var read = await h.Api.PersonSettings.AppSharedLine.GetMembersAsync(PersonId);
        await h.Api.PersonSettings.AppSharedLine.UpdateMembersAsync(PersonId, [read.Members![0] with { LineLabel = "new" }]);

        JsonAssert.Equal("""
            {"members": [{"id": "M1", "port": 1, "primaryOwner": false, "lineType": "FUTURE_LINE", "lineWeight": 1, "lineLabel": "new",
              "allowCallDeclineEnabled": true, "futureFlag": true}]}
            """, h.Requests[1].Body);
    }

    [Fact]
    public async Task UpdateMembersAsync_NullMembers_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentNullException>(() => h.Api.PersonSettings.AppSharedLine.UpdateMembersAsync(PersonId, null!));

        Assert.Empty(h.Requests);
    }
}
