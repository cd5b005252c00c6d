using System.Net;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Licenses;
using WebexCalling.Sdk.People;

namespace WebexCalling.Sdk.IntegrationTests.Licenses;

/// <summary>api.Licenses against the simulator: units counted from people's licenses, their users, assignment.</summary>
public class LicensesSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private LicensesApi Licenses => fixture.H.Api.Licenses;

    private async Task<License> CallingAsync() =>
        await Licenses.ListAsync().SingleAsync(l => l.Name == "Webex Calling - Professional");

    [Fact]
    public async Task ListDetailsAssignedUsers_CountTheDemoCallingUsers()
    {
        var licenses = await Licenses.ListAsync().ToListAsync();
        var calling = licenses.Single(l => l.Name == "Webex Calling - Professional");
        var details = await Licenses.DetailsAsync(calling.LicenseId!);
        var users = await Licenses.AssignedUsersAsync(calling.LicenseId!).ToListAsync();
        var meetings = licenses.Single(l => l.SiteUrl is not null);

        Assert.Equal(32, calling.ConsumedUnits);
        Assert.Equal((32, 0, 100), (details.ConsumedByUsers, details.ConsumedByWorkspaces, details.TotalUnits));
        Assert.Equal(calling.Name, details.Name);
        Assert.Equal(32, users.Count);
        Assert.Contains(users, u => u.Id == fixture.UserId(0));
        Assert.All(users, u => Assert.Equal(LicenseUserType.Internal, u.Type));
        Assert.Equal(SiteType.ControlHubManagedSite, meetings.SiteType);
        Assert.Equal(0, meetings.ConsumedUnits);
    }

    [Fact]
    public async Task AssignLicensesToUsersAsync_AddCallingThenRemove_CountsAndCallingDataFollow()
    {
        var calling = await CallingAsync();
        var meetings = await Licenses.ListAsync().SingleAsync(l => l.SiteUrl is not null);
        string denver = fixture.LocationOfUser(8);
        var person = await fixture.H.Api.People.CreateAsync(new Person
        {
            Emails = ["license.test@example.com"], FirstName = "License", LastName = "Tester", DisplayName = "License Tester",
        });

        var added = await Licenses.AssignLicensesToUsersAsync(personId: person.PersonId, licenses:
        [
            new LicenseRequest { Id = calling.LicenseId, Properties = new LicenseProperties { LocationId = denver, Extension = "2777" } },
            new LicenseRequest { Id = meetings.LicenseId, Operation = LicenseRequestOperation.Add },
        ], siteUrls: [new SiteUrlsRequest { SiteUrl = "simulator.webex.com", AccountType = SiteAccountType.Attendee }]);
        var withCalling = await fixture.H.Api.People.DetailsAsync(person.PersonId!, callingData: true);
        var countedIn = await Licenses.DetailsAsync(calling.LicenseId!);
        var extensionOnly = await fixture.H.Api.Telephony.PhoneNumbersAsync(ownerId: person.PersonId).SingleAsync();
        var removed = await Licenses.AssignLicensesToUsersAsync(email: "license.test@example.com",
            licenses: [new LicenseRequest { Id = calling.LicenseId, Operation = LicenseRequestOperation.Remove }]);
        var countedOut = await Licenses.DetailsAsync(calling.LicenseId!);
        var withoutCalling = await fixture.H.Api.People.DetailsAsync(person.PersonId!, callingData: true);
        await fixture.H.Api.People.DeleteAsync(person.PersonId!);

        Assert.Equal(person.PersonId, added.PersonId);
        Assert.Equal([calling.LicenseId!, meetings.LicenseId!], added.Licenses!);
        Assert.Equal(("simulator.webex.com", SiteAccountType.Attendee), (added.SiteUrls![0].SiteUrl, added.SiteUrls[0].AccountType!.Value));
        Assert.Equal((denver, "2777"), (withCalling.LocationId, withCalling.Extension));
        Assert.Equal(calling.ConsumedUnits + 1, countedIn.ConsumedUnits);
        Assert.Equal("2777", extensionOnly.Extension);
        Assert.True(string.IsNullOrEmpty(extensionOnly.PhoneNumber));
        Assert.Equal([meetings.LicenseId!], removed.Licenses!);
        Assert.Equal(calling.ConsumedUnits, countedOut.ConsumedUnits);
        Assert.Null(withoutCalling.LocationId);
        Assert.Null(withoutCalling.Extension);
    }

    [Fact]
    public async Task AssignLicensesToUsersAsync_DocumentedErrors_ChangeNothing()
    {
        var calling = await CallingAsync();
        var person = await fixture.H.Api.People.CreateAsync(new Person
        {
            Emails = ["license.errors@example.com"], FirstName = "License", LastName = "Errors", DisplayName = "License Errors",
        });

        var noLocation = await Assert.ThrowsAsync<WebexApiException>(() =>
            Licenses.AssignLicensesToUsersAsync(personId: person.PersonId, licenses: [new LicenseRequest { Id = calling.LicenseId }]));
        var unknownLicense = await Assert.ThrowsAsync<WebexApiException>(() =>
            Licenses.AssignLicensesToUsersAsync(personId: person.PersonId, licenses: [new LicenseRequest { Id = "Y2lzY29zcGFyazovL3VzL0xJQ0VOU0Uvbm9uZQ" }]));
        var unknownUser = await Assert.ThrowsAsync<WebexApiException>(() =>
            Licenses.AssignLicensesToUsersAsync(email: "nobody@example.com", licenses: [new LicenseRequest { Id = calling.LicenseId }]));
        var unknownDetails = await Assert.ThrowsAsync<WebexApiException>(() => Licenses.DetailsAsync("Y2lzY29zcGFyazovL3VzL0xJQ0VOU0Uvbm9uZQ"));
        var after = await fixture.H.Api.People.DetailsAsync(person.PersonId!, callingData: true);
        await fixture.H.Api.People.DeleteAsync(person.PersonId!);

        Assert.Equal(HttpStatusCode.BadRequest, noLocation.StatusCode);
        Assert.Contains("location", noLocation.WebexMessage);
        Assert.Equal(HttpStatusCode.BadRequest, unknownLicense.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownUser.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownDetails.StatusCode);
        Assert.Equal("License not found.", unknownDetails.WebexMessage);
        Assert.False(string.IsNullOrEmpty(unknownDetails.TrackingId));
        Assert.True(after.Licenses is null or { Count: 0 });
    }
}
