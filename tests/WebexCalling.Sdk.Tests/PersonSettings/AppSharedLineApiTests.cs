using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class AppSharedLineApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task SearchMembersAsync_WithFilters_SendsQueryAndParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/applications/availableMembers?order=lname&location=L1&name=John&phoneNumber=123&extension=0000&orgId=O1")
            .RespondJson(ApiHarness.Sample("person_app_shared_line_available_members"));

        var members = await h.Api.PersonSettings.AppSharedLine.SearchMembersAsync(PersonId, order: "lname", location: "L1", name: "John",
            phoneNumber: "123", extension: "0000", orgId: "O1").ToListAsync();

        var john = Assert.Single(members);
        Assert.Equal("Y2lzY29zcGFyazovL3VzL1BFT1BMRS85ODhiYTQyOC0zMjMyLTRmNjItYjUyNS1iZDUzZmI4Nzc0MWE", john.MemberId);
        Assert.Equal(SettingsLineType.SharedCallAppearance, john.LineType);
        Assert.Equal("12340000", john.Esn);
        Assert.Equal("MainOffice", john.Location!.Name);
    }

    [Fact]
    public async Task MembersCountAsync_SendsFiltersAndReturnsTotalCount()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/applications/availableMembers/count?locationId=L1&memberName=Jo&phoneNumber=1&extension=2&orgId=O1")
            .RespondJson("""{"totalCount": 42}""");

        int count = await h.Api.PersonSettings.AppSharedLine.MembersCountAsync(PersonId, "L1", "Jo", "1", "2", "O1");

        Assert.Equal(42, count);
    }

    [Fact]
    public async Task GetMembersAsync_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/applications/members").RespondJson(ApiHarness.Sample("person_app_shared_line_members"));

        var result = await h.Api.PersonSettings.AppSharedLine.GetMembersAsync(PersonId);

        Assert.Equal("Business Communicator - PC", result.Model);
        Assert.Equal(10, result.MaxLineCount);
        var member = Assert.Single(result.Members!);
        Assert.True(member.PrimaryOwner); // a string on the wire
        Assert.Equal("198.168.0.1", member.HostIp);
        Assert.Equal("198.168.0.2", member.RemoteIp);
        Assert.Equal("share line label", member.LineLabel);
        Assert.Equal(UserType.People, member.MemberType);
        Assert.True(member.HotlineEnabled);
        Assert.Equal(1, member.Port);
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
