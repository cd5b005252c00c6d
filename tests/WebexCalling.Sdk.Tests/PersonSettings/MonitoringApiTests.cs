using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class MonitoringApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string JohnId = "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi85OWNlZjRmYS03YTM5LTQ1ZDItOTNmNi1jNjA5YTRiMjgzODY";
    private const string AliceId = "Y2lzY29zcGFyazovL3VzL1ZJUlRVQUxfTElORS83MGY2MzYzMC1mZjlmLTExZWItODU5YS0xZjhiYjRjNzc3OGg=";

    // A realistic answer of the availableMembers endpoints (not in the 2025-04 reference; fields as wxc_sdk reads them).
    private const string AvailableMembers = """
        {"members": [{"id": "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9hYmM", "firstName": "Ada", "lastName": "Lovelace",
          "displayName": "Ada Lovelace", "phoneNumber": "+14085550100", "extension": "0100", "type": "PEOPLE",
          "location": {"id": "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OL2Rldg", "name": "Dev"}},
         {"id": "Y2lzY29zcGFyazovL3VzL1BMQUNFL3h5eg", "displayName": "Lobby", "extension": "0200", "type": "PLACE_NEW"}]}
        """;

    [Fact]
    public async Task ReadAsync_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/monitoring?orgId=O1").RespondJson(ApiHarness.Sample("person_monitoring"));

        var monitoring = await h.Api.PersonSettings.Monitoring.ReadAsync(PersonId, orgId: "O1");

        Assert.True(monitoring.CallParkNotificationEnabled);
        Assert.Equal(2, monitoring.MonitoredElements!.Count);
        var john = monitoring.MonitoredElements[0].Member!;
        Assert.Equal(JohnId, john.MemberId);
        Assert.Equal("Dallas", john.Location);
        Assert.Equal(UserType.People, john.MemberType);
        Assert.Equal("+1-9728138888", john.Numbers![0].External);
        var alice = monitoring.MonitoredElements[1].Member!;
        Assert.Equal(UserType.VirtualLine, alice.MemberType);
        Assert.True(alice.Numbers![0].Primary); // "true" as a string on the wire
    }

    [Fact]
    public async Task ConfigureAsync_SendsTheReferenceBody_FlagAsBooleanAndElementsAsIds()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/monitoring").RespondJson(ApiHarness.Sample("person_monitoring"));
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/monitoring").Respond(HttpStatusCode.NoContent);
        var api = h.Api.PersonSettings.Monitoring;

        var monitoring = await api.ReadAsync(PersonId);
        var elements = monitoring.MonitoredElements!
            .Append(new MonitoredElement { Cpe = new MonitoredElementCpe { Id = "CPE1" } })
            .ToList();
        await api.ConfigureAsync(PersonId, monitoring with { CallParkNotificationEnabled = false, MonitoredElements = elements, AvailableEntriesCount = 48 });

        JsonAssert.Equal($$"""{"enableCallParkNotification": false, "monitoredElements": ["{{JohnId}}", "{{AliceId}}", "CPE1"]}""",
            h.Requests[^1].Body);
    }

    [Fact]
    public async Task ConfigureAsync_KeepsUnknownFields()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/monitoring").RespondJson("""{"callParkNotificationEnabled": true, "monitoredElements": [], "x": 1}""");
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/monitoring").Respond(HttpStatusCode.NoContent);
        var api = h.Api.PersonSettings.Monitoring;

        await api.ConfigureAsync(PersonId, await api.ReadAsync(PersonId));

        JsonAssert.Equal("""{"enableCallParkNotification": true, "monitoredElements": [], "x": 1}""", h.Requests[^1].Body);
    }

    [Fact]
    public async Task GetAvailableMembersForMonitoringAsync_SendsFiltersAndParsesMembers()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/monitoring/availableMembers?locationId=L1&memberName=Ada&phoneNumber=0100&order=lastName-asc,firstName-desc&orgId=O1")
            .RespondJson(AvailableMembers);

        var members = await h.Api.PersonSettings.Monitoring.GetAvailableMembersForMonitoringAsync(PersonId, locationId: "L1",
            memberName: "Ada", phoneNumber: "0100", order: ["lastName-asc", "firstName-desc"], orgId: "O1").ToListAsync();

        Assert.Equal(2, members.Count);
        Assert.Equal("Ada Lovelace", members[0].DisplayName);
        Assert.Equal("+14085550100", members[0].PhoneNumber);
        Assert.Equal(UserType.People, members[0].Type);
        Assert.Equal("Dev", members[0].Location!.Name);
        Assert.False(members[1].Type!.Value.IsKnown);
        Assert.Equal("PLACE_NEW", members[1].Type!.Value.Value);
    }

    [Fact]
    public async Task GetAvailableSpeedDialsForMonitoringAsync_SendsNoQueryWithoutFilters()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/monitoring/speedDials/availableMembers").RespondJson(AvailableMembers);

        var members = await h.Api.PersonSettings.Monitoring.GetAvailableSpeedDialsForMonitoringAsync(PersonId).ToListAsync();

        Assert.Equal($"/v1/telephony/config/people/{PersonId}/monitoring/speedDials/availableMembers", h.Single().PathAndQuery);
        Assert.Equal("0200", members[1].Extension);
    }

    [Fact]
    public void GetAvailableMembersForMonitoringAsync_EmptyId_ThrowsAtTheCall()
    {
        using var h = new ApiHarness();

        Assert.Throws<ArgumentException>(() => h.Api.PersonSettings.Monitoring.GetAvailableMembersForMonitoringAsync(""));
    }
}
