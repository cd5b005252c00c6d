using System.Net;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony.OrganisationVoicemail;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.OrganisationVoicemail;

/// <summary>api.Telephony.OrganisationVoicemail and api.Telephony.VoicemailRules against the simulator.</summary>
public class OrganisationVoicemailSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private OrganisationVoicemailSettingsApi Settings => fixture.H.Api.Telephony.OrganisationVoicemail;

    private VoicemailRulesApi Rules => fixture.H.Api.Telephony.VoicemailRules;

    [Fact]
    public async Task Settings_ReadUpdateRead_ReadsBackWhatWasSent()
    {
        var before = await Settings.ReadAsync();
        await Settings.UpdateAsync(before with { MessageExpiryEnabled = true, NumberOfDaysForMessageExpiry = 30, StrictDeletionEnabled = true });
        var after = await Settings.ReadAsync();

        // the reference's example
        Assert.Equal((false, 10, false, true),
            (before.MessageExpiryEnabled, before.NumberOfDaysForMessageExpiry, before.StrictDeletionEnabled, before.VoiceMessageForwardingEnabled));
        Assert.Equal((true, 30, true, true),
            (after.MessageExpiryEnabled, after.NumberOfDaysForMessageExpiry, after.StrictDeletionEnabled, after.VoiceMessageForwardingEnabled));
    }

    [Fact]
    public async Task Rules_ReadUpdateRead_ChangesThePasscodeRulesButNotTheRequirements()
    {
        var before = await Rules.ReadAsync();
        await Rules.UpdateAsync(before with
        {
            ExpirePasscode = new EnabledAndNumberOfDays { Enabled = true, NumberOfDays = 45 },
            ChangePasscode = new EnabledAndNumberOfDays { Enabled = false, NumberOfDays = 7 },
            BlockPreviousPasscodes = new BlockPreviousPasscodes { Enabled = true, NumberOfPasscodes = 4 },
            DefaultVoicemailPinEnabled = true,
            DefaultVoicemailPin = "580913",
            DefaultVoicemailPinRules = before.DefaultVoicemailPinRules! with { Length = new PinLength { Min = 4, Max = 8 } },
        });
        var after = await Rules.ReadAsync();

        Assert.Equal((6, 30), (before.DefaultVoicemailPinRules!.Length!.Min, before.DefaultVoicemailPinRules.Length.Max));
        Assert.Equal((true, 45), (after.ExpirePasscode!.Enabled, after.ExpirePasscode.NumberOfDays));
        Assert.Equal((false, 7), (after.ChangePasscode!.Enabled, after.ChangePasscode.NumberOfDays));
        Assert.Equal((true, 4), (after.BlockPreviousPasscodes!.Enabled, after.BlockPreviousPasscodes.NumberOfPasscodes));
        Assert.True(after.DefaultVoicemailPinRules!.DefaultVoicemailPinEnabled);
        Assert.Equal((6, 30), (after.DefaultVoicemailPinRules.Length!.Min, after.DefaultVoicemailPinRules.Length.Max)); // informational
        Assert.Null(after.DefaultVoicemailPin); // never answered
    }

    [Theory]
    [InlineData(14, 1, 1, "expirePasscode.numberOfDays must be between 15 and 100.")]
    [InlineData(101, 1, 1, "expirePasscode.numberOfDays must be between 15 and 100.")]
    [InlineData(30, 8, 1, "changePasscode.numberOfDays must be between 1 and 7.")]
    [InlineData(30, 1, 11, "blockPreviousPasscodes.numberOfPasscodes must be between 1 and 10.")]
    public async Task Rules_UpdateAsync_OutOfRange_Is400AndChangesNothing(int expireDays, int changeDays, int previous, string message)
    {
        var before = await Rules.ReadAsync();

        var e = await Assert.ThrowsAsync<WebexApiException>(() => Rules.UpdateAsync(new VoiceMailRules
        {
            ExpirePasscode = new EnabledAndNumberOfDays { Enabled = true, NumberOfDays = expireDays },
            ChangePasscode = new EnabledAndNumberOfDays { Enabled = true, NumberOfDays = changeDays },
            BlockPreviousPasscodes = new BlockPreviousPasscodes { Enabled = true, NumberOfPasscodes = previous },
        }));
        var after = await Rules.ReadAsync();

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Equal(message, e.WebexMessage);
        Assert.Equal(before.ExpirePasscode, after.ExpirePasscode);
        Assert.Equal(before.BlockPreviousPasscodes, after.BlockPreviousPasscodes);
    }

    [Theory]
    [InlineData("12a456", "only digits")]
    [InlineData("58091", "6 to 30 digits")]
    [InlineData("581111", "repeat at most 3")]
    [InlineData("912345", "ascending")]
    [InlineData("865432", "descending")]
    [InlineData("470470", "repeated patterns")]
    public async Task Rules_UpdateAsync_PasscodeBreakingTheRules_Is400(string pin, string reason)
    {
        var e = await Assert.ThrowsAsync<WebexApiException>(() =>
            Rules.UpdateAsync(new VoiceMailRules { DefaultVoicemailPinEnabled = true, DefaultVoicemailPin = pin }));

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.StartsWith("Invalid defaultVoicemailPin: ", e.WebexMessage, StringComparison.Ordinal);
        Assert.Contains(reason, e.WebexMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(pin, e.Message, StringComparison.Ordinal); // the passcode is a secret
    }
}
