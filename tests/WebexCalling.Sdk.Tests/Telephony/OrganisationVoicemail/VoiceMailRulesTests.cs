using WebexCalling.Sdk.Telephony.OrganisationVoicemail;

namespace WebexCalling.Sdk.Tests.Telephony.OrganisationVoicemail;

public class VoiceMailRulesTests
{
    [Fact]
    public void ToString_WithDefaultPasscode_MasksItAndPrintsTheRest()
    {
        var rules = new VoiceMailRules
        {
            DefaultVoicemailPinEnabled = true,
            DefaultVoicemailPin = "580913",
            ExpirePasscode = new EnabledAndNumberOfDays { Enabled = true, NumberOfDays = 45 },
        };

        string text = rules.ToString();

        Assert.DoesNotContain("580913", text, StringComparison.Ordinal);
        Assert.Contains("DefaultVoicemailPin = ***", text, StringComparison.Ordinal);
        Assert.Contains("NumberOfDays = 45", text, StringComparison.Ordinal);
        Assert.Contains("DefaultVoicemailPinEnabled = True", text, StringComparison.Ordinal);
    }
}
