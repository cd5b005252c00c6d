using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

// Mode management endpoints are newer than the April 2025 reference: answers are built from wxc_sdk's models.
public class ModeManagementApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string Base = $"telephony/config/people/{PersonId}/modeManagement";

    [Fact]
    public async Task AvailableFeaturesAsync_WithFilters_PaginatesOverFeatures()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Base}/availableFeatures?name=Sales&phoneNumber=%2B1&extension=5&order=name&orgId=O1").RespondJson("""
            {"features": [{"id": "F1", "name": "Sales AA", "type": "AUTO_ATTENDANT", "phoneNumber": "+14085550100", "extension": "5100"},
                          {"id": "F2", "name": "Sales Q", "type": "CALL_QUEUE", "extension": "5200"}]}
            """);

        var features = await h.Api.PersonSettings.ModeManagement.AvailableFeaturesAsync(PersonId, "Sales", "+1", "5", "name", "O1").ToListAsync();

        Assert.Equal(2, features.Count);
        Assert.Equal(ModeManagementFeatureType.AutoAttendant, features[0].Type);
        Assert.Equal("+14085550100", features[0].PhoneNumber);
        Assert.Equal(ModeManagementFeatureType.CallQueue, features[1].Type);
    }

    [Fact]
    public async Task AssignedFeaturesAsync_ParsesFeatures()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Base}/features?orgId=O1").RespondJson("""
            {"features": [{"id": "F3", "name": "Support HG", "type": "HUNT_GROUP", "extension": "5300", "modeBasedForwardingEnabled": true,
              "forwardDestination": "+14085550300", "currentOperatingModeName": "Night", "currentOperatingModeId": "OM1",
              "exceptionType": "AUTOMATIC_SWITCH_BACK_EARLY_START", "location": {"id": "L1", "name": "HQ"}}]}
            """);

        var features = await h.Api.PersonSettings.ModeManagement.AssignedFeaturesAsync(PersonId, "O1");

        var feature = Assert.Single(features);
        Assert.Equal(ModeManagementFeatureType.HuntGroup, feature.Type);
        Assert.True(feature.ModeBasedForwardingEnabled);
        Assert.Equal("Night", feature.CurrentOperatingModeName);
        Assert.Equal(ExceptionType.AutomaticSwitchBackEarlyStart, feature.ExceptionType);
        Assert.Equal("HQ", feature.Location!.Name);
    }

    [Fact]
    public async Task AssignFeaturesAsync_SendsFeatureIds()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{Base}/features").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.ModeManagement.AssignFeaturesAsync(PersonId, ["F1", "F3"]);

        JsonAssert.Equal("""{"featureIds": ["F1", "F3"]}""", h.Single().Body);
    }

    [Fact]
    public async Task AssignFeaturesAsync_NullIds_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentNullException>(() => h.Api.PersonSettings.ModeManagement.AssignFeaturesAsync(PersonId, null!));

        Assert.Empty(h.Requests);
    }
}
