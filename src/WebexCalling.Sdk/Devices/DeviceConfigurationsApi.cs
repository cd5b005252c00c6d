using System.Text.Json;
using System.Text.Json.Nodes;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Devices;

// The members generated from tools/api/device-configurations.yml are in DeviceConfigurationsApi.g.cs.
public partial class DeviceConfigurationsApi
{
    /// <summary>Sets or removes configured values of a device and returns the changed configurations.</summary>
    /// <param name="deviceId">The device.</param>
    /// <param name="operations">The changes: replace sets a key's configured value, remove returns it to the default.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The configurations the operations changed.</returns>
    /// <remarks>
    /// Scopes: <c>spark-admin:devices_write</c>. The body is a JSON patch: each operation's path is
    /// <c>&lt;key&gt;/sources/configured/value</c>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="operations"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<DeviceConfigurationResponse> UpdateAsync(string deviceId,
        IEnumerable<DeviceConfigurationOperation> operations, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deviceId);
        ArgumentNullException.ThrowIfNull(operations);
        var body = new JsonArray();
        foreach (var operation in operations)
        {
            var item = new JsonObject { ["op"] = operation.Op?.Value, ["path"] = operation.Key + "/sources/configured/value" };
            if (operation.Value is { ValueKind: not JsonValueKind.Undefined } value)
                item["value"] = JsonNode.Parse(value.GetRawText());
            body.Add((JsonNode)item);
        }
        return Session.PatchAsync("deviceConfigurations", new Query { ["deviceId"] = deviceId }, (JsonNode)body,
            DevicesJson.Default.JsonNode, DevicesJson.Default.DeviceConfigurationResponse, cancellationToken);
    }
}
