using System.Net;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony.EmergencyServices;
using WebexCalling.Sdk.Testing.Endpoints;
using WebexCalling.Sdk.Testing.Infrastructure;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.EmergencyServices;

/// <summary>
/// api.Telephony.EmergencyServices against the simulator's hand-written routes. Tests that change the organisation's
/// settings (which every other read sees) run on a simulator of their own; the shared one is only read or changed per
/// location.
/// </summary>
public class EmergencyServicesSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private OrgEmergencyServicesApi Emergency => fixture.H.Api.Telephony.EmergencyServices;

    private static Task<SimHarness> DemoAsync() => SimHarness.StartAsync(Transport.InProcess, seed: sim => sim.Seed.DemoOrg());

    private static string UnknownLocationId() => WebexIds.Encode(WebexIds.Location, Guid.NewGuid());

    [Fact]
    public async Task GetNotification_DemoOrg_SendsEmergencyCallEmailsToTheAdministrator()
    {
        var org = await Emergency.GetNotificationAsync();
        var newYork = await Emergency.GetLocationNotificationAsync(fixture.LocationOfUser(24));

        Assert.True(org.EmergencyCallNotificationEnabled);
        Assert.True(org.AllowEmailNotificationAllLocationEnabled);
        Assert.Equal("admin@example.com", org.EmailAddress);
        Assert.False(newYork.EmergencyCallNotificationEnabled);
        Assert.Null(newYork.EmailAddress);
        Assert.Equal(org, newYork.Organization);
    }

    [Fact]
    public async Task UpdateNotification_ReadsBackAndEveryLocationSeesTheOrganisationsSettings()
    {
        await using var h = await DemoAsync();
        var api = h.Api.Telephony.EmergencyServices;
        var users = await h.CallingUsersAsync();
        string austin = users[16]["locationId"]!.GetValue<string>();
        var before = await api.GetNotificationAsync();

        await api.UpdateNotificationAsync(before with { EmailAddress = "security@example.com", AllowEmailNotificationAllLocationEnabled = false });
        var after = await api.GetNotificationAsync();
        var location = await api.GetLocationNotificationAsync(austin);

        Assert.Equal("security@example.com", after.EmailAddress);
        Assert.False(after.AllowEmailNotificationAllLocationEnabled);
        Assert.True(after.EmergencyCallNotificationEnabled);
        Assert.Equal(after, location.Organization);
    }

    [Fact]
    public async Task UpdateNotification_EnabledWithoutEmail_Is400()
    {
        await using var h = await SimHarness.StartAsync(Transport.InProcess);
        var api = h.Api.Telephony.EmergencyServices;

        var e = await Assert.ThrowsAsync<WebexApiException>(() =>
            api.UpdateNotificationAsync(new OrgEmergencyCallNotification { EmergencyCallNotificationEnabled = true }));
        var unchanged = await api.GetNotificationAsync();

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Equal("An email address is required when emergency call notification is enabled.", e.WebexMessage);
        Assert.False(unchanged.EmergencyCallNotificationEnabled);
    }

    [Fact]
    public async Task UpdateLocationNotification_ReadsBackForThatLocationOnly()
    {
        string denver = fixture.LocationOfUser(8), austin = fixture.LocationOfUser(16);

        await Emergency.UpdateLocationNotificationAsync(denver, emergencyCallNotificationEnabled: true, emailAddress: "denver.security@example.com");
        var changed = await Emergency.GetLocationNotificationAsync(denver);
        await Emergency.UpdateLocationNotificationAsync(denver, emailAddress: "front.desk@example.com");
        var onlyEmail = await Emergency.GetLocationNotificationAsync(denver);
        var other = await Emergency.GetLocationNotificationAsync(austin);

        Assert.True(changed.EmergencyCallNotificationEnabled);
        Assert.Equal("denver.security@example.com", changed.EmailAddress);
        Assert.True(onlyEmail.EmergencyCallNotificationEnabled); // not sent, so unchanged
        Assert.Equal("front.desk@example.com", onlyEmail.EmailAddress);
        Assert.False(other.EmergencyCallNotificationEnabled);
        Assert.Null(other.EmailAddress);
    }

    [Fact]
    public async Task LocationMembers_UnknownLocation_Are404WithWebexsMessage()
    {
        string unknown = UnknownLocationId();

        var notification = await Assert.ThrowsAsync<WebexApiException>(() => Emergency.GetLocationNotificationAsync(unknown));
        var update = await Assert.ThrowsAsync<WebexApiException>(() => Emergency.UpdateLocationNotificationAsync(unknown, false));
        var status = await Assert.ThrowsAsync<WebexApiException>(() => Emergency.GetLocationComplianceStatusAsync(unknown));
        var parameters = await Assert.ThrowsAsync<WebexApiException>(() => Emergency.GetLocationParametersAsync(unknown));

        Assert.All([notification, update, status, parameters], e =>
        {
            Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
            Assert.Equal("Location not found.", e.WebexMessage);
            Assert.False(string.IsNullOrEmpty(e.TrackingId));
        });
    }

    [Fact]
    public async Task RedSky_DemoOrg_ShowsEachLocationAtItsStage()
    {
        string sanJose = fixture.LocationOfUser(0), newYork = fixture.LocationOfUser(24);

        var account = await Emergency.GetRedskyAccountDetailsAsync();
        var org = await Emergency.GetOrgComplianceStatusAsync();
        var byState = await Emergency.GetOrgComplianceAsync(order: "locationState");
        var page = await Emergency.GetOrgComplianceAsync(start: 1, max: 2);
        var compliant = await Emergency.GetLocationParametersAsync(sanJose);
        var pending = await Emergency.GetLocationParametersAsync(newYork);
        var newYorkStatus = await Emergency.GetLocationComplianceStatusAsync(newYork);

        Assert.True(account.Enabled);
        Assert.False(string.IsNullOrEmpty(account.CompanyId));
        Assert.Equal("*****", account.Secret);
        Assert.True(account.LocationsEnabled);
        Assert.Equal(RedSkyOrgStatus.Initialise, org.OrgStatus);
        Assert.Equal(ComplianceStatus.NonCompliant, org.ComplianceStatus);
        Assert.True(org.AdminExists);
        Assert.Equal(account.CompanyId, org.CompanyId);
        Assert.Equal(RedSkyLocationState.LocationSetup, org.LocationsStatus!.State);
        Assert.Equal(4, org.LocationsStatus.Count);
        Assert.Equal(["New York"], org.LocationsStatus.Locations!.Select(l => l.Name));
        Assert.Equal([("New York", RedSkyLocationState.LocationSetup), ("Austin", RedSkyLocationState.NetworkElements),
                      ("Denver", RedSkyLocationState.RoutingEnable), ("San Jose", RedSkyLocationState.Compliant)],
            byState.LocationsStatus!.Locations!.Select(l => (l.Name!, l.State!.Value)));
        Assert.Equal(4, page.LocationsStatus!.Count);
        Assert.Equal(["Denver", "New York"], page.LocationsStatus.Locations!.Select(l => l.Name)); // by name: Austin, [Denver, New York], San Jose
        Assert.True(compliant.IntegrationEnabled);
        Assert.True(compliant.RoutingEnabled);
        Assert.False(pending.IntegrationEnabled);
        Assert.False(pending.RoutingEnabled);
        Assert.Equal(RedSkyLocationState.LocationSetup, newYorkStatus.LocationsStatus!.State);
        Assert.Equal(newYork, Assert.Single(newYorkStatus.LocationsStatus.Locations!).Id);
    }

    [Fact]
    public async Task GetOrgCompliance_UnknownOrder_Is400()
    {
        var e = await Assert.ThrowsAsync<WebexApiException>(() => Emergency.GetOrgComplianceAsync(order: "zip"));

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Equal("Invalid value for parameter 'order': 'zip'.", e.WebexMessage);
    }

    [Fact]
    public async Task LocationSetup_StageByStage_EndsCompliantWithRouting()
    {
        await using var h = await DemoAsync();
        var api = h.Api.Telephony.EmergencyServices;
        var users = await h.CallingUsersAsync();
        string newYork = users[24]["locationId"]!.GetValue<string>();
        var record = h.Sim.State.FindLocation(newYork)!;

        var skipped = await Assert.ThrowsAsync<WebexApiException>(() => api.UpdateLocationComplianceStatusAsync(newYork, RedSkyStage.NetworkElements));
        await api.CreateLocationAddressAndAlertEmailAsync(newYork, "ny.alerts@example.com", new RedSkyAddress
        {
            AddressLine1 = "300 East 42nd Street", City = "New York", StateOrProvince = "NY", ZipOrPostalCode = "10017", Country = "US",
        });
        var again = await Assert.ThrowsAsync<WebexApiException>(() => api.CreateLocationAddressAndAlertEmailAsync(newYork, "ny.alerts@example.com"));
        await api.UpdateLocationAddressAsync(newYork, new RedSkyAddress { AddressLine2 = "Floor 12" });
        var building = h.Sim.State.Area<EmergencyServicesStore>().LocationOf(record).Building!; // the reference has no read of a building
        var afterSetup = await api.UpdateLocationComplianceStatusAsync(newYork, RedSkyStage.LocationSetup);
        await api.UpdateLocationComplianceStatusAsync(newYork, RedSkyStage.Alerts);
        var afterNetwork = await api.UpdateLocationComplianceStatusAsync(newYork, RedSkyStage.NetworkElements);
        var testCallsOnly = await api.GetLocationParametersAsync(newYork);
        var done = await api.UpdateLocationComplianceStatusAsync(newYork, RedSkyStage.RoutingEnabled);
        var routing = await api.GetLocationParametersAsync(newYork);
        var status = await api.GetLocationComplianceStatusAsync(newYork);

        Assert.Equal(HttpStatusCode.BadRequest, skipped.StatusCode);
        Assert.Equal("The stages must be completed in order: LOCATION_SETUP, ALERTS, NETWORK_ELEMENTS, ROUTING_ENABLED.", skipped.WebexMessage);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("ny.alerts@example.com", building["alertingEmail"]!.GetValue<string>());
        Assert.Equal("300 East 42nd Street", building["address"]!["addressLine1"]!.GetValue<string>());
        Assert.Equal("Floor 12", building["address"]!["addressLine2"]!.GetValue<string>());
        Assert.Equal(RedSkyLocationState.Alerts, afterSetup!.State);
        Assert.Equal((1, "New York"), (afterSetup.Count, Assert.Single(afterSetup.Locations!).Name));
        Assert.Equal(RedSkyLocationState.RoutingEnable, afterNetwork!.State);
        Assert.True(testCallsOnly.IntegrationEnabled);
        Assert.False(testCallsOnly.RoutingEnabled);
        Assert.Equal(RedSkyLocationState.Compliant, done!.State);
        Assert.True(routing.RoutingEnabled);
        Assert.Equal(RedSkyLocationState.Compliant, status.LocationsStatus!.State);
        Assert.Equal(ComplianceStatus.NonCompliant, status.ComplianceStatus); // Denver and Austin are not yet
    }

    [Fact]
    public async Task UpdateOrgComplianceStatus_CompletesTheStageEverywhere_ThenTheOrganisationIsCompliant()
    {
        await using var h = await DemoAsync();
        var api = h.Api.Telephony.EmergencyServices;

        var tooEarly = await Assert.ThrowsAsync<WebexApiException>(() => api.UpdateOrgComplianceStatusAsync(RedSkyStage.Alerts));
        var steps = new List<RedSkyComplianceStatus>();
        foreach (var stage in new[] { RedSkyStage.LocationSetup, RedSkyStage.Alerts, RedSkyStage.NetworkElements, RedSkyStage.RoutingEnabled })
            steps.Add(await api.UpdateOrgComplianceStatusAsync(stage));
        var read = await api.GetOrgComplianceStatusAsync();
        var optedOut = await api.UpdateOrgComplianceStatusAsync(RedSkyStage.OptedOut);
        var account = await api.GetRedskyAccountDetailsAsync();

        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode); // New York has not completed the location setup
        Assert.Equal([RedSkyLocationState.Alerts, RedSkyLocationState.NetworkElements, RedSkyLocationState.RoutingEnable],
            steps.Take(3).Select(s => s.LocationsStatus!.State!.Value));
        Assert.Equal(["Austin", "New York"], steps[1].LocationsStatus!.Locations!.Select(l => l.Name).Order());
        Assert.Equal((RedSkyOrgStatus.Enabled, ComplianceStatus.Compliant), (steps[3].OrgStatus!.Value, steps[3].ComplianceStatus!.Value));
        Assert.Null(steps[3].LocationsStatus!.State);
        Assert.Empty(steps[3].LocationsStatus!.Locations!);
        Assert.Equal((RedSkyOrgStatus.Enabled, ComplianceStatus.Compliant, 4), (read.OrgStatus!.Value, read.ComplianceStatus!.Value, read.LocationsStatus!.Count));
        Assert.Equal((RedSkyOrgStatus.OptedOut, ComplianceStatus.OptedOut), (optedOut.OrgStatus!.Value, optedOut.ComplianceStatus!.Value));
        Assert.False(account.LocationsEnabled);
    }

    [Fact]
    public async Task RedSkyAccount_CreateLoginAndServiceSettings_ReadBack()
    {
        await using var h = await SimHarness.StartAsync(Transport.InProcess);
        var api = h.Api.Telephony.EmergencyServices;

        var none = await api.GetRedskyAccountDetailsAsync();
        var noneStatus = await api.GetOrgComplianceStatusAsync();
        await api.CreateRedskyAccountAndAdminAsync("e911.admin@example.com", OrgPrefixObject.Wxc);
        var created = await api.GetRedskyAccountDetailsAsync();
        var createdStatus = await api.GetOrgComplianceStatusAsync();
        var twice = await Assert.ThrowsAsync<WebexApiException>(() => api.CreateRedskyAccountAndAdminAsync("other@example.com"));
        var wrong = await Assert.ThrowsAsync<WebexApiException>(() => api.LoginAsync("someone@example.com", "Secret-1"));
        var login = await api.LoginAsync("e911.admin@example.com", "Secret-1", createdStatus.RedSkyOrgId);
        var otherOrg = await api.LoginAsync("e911.admin@example.com", "Secret-1", "2ff43e05-af11-41ff-91b6-87a3b509f4z4");
        await api.UpdateServiceSettingsAsync(false, companyId: "a5e5808f-34ac-4ed0-b8f3-2416bc4cb785", secret: "qwEr4%2d");
        var updated = await api.GetRedskyAccountDetailsAsync();
        var external = await Assert.ThrowsAsync<WebexApiException>(() =>
            api.UpdateServiceSettingsAsync(true, externalTenantEnabled: true, email: "reseller@example.com"));

        Assert.False(none.Enabled);
        Assert.Null(none.CompanyId);
        Assert.Null(none.Secret);
        Assert.False(noneStatus.AdminExists);
        Assert.True(created.Enabled);
        Assert.False(string.IsNullOrEmpty(created.CompanyId));
        Assert.True(createdStatus.AdminExists);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("Invalid RedSky credentials.", wrong.WebexMessage);
        Assert.True(login.AccountMatch);
        Assert.False(login.ExternalTenantEnabled);
        Assert.Equal(created.CompanyId, login.CompanyId);
        Assert.False(otherOrg.AccountMatch);
        Assert.False(updated.Enabled);
        Assert.Equal("a5e5808f-34ac-4ed0-b8f3-2416bc4cb785", updated.CompanyId);
        Assert.Equal("*****", updated.Secret);
        Assert.Equal(HttpStatusCode.BadRequest, external.StatusCode);
        Assert.Equal("Missing required field(s) for an external tenant: password.", external.WebexMessage);
    }

    [Fact]
    public async Task HuntGroupEcbnDependencies_OfAHuntGroup_AndUnknownIs404()
    {
        string austin = fixture.LocationOfUser(17);
        string id = await fixture.H.Api.Telephony.HuntGroup.CreateAsync(austin,
            TelephonyFeatures.NewHuntGroup("Austin emergency desk", "3075", fixture.UserId(17)));

        var dependencies = await Emergency.HuntGroupEcbnDependenciesAsync(id);
        await fixture.H.Api.Telephony.HuntGroup.DeleteAsync(austin, id);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Emergency.HuntGroupEcbnDependenciesAsync(id));

        Assert.False(dependencies.IsLocationEcbnDefault);
        Assert.False(dependencies.IsSelfEcbnDefault);
        Assert.Equal(0, dependencies.DependentMemberCount);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("Hunt group not found.", gone.WebexMessage);
        Assert.False(string.IsNullOrEmpty(gone.TrackingId));
    }
}
