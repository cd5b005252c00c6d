using System.Text.Json;
using System.Text.Json.Nodes;
using WebexCalling.Sdk.Rest;
using WebexCalling.Sdk.Workspaces;

namespace WebexCalling.Sdk.Devices;

// The members generated from tools/api/devices.yml are in DevicesApi.g.cs.
public partial class DevicesApi
{
    /// <summary>Adds, removes or replaces the tags of a device and returns the device.</summary>
    /// <param name="deviceId">The device.</param>
    /// <param name="op">Add the tags, remove them, or replace all tags with them.</param>
    /// <param name="value">The tags; for replace, an empty list or null removes every tag.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The device with its new tags.</returns>
    /// <remarks>Scopes: <c>spark-admin:devices_write</c>. The body is a JSON patch of one operation on <c>tags</c>.</remarks>
    /// <exception cref="ArgumentException">The device id is empty or not an id.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<WorkspaceDevice> ModifyDeviceTagsAsync(string deviceId, DeviceTagOp op,
        IEnumerable<string>? value = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        string url = $"devices/{Id(deviceId)}";
        var patch = new DeviceTagPatch { Op = op, Path = "tags", Value = value?.ToList() ?? [] };
        JsonNode body = new JsonArray(JsonSerializer.SerializeToNode(patch, DevicesJson.Default.DeviceTagPatch));
        return Session.PatchAsync(url, new Query { ["orgId"] = orgId }, body, DevicesJson.Default.JsonNode,
            DevicesJson.Default.WorkspaceDevice, cancellationToken);
    }
}
