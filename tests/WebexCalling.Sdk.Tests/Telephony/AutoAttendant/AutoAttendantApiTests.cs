using System.Net;
using System.Text.Json.Nodes;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Telephony.AutoAttendant;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Telephony.AutoAttendant;

/// <summary>What the generated request tests of <see cref="AutoAttendantApi"/> do not show: a read sent back as an update.</summary>
public class AutoAttendantApiTests
{
    private const string Path = "telephony/config/locations/L1/autoAttendants/A1";

    [Fact]
    public async Task UpdateAsync_ReadChangedWithWith_SendsMenuFilesWithoutSizeAndKeepsUnknownFields()
    {
        using var h = new ApiHarness();
        var details = JsonNode.Parse(ApiHarness.Sample("auto_attendant_details"))!.AsObject();
        var file = details["businessHoursMenu"]!["audioAnnouncementFile"]!.AsObject();
        file["fileSize"] = "120";
        file["isTextToSpeech"] = false;
        details["businessHoursMenu"]!["futureOption"] = "ON";
        h.Mock.OnGet(Path).RespondJson(details.ToJsonString());
        h.Mock.When(HttpMethod.Put, ApiHarness.Url(Path)).Respond(HttpStatusCode.NoContent);
        var api = h.Api.Telephony.AutoAttendant;

        var attendant = await api.DetailsAsync("L1", "A1");
        var menu = attendant.BusinessHoursMenu!;
        await api.UpdateAsync("L1", "A1", attendant with
        {
            BusinessHoursMenu = menu with
            {
                KeyConfigurations = [.. menu.KeyConfigurations!, new AutoAttendantKeyConfiguration { Key = MenuKey.Pound, Action = AutoAttendantAction.RepeatMenu }],
                CallTreatment = menu.CallTreatment! with { NoInputTimer = 30 },
            },
        });

        Assert.Equal("L1", attendant.LocationId);
        Assert.Equal("120", attendant.BusinessHoursMenu!.AudioAnnouncementFile!.FileSize);
        var sent = JsonNode.Parse(h.Requests[1].Body!)!.AsObject();
        foreach (string readOnly in new[] { "id", "enabled", "tollFreeNumber", "routingPrefix", "esn", "language", "locationId" })
            Assert.False(sent.ContainsKey(readOnly), readOnly);
        var sentMenu = sent["businessHoursMenu"]!.AsObject();
        Assert.Equal(["fileName", "id", "level", "mediaFileType"], sentMenu["audioAnnouncementFile"]!.AsObject().Select(kv => kv.Key).Order());
        Assert.Equal("ON", (string?)sentMenu["futureOption"]);
        Assert.Equal("30", (string?)sentMenu["callTreatment"]!["noInputTimer"]);
        var last = sentMenu["keyConfigurations"]!.AsArray()[^1]!;
        Assert.Equal("#", (string?)last["key"]);
        Assert.Equal("REPEAT_MENU", (string?)last["action"]);
        Assert.Equal(7 + 1, sentMenu["keyConfigurations"]!.AsArray().Count);
    }
}
