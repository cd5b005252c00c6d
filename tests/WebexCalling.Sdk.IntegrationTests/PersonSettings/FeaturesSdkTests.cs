using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;

namespace WebexCalling.Sdk.IntegrationTests.PersonSettings;

/// <summary>
/// Barge-in, call bridge, calling behavior, hoteling, application services and music on hold through the SDK against
/// the simulator; one read-change-read over both transports (in-process and Kestrel).
/// </summary>
public class FeaturesSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private PersonSettingsApi Settings => fixture.H.Api.PersonSettings;

    [Fact]
    public async Task Barge_EnableWithoutTone_ReadsBothBack()
    {
        string id = fixture.UserId(0);
        var before = await Settings.Barge.ReadAsync(id);
        var changed = before with { Enabled = true, ToneEnabled = false };

        await Settings.Barge.ConfigureAsync(id, changed);
        var after = await Settings.Barge.ReadAsync(id);

        Assert.False(before.Enabled);
        Assert.True(before.ToneEnabled);
        SettingsAssert.Same(changed, after);
        Assert.False((await Settings.Barge.ReadAsync(fixture.UserId(1))).Enabled);
    }

    [Fact]
    public async Task CallBridge_DisableWarningTone_ReadsItBack()
    {
        string id = fixture.UserId(1);
        var before = await Settings.CallBridge.ReadAsync(id);

        await Settings.CallBridge.ConfigureAsync(id, before with { WarningToneEnabled = false });
        var after = await Settings.CallBridge.ReadAsync(id);

        Assert.True(before.WarningToneEnabled);
        Assert.False(after.WarningToneEnabled);
        Assert.True((await Settings.CallBridge.ReadAsync(fixture.UserId(2))).WarningToneEnabled);
    }

    [Fact]
    public async Task CallingBehavior_SetCiscoTel_ReadsItBackAsBehaviorAndEffectiveBehavior()
    {
        string id = fixture.UserId(2);
        var before = await Settings.CallingBehavior.ReadAsync(id);

        await Settings.CallingBehavior.ConfigureAsync(id, before with { BehaviorType = BehaviorType.CiscoTel });
        var after = await Settings.CallingBehavior.ReadAsync(id);

        Assert.Equal(BehaviorType.Native, before.BehaviorType);
        Assert.Equal(BehaviorType.Native, before.EffectiveBehaviorType);
        SettingsAssert.Same(before with { BehaviorType = BehaviorType.CiscoTel, EffectiveBehaviorType = BehaviorType.CiscoTel }, after);
    }

    [Fact]
    public async Task Hoteling_Enable_ReadsTrue()
    {
        string id = fixture.UserId(3);
        bool before = await Settings.Hoteling.ReadAsync(id);

        await Settings.Hoteling.ConfigureAsync(id, enabled: true);
        bool after = await Settings.Hoteling.ReadAsync(id);

        Assert.False(before);
        Assert.True(after);
        Assert.False(await Settings.Hoteling.ReadAsync(fixture.UserId(4)));
    }

    [Fact]
    public async Task Appservices_TurnOffTabletAndGroupPage_ReadsThemBackAndKeepsTheRest()
    {
        string id = fixture.UserId(4);
        var before = await Settings.Appservices.ReadAsync(id);
        var changed = before with { TabletClientEnabled = false, RingDevicesForGroupPageEnabled = false };

        await Settings.Appservices.ConfigureAsync(id, changed);
        var after = await Settings.Appservices.ReadAsync(id);

        Assert.True(before.TabletClientEnabled);
        Assert.True(before.RingDevicesForGroupPageEnabled);
        Assert.Equal(35, before.AvailableLineCount);
        SettingsAssert.Same(changed, after); // availableLineCount (read-only, not sent) kept
    }

    [Fact]
    public async Task MusicOnHold_DisableWithCustomGreeting_ReadsThemBackAndKeepsLocationFlag()
    {
        string id = fixture.UserId(5);
        var before = await Settings.MusicOnHold.ReadAsync(id);
        var changed = before with { MohEnabled = false, Greeting = Greeting.Custom };

        await Settings.MusicOnHold.ConfigureAsync(id, changed);
        var after = await Settings.MusicOnHold.ReadAsync(id);

        Assert.True(before.MohEnabled);
        Assert.True(before.MohLocationEnabled);
        Assert.Equal(Greeting.Default, before.Greeting);
        SettingsAssert.Same(changed, after);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task ForwardingAndVoicemail_ReadChangeRead_OverEachTransport(Transport transport)
    {
        await using var h = await SimHarness.StartAsync(transport, seed: sim => sim.Seed.DemoOrg());
        var settings = h.Api.PersonSettings;
        string id = (await h.CallingUsersAsync())[0]["id"]!.GetValue<string>();
        var forwarding = await settings.Forwarding.ReadAsync(id);
        var voicemail = await settings.Voicemail.ReadAsync(id);
        var forwardingChanged = forwarding with
        {
            CallForwarding = forwarding.CallForwarding! with
            {
                Always = forwarding.CallForwarding.Always! with { Enabled = true, Destination = "+14085550150" },
            },
        };
        var voicemailChanged = voicemail with { TransferToNumber = new VoicemailTransferToNumber { Enabled = true, Destination = "+14085550151" } };

        await settings.Forwarding.ConfigureAsync(id, forwardingChanged);
        await settings.Voicemail.ConfigureAsync(id, voicemailChanged);
        await settings.Voicemail.ConfigureBusyGreetingAsync(id, new byte[] { 1, 2, 3 }, "busy.wav");
        await settings.Dnd.ConfigureAsync(id, new Dnd { Enabled = true });

        SettingsAssert.Same(forwardingChanged, await settings.Forwarding.ReadAsync(id));
        SettingsAssert.Same(voicemailChanged with
        {
            SendBusyCalls = voicemailChanged.SendBusyCalls! with { GreetingUploaded = true },
        }, await settings.Voicemail.ReadAsync(id));
        var dnd = await settings.Dnd.ReadAsync(id);
        Assert.True(dnd.Enabled);
        Assert.False(dnd.RingSplashEnabled);
    }
}
