using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;

namespace WebexCalling.Sdk.IntegrationTests.PersonSettings;

/// <summary>Caller ID (both configure members) and call recording through the SDK against the simulator.</summary>
public class CallerIdAndRecordingSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private PersonSettingsApi Settings => fixture.H.Api.PersonSettings;

    [Fact]
    public async Task CallerId_Read_ShowsTheDemoUsersNumbersAndName()
    {
        string id = fixture.UserId(0);
        var user = fixture.Users[0];

        var callerId = await Settings.CallerId.ReadAsync(id);

        Assert.Equal(CallerIdSelectedType.DirectLine, callerId.Selected);
        Assert.Contains(CallerIdSelectedType.DirectLine, callerId.CallerIdTypes!);
        Assert.Contains(CallerIdSelectedType.Custom, callerId.CallerIdTypes!);
        Assert.Equal(user["extension"]!.GetValue<string>(), callerId.ExtensionNumber);
        Assert.StartsWith("+", callerId.DirectNumber, StringComparison.Ordinal);
        Assert.Equal(user["firstName"]!.GetValue<string>(), callerId.FirstName);
        Assert.Equal(user["lastName"]!.GetValue<string>(), callerId.LastName);
        Assert.Equal(ExternalCallerIdNamePolicy.DirectLine, callerId.ExternalCallerIdNamePolicy);
        Assert.False(callerId.TollFreeLocationNumber);
    }

    [Fact]
    public async Task CallerId_ConfigureSelectedAndName_ChangesOnlyThose()
    {
        string id = fixture.UserId(1);
        var before = await Settings.CallerId.ReadAsync(id);

        await Settings.CallerId.ConfigureAsync(id, selected: CallerIdSelectedType.LocationNumber, firstName: "Front", lastName: "Desk");
        var after = await Settings.CallerId.ReadAsync(id);

        SettingsAssert.Same(before with { Selected = CallerIdSelectedType.LocationNumber, FirstName = "Front", LastName = "Desk" }, after);
        Assert.Equal(CallerIdSelectedType.DirectLine, (await Settings.CallerId.ReadAsync(fixture.UserId(2))).Selected);
    }

    [Fact]
    public async Task CallerId_ConfigureSettingsFromRead_ChangesPolicyAndBlockFlagAndKeepsTheRest()
    {
        string id = fixture.UserId(3);
        var before = await Settings.CallerId.ReadAsync(id);
        var changed = before with
        {
            ExternalCallerIdNamePolicy = ExternalCallerIdNamePolicy.Other,
            CustomExternalCallerIdName = "Support Line",
            BlockInForwardCallsEnabled = true,
        };

        await Settings.CallerId.ConfigureSettingsAsync(id, changed);
        var after = await Settings.CallerId.ReadAsync(id);

        Assert.False(before.BlockInForwardCallsEnabled);
        SettingsAssert.Same(changed, after); // read-only numbers and types were left out of the PUT and are unchanged
    }

    [Fact]
    public async Task CallRecording_EnableAlwaysWithBeepAndRepeat_ReadsThemBackAndKeepsTheRest()
    {
        string id = fixture.UserId(4);
        var before = await Settings.CallRecording.ReadAsync(id);
        var changed = before with
        {
            Enabled = true,
            Record = CallRecordingRecord.Always,
            Notification = new CallRecordingNotification { NotificationType = CallRecordingNotificationType.Beep, Enabled = true },
            Repeat = before.Repeat! with { Enabled = true, Interval = 30 },
            StartStopAnnouncement = before.StartStopAnnouncement! with { PstnCallsEnabled = true },
        };

        await Settings.CallRecording.ConfigureAsync(id, changed);
        var after = await Settings.CallRecording.ReadAsync(id);

        Assert.False(before.Enabled);
        Assert.Equal(CallRecordingRecord.Never, before.Record);
        Assert.Equal(CallRecordingNotificationType.None, before.Notification!.NotificationType);
        Assert.Equal(15, before.Repeat!.Interval);
        Assert.False(string.IsNullOrEmpty(before.ServiceProvider));
        SettingsAssert.Same(changed, after); // serviceProvider, externalGroup, externalIdentifier (read-only) kept
    }

    [Fact]
    public async Task CallRecording_ReadModifyWriteWithNotificationNone_KeepsNone()
    {
        string id = fixture.UserId(5);
        var before = await Settings.CallRecording.ReadAsync(id);

        await Settings.CallRecording.ConfigureAsync(id, before with { RecordVoicemailEnabled = true });
        var after = await Settings.CallRecording.ReadAsync(id);

        SettingsAssert.Same(before with { RecordVoicemailEnabled = true }, after);
        Assert.Equal(CallRecordingNotificationType.None, after.Notification!.NotificationType);
    }
}
