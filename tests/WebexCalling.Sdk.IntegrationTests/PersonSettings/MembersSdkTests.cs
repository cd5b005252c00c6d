using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;

namespace WebexCalling.Sdk.IntegrationTests.PersonSettings;

/// <summary>
/// Settings that hold other people (monitoring, privacy agents, push-to-talk, receptionist) and executive/assistant
/// through the SDK against the simulator: the SDK sends member ids, the simulator answers members.
/// </summary>
public class MembersSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private PersonSettingsApi Settings => fixture.H.Api.PersonSettings;

    private string Extension(int index) => fixture.Users[index]["extension"]!.GetValue<string>();

    [Fact]
    public async Task Monitoring_AddTwoMembersAndParkNotification_ReadsMembersInOrder()
    {
        string id = fixture.UserId(0);
        string first = fixture.UserId(3), second = fixture.UserId(2);
        var before = await Settings.Monitoring.ReadAsync(id);
        var changed = before with
        {
            CallParkNotificationEnabled = true,
            MonitoredElements =
            [
                new MonitoredElement { Member = new MonitoredElementMember { MemberId = first } },
                new MonitoredElement { Member = new MonitoredElementMember { MemberId = second } },
            ],
        };

        await Settings.Monitoring.ConfigureAsync(id, changed);
        var after = await Settings.Monitoring.ReadAsync(id);

        Assert.False(before.CallParkNotificationEnabled);
        Assert.Empty(before.MonitoredElements!);
        Assert.True(after.CallParkNotificationEnabled);
        Assert.Equal([first, second], after.MonitoredElements!.Select(e => e.Member!.MemberId));
        var member = after.MonitoredElements![0].Member!;
        Assert.Equal(UserType.People, member.MemberType);
        Assert.Equal(Extension(3), member.Numbers![0].Extension);
        Assert.False(string.IsNullOrEmpty(member.DisplayName));
        Assert.False(string.IsNullOrEmpty(member.LocationId));
    }

    [Fact]
    public async Task Monitoring_ReadModifyWrite_KeepsMembersAndChangesOnlyTheFlag()
    {
        string id = fixture.UserId(4);
        await Settings.Monitoring.ConfigureAsync(id, new Monitoring
        {
            CallParkNotificationEnabled = false,
            MonitoredElements = [new MonitoredElement { Member = new MonitoredElementMember { MemberId = fixture.UserId(5) } }],
        });
        var before = await Settings.Monitoring.ReadAsync(id);

        await Settings.Monitoring.ConfigureAsync(id, before with { CallParkNotificationEnabled = true });
        var after = await Settings.Monitoring.ReadAsync(id);

        SettingsAssert.Same(before with { CallParkNotificationEnabled = true }, after);
    }

    [Fact]
    public async Task Monitoring_AvailableMembersAndSpeedDials_ListOtherCallingUsersWithFilters()
    {
        string id = fixture.UserId(6);
        var location = fixture.Users[6]["locationId"]!.GetValue<string>();

        var members = await Settings.Monitoring.GetAvailableMembersForMonitoringAsync(id).ToListAsync();
        var speedDials = await Settings.Monitoring.GetAvailableSpeedDialsForMonitoringAsync(id).ToListAsync();
        var inLocation = await Settings.Monitoring.GetAvailableMembersForMonitoringAsync(id, locationId: location).ToListAsync();
        var bob = members.First(m => m.Id == fixture.UserId(7));
        var byNumber = await Settings.Monitoring.GetAvailableSpeedDialsForMonitoringAsync(id, phoneNumber: bob.PhoneNumber).ToListAsync();
        var byName = await Settings.Monitoring.GetAvailableMembersForMonitoringAsync(id, memberName: bob.DisplayName).ToListAsync();

        Assert.Equal(fixture.Users.Count - 1, members.Count); // every other calling user, fetched over all pages
        Assert.DoesNotContain(members, m => m.Id == id);
        Assert.Equal(members.Select(m => m.Id).Order(), speedDials.Select(m => m.Id).Order());
        Assert.Equal(bob.Id, Assert.Single(byNumber).Id);
        Assert.StartsWith("+", bob.PhoneNumber, StringComparison.Ordinal);
        Assert.NotEmpty(inLocation);
        Assert.True(inLocation.Count < members.Count);
        Assert.All(inLocation, m => Assert.Equal(location, m.Location!.Id));
        Assert.Contains(byName, m => m.Id == bob.Id);
        Assert.Equal(Extension(7), bob.Extension);
        Assert.Equal(UserType.People, bob.Type);
        Assert.False(string.IsNullOrEmpty(bob.Location!.Name));
    }

    [Fact]
    public async Task Monitoring_AvailableMembersInPagesOfFive_SameMembersAsOnePage()
    {
        await using var h = await SimHarness.StartAsync(Transport.InProcess, seed: sim => sim.Seed.DemoOrg(), configure: o => o.PageSize = 5);
        string id = fixture.UserId(6); // the demo org's ids are the same in every simulator

        long requestsBefore = h.Sim.RequestCount;
        var paged = await h.Api.PersonSettings.Monitoring.GetAvailableMembersForMonitoringAsync(id).ToListAsync();
        long pages = h.Sim.RequestCount - requestsBefore;
        var speedDials = await h.Api.PersonSettings.Monitoring.GetAvailableSpeedDialsForMonitoringAsync(id).ToListAsync();
        var single = await Settings.Monitoring.GetAvailableMembersForMonitoringAsync(id).ToListAsync();

        Assert.Equal(fixture.Users.Count - 1, paged.Count);
        Assert.Equal((paged.Count + 4) / 5, pages); // one request per page of five
        Assert.Equal(single.Select(m => m.Id), paged.Select(m => m.Id));
        Assert.Equal(paged.Count, speedDials.Select(m => m.Id).Distinct().Count());
    }

    [Fact]
    public async Task Privacy_ChangeFlagsAndAddAgent_ReadsAgentAsMemberAndKeepsTheRest()
    {
        string id = fixture.UserId(8);
        string agent = fixture.UserId(9);
        var before = await Settings.Privacy.ReadAsync(id);
        var changed = before with
        {
            AaNamingDialingEnabled = false,
            EnablePhoneStatusDirectoryPrivacy = true,
            MonitoringAgents = [new SettingsMember { MemberId = agent }],
        };

        await Settings.Privacy.ConfigureAsync(id, changed);
        var after = await Settings.Privacy.ReadAsync(id);

        Assert.True(before.AaNamingDialingEnabled);
        Assert.Empty(before.MonitoringAgents!);
        Assert.False(after.AaNamingDialingEnabled);
        Assert.True(after.EnablePhoneStatusDirectoryPrivacy);
        Assert.Equal(before.AaExtensionDialingEnabled, after.AaExtensionDialingEnabled);
        Assert.Equal(before.EnablePhoneStatusPickupBargeInPrivacy, after.EnablePhoneStatusPickupBargeInPrivacy);
        var member = Assert.Single(after.MonitoringAgents!);
        Assert.Equal(agent, member.MemberId);
        Assert.Equal(Extension(9), member.Numbers![0].Extension);
        Assert.Equal(UserType.People, member.MemberType);
    }

    [Fact]
    public async Task PushToTalk_TwoWayBlockListWithMembers_ReadsThemBack_ReadModifyWriteKeepsMembers()
    {
        string id = fixture.UserId(10);
        var before = await Settings.PushToTalk.ReadAsync(id);

        await Settings.PushToTalk.ConfigureAsync(id, before with
        {
            ConnectionType = PttConnectionType.TwoWay,
            AccessType = PushToTalkAccessType.BlockMembers,
            Members = [new SettingsMember { MemberId = fixture.UserId(11) }, new SettingsMember { MemberId = fixture.UserId(12) }],
        });
        var changed = await Settings.PushToTalk.ReadAsync(id);
        await Settings.PushToTalk.ConfigureAsync(id, changed with { AllowAutoAnswer = false });
        var after = await Settings.PushToTalk.ReadAsync(id);

        Assert.True(before.AllowAutoAnswer);
        Assert.Equal(PttConnectionType.OneWay, before.ConnectionType);
        Assert.Equal(PushToTalkAccessType.AllowMembers, before.AccessType);
        Assert.Equal(PttConnectionType.TwoWay, changed.ConnectionType);
        Assert.Equal(PushToTalkAccessType.BlockMembers, changed.AccessType);
        Assert.Equal([fixture.UserId(11), fixture.UserId(12)], changed.Members!.Select(m => m.MemberId));
        SettingsAssert.Same(changed with { AllowAutoAnswer = false }, after);
    }

    [Fact]
    public async Task Receptionist_EnableWithMonitoredMember_ReadsItBack()
    {
        string id = fixture.UserId(13);
        var before = await Settings.Receptionist.ReadAsync(id);

        await Settings.Receptionist.ConfigureAsync(id, before with
        {
            Enabled = true,
            MonitoredMembers = [new SettingsMember { MemberId = fixture.UserId(14) }],
        });
        var after = await Settings.Receptionist.ReadAsync(id);

        Assert.False(before.Enabled);
        Assert.Empty(before.MonitoredMembers!);
        Assert.True(after.Enabled);
        var member = Assert.Single(after.MonitoredMembers!);
        Assert.Equal(fixture.UserId(14), member.MemberId);
        Assert.Equal(Extension(14), member.Numbers![0].Extension);
        Assert.False((await Settings.Receptionist.ReadAsync(fixture.UserId(15))).Enabled);
    }

    [Fact]
    public async Task ExecAssistant_SetExecutiveThenAssistant_ReadsEachBack()
    {
        string id = fixture.UserId(16);
        var before = await Settings.ExecAssistant.ReadAsync(id);

        await Settings.ExecAssistant.ConfigureAsync(id, ExecAssistantType.Executive);
        var executive = await Settings.ExecAssistant.ReadAsync(id);
        await Settings.ExecAssistant.ConfigureAsync(id, ExecAssistantType.ExecutiveAssistant);
        var assistant = await Settings.ExecAssistant.ReadAsync(id);

        Assert.Equal(ExecAssistantType.Unassigned, before);
        Assert.Equal(ExecAssistantType.Executive, executive);
        Assert.Equal(ExecAssistantType.ExecutiveAssistant, assistant);
        Assert.Equal(ExecAssistantType.Unassigned, await Settings.ExecAssistant.ReadAsync(fixture.UserId(17)));
    }
}
