using System.Text;

namespace WebexCalling.Sdk.Telephony.OrganisationVoicemail;

// The properties are generated from tools/api/telephony/organisation-voicemail.yml (VoiceMailRules.g.cs). Records
// print every property; the default passcode is a secret, so ToString masks it.
public sealed partial record VoiceMailRules
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("DefaultVoicemailPinRules = ").Append(DefaultVoicemailPinRules?.ToString() ?? "null");
        builder.Append(", DefaultVoicemailPinEnabled = ").Append(DefaultVoicemailPinEnabled?.ToString() ?? "null");
        builder.Append(", DefaultVoicemailPin = ").Append(DefaultVoicemailPin is null ? "null" : "***");
        builder.Append(", ExpirePasscode = ").Append(ExpirePasscode?.ToString() ?? "null");
        builder.Append(", ChangePasscode = ").Append(ChangePasscode?.ToString() ?? "null");
        builder.Append(", BlockPreviousPasscodes = ").Append(BlockPreviousPasscodes?.ToString() ?? "null");
        return true;
    }
}
