using System.Text;

namespace WebexCalling.Sdk.PersonSettings;

public sealed partial record VoicemailPasscode
{
    // records print every property; the passcode must not reach logs
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Passcode = ").Append(Passcode is null ? "" : "***");
        return true;
    }
}
