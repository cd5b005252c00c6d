using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class ReceptionistApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ReadAsync_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/reception?orgId=O1").RespondJson(ApiHarness.Sample("person_receptionist"));

        var reception = await h.Api.PersonSettings.Receptionist.ReadAsync(PersonId, orgId: "O1");

        Assert.True(reception.Enabled);
        Assert.Equal(3, reception.MonitoredMembers!.Count);
        Assert.Equal("alice@example.com", reception.MonitoredMembers[0].Email);
        Assert.Equal(UserType.VirtualLine, reception.MonitoredMembers[2].MemberType);
        Assert.True(reception.MonitoredMembers[2].Numbers![0].Primary);
    }

    [Fact]
    public async Task ConfigureAsync_SendsReceptionEnabledAndMemberIds()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/reception").Respond(HttpStatusCode.NoContent);

        var settings = new ReceptionistSettings
        {
            Enabled = true,
            MonitoredMembers = [new SettingsMember { MemberId = "P1", DisplayName = "not sent" }, new SettingsMember { MemberId = "W2" }],
            ExtensionData = new() { ["extra"] = System.Text.Json.JsonDocument.Parse("\"kept\"").RootElement },
        };
        await h.Api.PersonSettings.Receptionist.ConfigureAsync(PersonId, settings);

        JsonAssert.Equal("""{"receptionEnabled": true, "monitoredMembers": ["P1", "W2"], "extra": "kept"}""", h.Single().Body);
    }
}
