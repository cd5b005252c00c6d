using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;
using static WebexCalling.Sdk.IntegrationTests.PersonSettings.SettingsAssert;

namespace WebexCalling.Sdk.IntegrationTests.PersonSettings;

/// <summary>
/// Agent caller id, shared application lines, available numbers, ECBN, hot desking, mode management, MS Teams,
/// numbers, personal assistant and preferred answer endpoint through the SDK against the simulator.
/// Demo users 0-7 are in San Jose (call queue Sales), 8-15 in Denver (Support), 16-23 Austin, 24-31 New York.
/// </summary>
public class NumbersAndLinesSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private WebexCalling.Sdk.PersonSettings.PersonSettingsApi Settings => fixture.H.Api.PersonSettings;

    private string LocationOf(int index) => fixture.Users[index]["locationId"]!.GetValue<string>();

    [Fact]
    public async Task AgentCallerId_SelectAQueueOfTheAgent_ReReadShowsItThenClear()
    {
        // the first San Jose user who is an agent of a call queue
        string? agent = null;
        IReadOnlyList<AgentCallerId> available = [];
        for (int i = 0; i < 16 && agent is null; i++)
        {
            available = await Settings.AgentCallerId.AvailableCallerIdsAsync(fixture.UserId(i));
            if (available.Count > 0) agent = fixture.UserId(i);
        }
        Assert.NotNull(agent);
        var queue = available[0];
        Assert.False(string.IsNullOrEmpty(queue.Id));
        Assert.NotNull(queue.Name);

        Assert.Null(await Settings.AgentCallerId.ReadAsync(agent));
        await Settings.AgentCallerId.ConfigureAsync(agent, queue.Id);
        var selected = await Settings.AgentCallerId.ReadAsync(agent);
        Assert.NotNull(selected);
        Same(queue, selected);

        await Settings.AgentCallerId.ConfigureAsync(agent, null);
        Assert.Null(await Settings.AgentCallerId.ReadAsync(agent));
    }

    [Fact]
    public async Task AppSharedLine_SearchCountUpdateMembers_ReadBackShowsTheMember()
    {
        string person = fixture.UserId(17);
        var candidates = await Settings.AppSharedLine.SearchMembersAsync(person).ToListAsync();
        Assert.NotEmpty(candidates);
        int count = await Settings.AppSharedLine.MembersCountAsync(person);
        Assert.Equal(candidates.Count, count);

        var other = candidates.First(c => c.MemberId != person);
        var byExtension = await Settings.AppSharedLine.SearchMembersAsync(person, extension: other.Extension).ToListAsync();
        Assert.Contains(byExtension, c => c.MemberId == other.MemberId);
        Assert.Equal(byExtension.Count, await Settings.AppSharedLine.MembersCountAsync(person, extension: other.Extension));

        var before = await Settings.AppSharedLine.GetMembersAsync(person);
        Assert.Empty(before.Members ?? []);
        await Settings.AppSharedLine.UpdateMembersAsync(person,
            [new AppSharedLineMember { MemberId = other.MemberId, LineLabel = "shared", AllowCallDeclineEnabled = false }]);
        var after = await Settings.AppSharedLine.GetMembersAsync(person);
        var member = Assert.Single(after.Members!);
        Assert.Equal(other.MemberId, member.MemberId);
        Assert.Equal(other.FirstName, member.FirstName);
        Assert.Equal(other.Extension, member.Extension);
        Assert.Equal(false, member.AllowCallDeclineEnabled);

        await Settings.AppSharedLine.UpdateMembersAsync(person, []);
        Assert.Empty((await Settings.AppSharedLine.GetMembersAsync(person)).Members ?? []);
    }

    [Fact]
    public async Task Hotdesking_AvailableUpdateMembers_ReadBackShowsTheMember()
    {
        string person = fixture.UserId(18);
        var available = await Settings.Hotdesking.AvailableMembersAsync(person).ToListAsync();
        Assert.NotEmpty(available);
        var pick = available.First(m => m.Id != person);
        var byName = await Settings.Hotdesking.AvailableMembersAsync(person, memberName: pick.LastName).ToListAsync();
        Assert.Contains(byName, m => m.Id == pick.Id);

        Assert.Empty((await Settings.Hotdesking.GetMembersAsync(person)).Members ?? []);
        await Settings.Hotdesking.UpdateMembersAsync(person, [new HotDeskingMember { Id = pick.Id }]);
        var member = Assert.Single((await Settings.Hotdesking.GetMembersAsync(person)).Members!);
        Assert.Equal(pick.Id, member.Id);
        Assert.Equal(pick.LastName, member.LastName);
        Assert.Equal(pick.Extension, member.Extension);

        // a read member goes back with the update's member type (PEOPLE is read, USER is sent)
        Assert.Equal(UserType.People, member.MemberType);
        await Settings.Hotdesking.UpdateMembersAsync(person, [member with { LineWeight = 2 }]);
        Assert.Equal(2, Assert.Single((await Settings.Hotdesking.GetMembersAsync(person)).Members!).LineWeight);

        await Settings.Hotdesking.UpdateMembersAsync(person, []);
        Assert.Empty((await Settings.Hotdesking.GetMembersAsync(person)).Members ?? []);
    }

    [Fact]
    public async Task AvailableNumbers_AllSixLists_AnswerTheLocationsNumbers()
    {
        int index = 19; // Austin: +1 512 555 03xx
        string person = fixture.UserId(index);
        string location = LocationOf(index);

        var primary = await Settings.AvailableNumbers.PrimaryAsync(locationId: location).ToListAsync();
        var secondary = await Settings.AvailableNumbers.SecondaryAsync(person).ToListAsync();
        var fax = await Settings.AvailableNumbers.FaxMessageAsync(person).ToListAsync();
        Assert.NotEmpty(primary);
        Assert.All(primary.Concat(secondary).Concat(fax), n => Assert.StartsWith("+1512555", n.PhoneNumber, StringComparison.Ordinal));
        Assert.Equal(primary.Select(n => n.PhoneNumber), secondary.Select(n => n.PhoneNumber));
        Assert.Equal(primary.Select(n => n.PhoneNumber), fax.Select(n => n.PhoneNumber));
        Assert.Equal(AvailableNumberState.Active, primary[0].State);
        Assert.Equal(false, primary[0].IsMainNumber);

        var own = (string)fixture.Users[index]["phoneNumbers"]![0]!["value"]!;
        var forward = await Settings.AvailableNumbers.CallForwardAsync(person).ToListAsync();
        var ecbn = await Settings.AvailableNumbers.EcbnAsync(person).ToListAsync();
        var intercept = await Settings.AvailableNumbers.CallInterceptAsync(person).ToListAsync();
        foreach (var list in new[] { forward, ecbn, intercept })
        {
            var mine = Assert.Single(list, n => n.PhoneNumber == own);
            Assert.Equal(person, mine.Owner?.OwnerId);
            Assert.Equal(fixture.Users[index]["lastName"]!.GetValue<string>(), mine.Owner?.LastName);
        }
        var filtered = await Settings.AvailableNumbers.CallForwardAsync(person, phoneNumber: [own]).ToListAsync();
        Assert.Equal(own, Assert.Single(filtered).PhoneNumber);
        var secondaryFiltered = await Settings.AvailableNumbers.SecondaryAsync(person, phoneNumber: [secondary[2].PhoneNumber!]).ToListAsync();
        Assert.Equal(secondary[2].PhoneNumber, Assert.Single(secondaryFiltered).PhoneNumber);
    }

    [Fact]
    public async Task Ecbn_SelectAnotherMember_ReReadShowsItAndTheMemberCountsADependent()
    {
        string person = fixture.UserId(20);
        string member = fixture.UserId(21);
        var before = await Settings.Ecbn.ReadAsync(person);
        Assert.Equal(EcbnSelection.DirectLine, before.Selected);
        Assert.NotNull(before.DirectLineInfo?.PhoneNumber);
        Assert.Equal(true, (await Settings.Ecbn.DependenciesAsync(person)).IsSelfEcbnDefault);
        Assert.Equal(0, (await Settings.Ecbn.DependenciesAsync(member)).DependentMemberCount);

        await Settings.Ecbn.ConfigureAsync(person, EcbnSelection.LocationMemberNumber, locationMemberId: member);
        var after = await Settings.Ecbn.ReadAsync(person);
        Assert.Equal(EcbnSelection.LocationMemberNumber, after.Selected);
        Assert.Equal(member, after.LocationMemberInfo?.MemberId);
        Assert.Equal(fixture.Users[21]["phoneNumbers"]![0]!["value"]!.GetValue<string>(), after.LocationMemberInfo?.PhoneNumber);
        Same(before.DirectLineInfo, after.DirectLineInfo);
        Assert.Equal(1, (await Settings.Ecbn.DependenciesAsync(member)).DependentMemberCount);
        Assert.Equal(false, (await Settings.Ecbn.DependenciesAsync(person)).IsSelfEcbnDefault);
    }

    [Fact]
    public async Task ModeManagement_AssignAvailableQueue_AssignedListShowsIt()
    {
        string person = fixture.UserId(9);
        var available = await Settings.ModeManagement.AvailableFeaturesAsync(person).ToListAsync();
        Assert.NotEmpty(available);
        var support = Assert.Single(available, f => f.Name == "Support");
        Assert.Equal("2099", support.Extension);
        Assert.Single(await Settings.ModeManagement.AvailableFeaturesAsync(person, name: "Sales").ToListAsync());

        Assert.Empty(await Settings.ModeManagement.AssignedFeaturesAsync(person));
        await Settings.ModeManagement.AssignFeaturesAsync(person, [support.Id!]);
        var assigned = Assert.Single(await Settings.ModeManagement.AssignedFeaturesAsync(person));
        Assert.Equal(support.Id, assigned.Id);
        Assert.Equal("Support", assigned.Name);
        Assert.Equal(support.Type, assigned.Type);

        await Settings.ModeManagement.AssignFeaturesAsync(person, []);
        Assert.Empty(await Settings.ModeManagement.AssignedFeaturesAsync(person));
    }

    [Fact]
    public async Task MsTeams_ConfigureOneSetting_ReReadShowsItAndKeepsTheOther()
    {
        string person = fixture.UserId(22);
        var before = await Settings.MsTeams.ReadAsync(person);
        Assert.Equal(person, before.PersonId);
        Assert.NotEmpty(before.Settings ?? []);
        var hide = Assert.Single(before.Settings!, s => s.SettingName == "HIDE_WEBEX_APP");

        await Settings.MsTeams.ConfigureAsync(person, "HIDE_WEBEX_APP", !(hide.Value ?? false));
        var after = await Settings.MsTeams.ReadAsync(person);
        var hideAfter = Assert.Single(after.Settings!, s => s.SettingName == "HIDE_WEBEX_APP");
        Assert.Equal(!(hide.Value ?? false), hideAfter.Value);
        Assert.Equal("PEOPLE", hideAfter.Level);
        foreach (var other in before.Settings!.Where(s => s.SettingName != "HIDE_WEBEX_APP"))
            Same(other, Assert.Single(after.Settings!, s => s.SettingName == other.SettingName));
    }

    [Fact]
    public async Task Numbers_AddAndDeleteAlternate_ReReadShowsEachStep()
    {
        int index = 23;
        string person = fixture.UserId(index);
        var before = await Settings.Numbers.ReadAsync(person);
        var primary = Assert.Single(before.PhoneNumbers!);
        Assert.Equal(true, primary.Primary);
        Assert.Equal(fixture.Users[index]["extension"]!.GetValue<string>(), primary.Extension);

        string free = (await Settings.AvailableNumbers.SecondaryAsync(person).ToListAsync())[5].PhoneNumber!;
        await Settings.Numbers.UpdateAsync(person, new UpdatePersonNumbers
        {
            EnableDistinctiveRingPattern = true,
            PhoneNumbers = [new UpdatePersonPhoneNumber { Action = PersonNumberAction.Add, External = free, RingPattern = RingPattern.LongLong }],
        });
        var after = await Settings.Numbers.ReadAsync(person);
        Assert.Equal(true, after.DistinctiveRingEnabled);
        Same(primary, after.PhoneNumbers!.Single(n => n.Primary == true));
        var alternate = Assert.Single(after.PhoneNumbers!, n => n.Primary != true);
        Assert.Equal(free, alternate.DirectNumber);
        Assert.Equal(RingPattern.LongLong, alternate.RingPattern);
        Assert.DoesNotContain(await Settings.AvailableNumbers.SecondaryAsync(person).ToListAsync(), n => n.PhoneNumber == free);

        await Settings.Numbers.UpdateAsync(person, new UpdatePersonNumbers
        {
            PhoneNumbers = [new UpdatePersonPhoneNumber { Action = PersonNumberAction.Delete, External = free }],
        });
        Assert.Equal(primary.DirectNumber, Assert.Single((await Settings.Numbers.ReadAsync(person)).PhoneNumbers!).DirectNumber);
    }

    [Fact]
    public async Task PersonalAssistant_SetPresence_ReReadShowsItAndKeepsTheRest()
    {
        string person = fixture.UserId(24);
        var before = await Settings.PersonalAssistant.GetAsync(person);
        Assert.Equal(false, before.Enabled);
        Assert.Equal(PersonalAssistantPresence.None, before.Presence);
        Assert.Equal(PersonalAssistantAlerting.AlertMeFirst, before.Alerting);

        var changed = before with
        {
            Enabled = true,
            Presence = PersonalAssistantPresence.BusinessTrip,
            UntilDateTime = new DateTimeOffset(2026, 12, 24, 17, 0, 0, TimeSpan.Zero),
            TransferEnabled = true,
            TransferNumber = "+12125550499",
        };
        await Settings.PersonalAssistant.UpdateAsync(person, changed);
        var after = await Settings.PersonalAssistant.GetAsync(person);
        Assert.Equal(PersonalAssistantPresence.BusinessTrip, after.Presence);
        Assert.Equal(changed.UntilDateTime, after.UntilDateTime);
        Same(changed, after);
    }

    [Fact]
    public async Task PreferredAnswer_SelectEndpointThenClear_ReReadShowsEachStep()
    {
        string person = fixture.UserId(25);
        var before = await Settings.PreferredAnswer.ReadAsync(person);
        Assert.Null(before.PreferredAnswerEndpointId);
        var endpoint = Assert.Single(before.Endpoints!);
        Assert.Equal(PreferredAnswerEndpointType.Application, endpoint.Type);

        await Settings.PreferredAnswer.ModifyAsync(person, endpoint.Id);
        var after = await Settings.PreferredAnswer.ReadAsync(person);
        Assert.Equal(endpoint.Id, after.PreferredAnswerEndpointId);
        Same(before.Endpoints, after.Endpoints);

        await Settings.PreferredAnswer.ModifyAsync(person, null);
        Assert.Null((await Settings.PreferredAnswer.ReadAsync(person)).PreferredAnswerEndpointId);
    }
}
