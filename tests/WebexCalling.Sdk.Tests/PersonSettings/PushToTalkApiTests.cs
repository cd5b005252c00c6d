using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class PushToTalkApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string AliceId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS82MWU3MDlkNy1hM2IxLTQ2MDctOTBiOC04NmE5MDgxYWFkNmE";
    private const string BobId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9jMTQzMzhkNS02YTdjLTRiZjYtOTFiMS0zYmM2ZWMzMGJiMTE";

    [Fact]
    public async Task ReadAsync_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/pushToTalk").RespondJson(ApiHarness.Sample("person_push_to_talk"));

        var ptt = await h.Api.PersonSettings.PushToTalk.ReadAsync(PersonId);

        Assert.True(ptt.AllowAutoAnswer);
        Assert.Equal(PttConnectionType.OneWay, ptt.ConnectionType);
        Assert.Equal(PushToTalkAccessType.AllowMembers, ptt.AccessType);
        Assert.Equal(2, ptt.Members!.Count);
        Assert.Equal("Paragville", ptt.Members[0].Location!.Name);
        Assert.Equal(BobId, ptt.Members[1].MemberId);
        Assert.Equal("1099", ptt.Members[1].Numbers![0].Extension);
    }

    [Fact]
    public async Task ConfigureAsync_SendsMembersAsIdsAndKeepsUnknownValues()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/pushToTalk").RespondJson(ApiHarness.Sample("person_push_to_talk")
            .Replace("\"ONE_WAY\"", "\"CONFERENCE\""));
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/pushToTalk?orgId=O1").Respond(HttpStatusCode.NoContent);
        var api = h.Api.PersonSettings.PushToTalk;

        var ptt = await api.ReadAsync(PersonId);
        await api.ConfigureAsync(PersonId, ptt with { AccessType = PushToTalkAccessType.BlockMembers }, orgId: "O1");

        JsonAssert.Equal($$"""
            {"accessType": "BLOCK_MEMBERS", "allowAutoAnswer": true, "connectionType": "CONFERENCE", "members": ["{{AliceId}}", "{{BobId}}"]}
            """, h.Requests[^1].Body);
    }
}
