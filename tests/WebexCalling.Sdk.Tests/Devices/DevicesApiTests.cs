using System.Net;
using System.Text.Json;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Devices;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Devices;

/// <summary>The hand-written JSON patches of <c>api.Devices</c> and <c>api.DeviceConfigurations</c>.</summary>
public class DevicesApiTests
{
    [Fact]
    public async Task ModifyDeviceTagsAsync_Replace_SendsOnePatchOperationOnTags()
    {
        using var h = new ApiHarness();
        h.Mock.Fallback.Respond(_ => ApiHarness.Json(HttpStatusCode.OK, ApiHarness.Sample("device_tags")));

        var device = await h.Api.Devices.ModifyDeviceTagsAsync("dev-1", DeviceTagOp.Replace, ["First Tag", "Second Tag"], orgId: "org-1");

        var request = h.Single();
        Assert.Equal("PATCH", request.Method.Method);
        Assert.Equal("/v1/devices/dev-1?orgId=org-1", request.PathAndQuery);
        JsonAssert.Same(ApiHarness.Sample("device_tags_request"), request.Body);
        ExampleAssert.Typed(ApiHarness.Sample("device_tags"), device);
    }

    [Fact]
    public async Task UpdateAsync_ReplaceAndRemove_SendsPathsOfTheConfiguredValue()
    {
        using var h = new ApiHarness();
        h.Mock.Fallback.Respond(_ => ApiHarness.Json(HttpStatusCode.OK, ApiHarness.Sample("device_configurations_update")));

        var result = await h.Api.DeviceConfigurations.UpdateAsync("dev-1",
        [
            new DeviceConfigurationOperation { Op = DeviceConfigurationOp.Replace, Key = "Audio.Ultrasound.MaxVolume", Value = JsonSerializer.SerializeToElement(50) },
            new DeviceConfigurationOperation { Op = DeviceConfigurationOp.Remove, Key = "Conference.MaxReceiveCallRate" },
        ]);

        var request = h.Single();
        Assert.Equal("PATCH", request.Method.Method);
        Assert.Equal("/v1/deviceConfigurations?deviceId=dev-1", request.PathAndQuery);
        JsonAssert.Same(ApiHarness.Sample("device_configurations_update_request"), request.Body);
        ExampleAssert.Typed(ApiHarness.Sample("device_configurations_update"), result);
    }
}
