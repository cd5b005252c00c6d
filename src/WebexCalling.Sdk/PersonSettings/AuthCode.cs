using System.Text;

namespace WebexCalling.Sdk.PersonSettings;

public sealed partial record AuthCode
{
    // records print every property; an access code is a secret and must not reach logs
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Code = ").Append(Code is null ? "" : "***")
            .Append(", Description = ").Append(Description)
            .Append(", Level = ").Append(Level);
        return true;
    }
}
