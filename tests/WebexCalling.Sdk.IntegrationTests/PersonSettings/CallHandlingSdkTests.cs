using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;

namespace WebexCalling.Sdk.IntegrationTests.PersonSettings;

/// <summary>
/// Call waiting, forwarding, do not disturb, anonymous call rejection and call intercept through the SDK against the
/// simulator: read the default, change it with the configure member, read it back. Each test changes its own person.
/// </summary>
public class CallHandlingSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private PersonSettingsApi Settings => fixture.H.Api.PersonSettings;

    [Fact]
    public async Task CallWaiting_Disable_ReadsFalseAndOtherPersonKeepsDefault()
    {
        string id = fixture.UserId(0);
        bool before = await Settings.CallWaiting.ReadAsync(id);

        await Settings.CallWaiting.ConfigureAsync(id, enabled: false);
        bool after = await Settings.CallWaiting.ReadAsync(id);
        await Settings.CallWaiting.ConfigureAsync(id, enabled: true);
        bool again = await Settings.CallWaiting.ReadAsync(id);

        Assert.True(before);
        Assert.False(after);
        Assert.True(again);
        Assert.True(await Settings.CallWaiting.ReadAsync(fixture.UserId(1)));
    }

    [Fact]
    public async Task Forwarding_EnableNoAnswerAndBusy_ReadsThemBackAndKeepsTheRest()
    {
        string id = fixture.UserId(1);
        var before = await Settings.Forwarding.ReadAsync(id);
        var cf = before.CallForwarding!;
        var changed = before with
        {
            CallForwarding = cf with
            {
                NoAnswer = cf.NoAnswer! with { Enabled = true, Destination = "+14085550199", NumberOfRings = 5 },
                Busy = cf.Busy! with { Enabled = true, DestinationVoicemailEnabled = true, Destination = "2002" },
            },
        };

        await Settings.Forwarding.ConfigureAsync(id, changed);
        var after = await Settings.Forwarding.ReadAsync(id);

        Assert.False(before.CallForwarding!.NoAnswer!.Enabled);
        Assert.Equal(3, before.CallForwarding.NoAnswer.NumberOfRings);
        Assert.Equal(20, before.CallForwarding.NoAnswer.SystemMaxNumberOfRings);
        SettingsAssert.Same(changed, after);
        Assert.Equal(20, after.CallForwarding!.NoAnswer!.SystemMaxNumberOfRings); // read-only, not sent, still there
        Assert.False(after.CallForwarding.Always!.Enabled);
        Assert.False(after.BusinessContinuity!.Enabled);
    }

    [Fact]
    public async Task Forwarding_ResetWithDefault_TurnsEverythingOffAgain()
    {
        string id = fixture.UserId(2);
        var before = await Settings.Forwarding.ReadAsync(id);
        await Settings.Forwarding.ConfigureAsync(id, before with
        {
            CallForwarding = before.CallForwarding! with
            {
                Always = before.CallForwarding.Always! with { Enabled = true, Destination = "+14085550123", RingReminderEnabled = true },
                NoAnswer = before.CallForwarding.NoAnswer! with { NumberOfRings = 6 },
            },
            BusinessContinuity = before.BusinessContinuity! with { Enabled = true, Destination = "+14085550124" },
        });
        var changed = await Settings.Forwarding.ReadAsync(id);

        await Settings.Forwarding.ConfigureAsync(id, PersonForwardingSetting.Default());
        var reset = await Settings.Forwarding.ReadAsync(id);

        Assert.True(changed.CallForwarding!.Always!.Enabled);
        Assert.True(changed.BusinessContinuity!.Enabled);
        Assert.Equal(6, changed.CallForwarding.NoAnswer!.NumberOfRings);
        var always = reset.CallForwarding!.Always!;
        Assert.False(always.Enabled);
        Assert.False(always.RingReminderEnabled);
        Assert.True(string.IsNullOrEmpty(always.Destination));
        Assert.False(reset.CallForwarding.Busy!.Enabled);
        Assert.False(reset.CallForwarding.NoAnswer!.Enabled);
        Assert.Equal(3, reset.CallForwarding.NoAnswer.NumberOfRings);
        Assert.Equal(20, reset.CallForwarding.NoAnswer.SystemMaxNumberOfRings);
        Assert.False(reset.BusinessContinuity!.Enabled);
        Assert.True(string.IsNullOrEmpty(reset.BusinessContinuity.Destination));
    }

    [Fact]
    public async Task Dnd_EnableWithRingSplash_ReadsBothBack()
    {
        string id = fixture.UserId(3);
        var before = await Settings.Dnd.ReadAsync(id);
        var changed = before with { Enabled = true, RingSplashEnabled = true };

        await Settings.Dnd.ConfigureAsync(id, changed);
        var after = await Settings.Dnd.ReadAsync(id);

        Assert.False(before.Enabled);
        Assert.False(before.RingSplashEnabled);
        SettingsAssert.Same(changed, after);
        Assert.False((await Settings.Dnd.ReadAsync(fixture.UserId(4))).Enabled);
    }

    [Fact]
    public async Task AnonCalls_Enable_ReadsTrue()
    {
        string id = fixture.UserId(4);
        bool before = await Settings.AnonCalls.ReadAsync(id);

        await Settings.AnonCalls.ConfigureAsync(id, enabled: true);
        bool after = await Settings.AnonCalls.ReadAsync(id);

        Assert.False(before);
        Assert.True(after);
        Assert.False(await Settings.AnonCalls.ReadAsync(fixture.UserId(5)));
    }

    [Fact]
    public async Task CallIntercept_EnableWithNewNumberAndOutgoingTransfer_ReadsThemBackAndKeepsTheRest()
    {
        string id = fixture.UserId(5);
        var before = await Settings.CallIntercept.ReadAsync(id);
        var incoming = before.Incoming!;
        var changed = before with
        {
            Enabled = true,
            Incoming = incoming with
            {
                InterceptType = InterceptTypeIncoming.AllowAll,
                Announcements = incoming.Announcements! with
                {
                    NewNumber = new InterceptNumber { Enabled = true, Destination = "+14085550177" },
                },
            },
            Outgoing = before.Outgoing! with { TransferEnabled = true, Destination = "+14085550178" },
        };

        await Settings.CallIntercept.ConfigureAsync(id, changed);
        var after = await Settings.CallIntercept.ReadAsync(id);

        Assert.False(before.Enabled);
        Assert.Equal(InterceptTypeIncoming.InterceptAll, before.Incoming!.InterceptType);
        Assert.Equal(Greeting.Default, before.Incoming.Announcements!.Greeting);
        SettingsAssert.Same(changed, after);
        Assert.Equal("+14085550177", after.Incoming!.Announcements!.NewNumber!.Destination);
        Assert.Equal(InterceptTypeOutgoing.InterceptAll, after.Outgoing!.InterceptType);
    }

    [Fact]
    public async Task CallIntercept_GreetingUploads_ShowTheFileNameAndACustomGreetingCanBeSelected()
    {
        string id = fixture.UserId(6);
        byte[] wav = [.. "RIFF"u8, 0, 0, 0, 0, .. "WAVE"u8];
        string file = Path.Combine(Path.GetTempPath(), $"settings1-{Guid.NewGuid():N}.wav");
        await File.WriteAllBytesAsync(file, wav);
        try
        {
            var before = await Settings.CallIntercept.ReadAsync(id);

            await Settings.CallIntercept.GreetingAsync(id, wav.AsMemory(), "intercept.wav");
            using (var stream = new MemoryStream(wav)) await Settings.CallIntercept.GreetingAsync(id, stream, "intercept.wav");
            var named = await Settings.CallIntercept.ReadAsync(id);
            await Settings.CallIntercept.GreetingAsync(id, file);
            var uploaded = await Settings.CallIntercept.ReadAsync(id);
            await Settings.CallIntercept.ConfigureAsync(id, uploaded with
            {
                Incoming = uploaded.Incoming! with
                {
                    Announcements = uploaded.Incoming.Announcements! with { Greeting = Greeting.Custom },
                },
            });
            var after = await Settings.CallIntercept.ReadAsync(id);

            Assert.True(string.IsNullOrEmpty(before.Incoming!.Announcements!.FileName));
            Assert.Equal("intercept.wav", named.Incoming!.Announcements!.FileName);
            Assert.Equal(Path.GetFileName(file), uploaded.Incoming!.Announcements!.FileName); // the file's own name
            Assert.Equal(Greeting.Custom, after.Incoming!.Announcements!.Greeting);
            Assert.Equal(uploaded.Incoming.Announcements.FileName, after.Incoming.Announcements.FileName);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
