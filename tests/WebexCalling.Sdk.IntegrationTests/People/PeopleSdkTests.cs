using System.Net;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.People;

namespace WebexCalling.Sdk.IntegrationTests.People;

public class PeopleSdkTests
{
    private static Task<SimHarness> DemoAsync(Transport transport, Action<WebexApiOptions>? configure = null) =>
        SimHarness.StartAsync(transport, seed: sim => sim.Seed.DemoOrg(), configure: configure);

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task ListAsync_ByLocationWithCallingData_ReturnsItsUsersWithExtensionsAndNumbers(Transport transport)
    {
        await using var h = await DemoAsync(transport);
        var sanJose = (await h.Api.Locations.ByNameAsync("San Jose"))!;

        var people = await h.Api.People.ListAsync(locationId: sanJose.LocationId, callingData: true).ToListAsync();

        Assert.Equal(8, people.Count);
        Assert.All(people, p => Assert.Equal(sanJose.LocationId, p.LocationId));
        Assert.Equal(Enumerable.Range(1001, 8).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            people.Select(p => p.Extension));
        Assert.All(people, p => Assert.StartsWith("+1408555", p.Tn?.Value, StringComparison.Ordinal));
        Assert.All(people, p => Assert.Equal(PhoneNumberType.Work, p.PhoneNumbers![0].NumberType));
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task ListAsync_WithoutCallingData_LeavesCallingFieldsOut(Transport transport)
    {
        await using var h = await DemoAsync(transport);

        var people = await h.Api.People.ListAsync().ToListAsync();

        Assert.Equal(33, people.Count); // 32 demo users and the administrator
        Assert.All(people, p => Assert.Null(p.Extension));
        Assert.All(people, p => Assert.Null(p.LocationId));
        Assert.All(people, p => Assert.Equal(PeopleStatus.Active, p.Status));
        Assert.All(people, p => Assert.Equal(PersonType.Person, p.PersonType));
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task ListAsync_EmailDisplayNameAndIdFilters_ReturnOnlyMatches(Transport transport)
    {
        await using var h = await DemoAsync(transport);
        var all = await h.Api.People.ListAsync().ToListAsync();
        var target = all[5];

        var byEmail = await h.Api.People.ListAsync(email: target.Emails![0].ToUpperInvariant()).ToListAsync();
        var byName = await h.Api.People.ListAsync(displayName: target.FirstName![..2]).ToListAsync();
        var byIds = await h.Api.People.ListAsync(idList: [all[1].PersonId!, all[7].PersonId!]).ToListAsync();

        Assert.Equal(target.PersonId, Assert.Single(byEmail).PersonId);
        Assert.Contains(byName, p => p.PersonId == target.PersonId);
        Assert.All(byName, p => Assert.StartsWith(target.FirstName[..2], p.DisplayName, StringComparison.OrdinalIgnoreCase));
        Assert.Equal([all[1].PersonId, all[7].PersonId], byIds.Select(p => p.PersonId));
        Assert.All(byIds, p => Assert.Null(p.Status)); // no presence with an id list, as Webex documents
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task DetailsAsync_CallingDataFlag_AddsCallingFields(Transport transport)
    {
        await using var h = await DemoAsync(transport);
        var someone = (await h.Api.People.ListAsync().ToListAsync())[10];

        var plain = await h.Api.People.DetailsAsync(someone.PersonId!);
        var calling = await h.Api.People.DetailsAsync(someone.PersonId!, callingData: true);

        Assert.Equal(someone.DisplayName, plain.DisplayName);
        Assert.Null(plain.Extension);
        Assert.NotNull(calling.Extension);
        Assert.NotNull(calling.LocationId);
        Assert.Equal(h.Sim.OrgId, calling.OrgId);
        Assert.NotNull(calling.Created);
        Assert.Single(calling.Licenses!);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task MeAsync_DevToken_ReturnsTheAdministrator(Transport transport)
    {
        await using var h = await DemoAsync(transport);

        var me = await h.Api.People.MeAsync();

        Assert.Equal(h.Sim.AdminPersonId, me.PersonId);
        Assert.Equal(["admin@example.com"], me.Emails);
        Assert.NotEmpty(me.Roles!);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task CreateAsync_CallingUser_DetailsShowTheCallingData(Transport transport)
    {
        await using var h = await DemoAsync(transport);
        var austin = (await h.Api.Locations.ByNameAsync("Austin"))!;

        var created = await h.Api.People.CreateAsync(new Person
        {
            Emails = ["new.user@example.com"],
            DisplayName = "New User",
            FirstName = "New",
            LastName = "User",
            LocationId = austin.LocationId,
            Extension = "3999",
            PhoneNumbers = [new PhoneNumber { NumberType = PhoneNumberType.Work, Value = "+15125559999" }],
            Title = "Engineer",
        }, callingData: true);
        var details = await h.Api.People.DetailsAsync(created.PersonId!, callingData: true);

        Assert.Equal("3999", created.Extension);
        Assert.Equal("New User", details.DisplayName);
        Assert.Equal(austin.LocationId, details.LocationId);
        Assert.Equal("+15125559999", details.Tn?.Value);
        Assert.Equal("Engineer", details.Title);
        Assert.Equal(9, await h.Api.People.ListAsync(locationId: austin.LocationId).CountAsync());
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task CreateAsync_ExistingEmailOrNoEmail_IsRejected(Transport transport)
    {
        await using var h = await DemoAsync(transport);

        var duplicate = await Assert.ThrowsAsync<WebexApiException>(() =>
            h.Api.People.CreateAsync(new Person { Emails = ["admin@example.com"], DisplayName = "Copy" }));
        var missing = await Assert.ThrowsAsync<WebexApiException>(() =>
            h.Api.People.CreateAsync(new Person { DisplayName = "No Mail" }));

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("emails", missing.WebexMessage, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task UpdateAsync_ChangedFields_DetailsShowTheChange(Transport transport)
    {
        await using var h = await DemoAsync(transport);
        var before = (await h.Api.People.ListAsync(callingData: true).ToListAsync())[3];

        var answer = await h.Api.People.UpdateAsync(before with { Title = "Director", Extension = "1999", Department = "Sales" },
            callingData: true);
        var after = await h.Api.People.DetailsAsync(before.PersonId!, callingData: true);

        Assert.Equal("Director", answer.Title);
        Assert.Equal("Director", after.Title);
        Assert.Equal("1999", after.Extension);
        Assert.Equal("Sales", after.Department);
        Assert.Equal(before.DisplayName, after.DisplayName);
        Assert.Equal(before.LocationId, after.LocationId);
        Assert.Equal(before.Tn?.Value, after.Tn?.Value);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task UpdateAsync_UnknownPerson_ThrowsNotFound(Transport transport)
    {
        await using var h = await DemoAsync(transport);
        var someone = await h.Api.People.MeAsync();
        await h.Api.People.DeleteAsync(someone.PersonId!);

        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.People.UpdateAsync(someone with { Title = "x" }));

        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task DeleteAsync_ThenDetails_ThrowsNotFoundWithWebexMessageAndTrackingId(Transport transport)
    {
        await using var h = await DemoAsync(transport);
        var victim = (await h.Api.People.ListAsync().ToListAsync())[^1];

        await h.Api.People.DeleteAsync(victim.PersonId!);
        var e = await Assert.ThrowsAsync<WebexApiException>(() => h.Api.People.DetailsAsync(victim.PersonId!));

        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        Assert.Equal("Person not found.", e.WebexMessage);
        Assert.False(string.IsNullOrEmpty(e.TrackingId));
        Assert.Equal(32, await h.Api.People.ListAsync().CountAsync());
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task ListAsync_ThreeThousandPeopleSmallPages_ReturnsEveryPersonOnce(Transport transport)
    {
        await using var h = await SimHarness.StartAsync(transport, seed: sim => sim.Seed.People(3000),
            configure: o => o.PageSize = 100);
        long before = h.Sim.RequestCount;

        var people = await h.Api.People.ListAsync().ToListAsync();

        Assert.Equal(3001, people.Count); // and the administrator
        Assert.Equal(3001, people.Select(p => p.PersonId).Distinct().Count());
        Assert.Equal(31, h.Sim.RequestCount - before); // 31 pages of at most 100
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task ListAsync_FilterOverManyPages_KeepsTheFilterOnEveryPage(Transport transport)
    {
        await using var h = await SimHarness.StartAsync(transport, seed: sim => sim.Seed.DemoOrg().People(400),
            configure: o => o.PageSize = 7);
        var denver = (await h.Api.Locations.ByNameAsync("Denver"))!;

        var people = await h.Api.People.ListAsync(locationId: denver.LocationId, callingData: true).ToListAsync();

        Assert.Equal(8 + 100, people.Count);
        Assert.All(people, p => Assert.Equal(denver.LocationId, p.LocationId));
    }
}
