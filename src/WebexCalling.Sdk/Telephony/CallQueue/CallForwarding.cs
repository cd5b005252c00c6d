using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>Call forwarding of a call queue, hunt group or auto attendant.</summary>
public sealed record CallForwarding
{
    /// <summary>Forward all calls.</summary>
    public ForwardingSetting? Always { get; init; }

    /// <summary>Forward calls matching the rules.</summary>
    public ForwardingSetting? Selective { get; init; }

    /// <summary>The selective forwarding rules.</summary>
    public IReadOnlyList<ForwardingRule>? Rules { get; init; }

    /// <summary>Forwarding by operating mode.</summary>
    public ForwardOperatingModes? OperatingModes { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>
    /// The update body, as wxc_sdk's <c>update()</c> builds it: rules carry only id and enabled; operating modes
    /// without the read-only current mode, exception type, names, kinds, levels and mode defaults.
    /// </summary>
    internal CallForwarding ForUpdate() => this with
    {
        Rules = Rules?.Select(r => r is null ? r! : r with { CallsFrom = null, ForwardTo = null, CallsTo = null, Name = null }).ToList(),
        OperatingModes = OperatingModes is null ? null : OperatingModes with
        {
            CurrentOperatingModeId = null,
            ExceptionType = null,
            Modes = OperatingModes.Modes?.Select(m => m is null ? m! : m with
            {
                Name = null,
                Type = null,
                Level = null,
                ForwardTo = m.ForwardTo is null ? null : m.ForwardTo with
                {
                    DefaultDestination = null,
                    DefaultDestinationVoicemailEnabled = null,
                    DefaultForwardToSelection = null,
                },
            }).ToList(),
        },
    };
}
