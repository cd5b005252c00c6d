namespace WebexCalling.Sdk.Telephony.CallQueue;

public sealed partial record CallForwarding
{
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
