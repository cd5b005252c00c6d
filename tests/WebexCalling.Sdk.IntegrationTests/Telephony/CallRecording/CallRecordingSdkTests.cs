using System.Net;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony.CallRecording;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.CallRecording;

/// <summary>api.Telephony.CallRecording against the simulator's demo organisation (a vendor choice per location).</summary>
public class CallRecordingSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    // the ids of the reference's examples
    private const string Dubber = "Y2lzY29zcGFyazovL3VzL1JFQ09SRElOR19WRU5ET1IvNTNkYzRjODctODQwOC00ODgyLTk1NzAtZGNhMmJjZGI5Mjgw";
    private const string Webex = "Y2lzY29zcGFyazovL3VzL1JFQ09SRElOR19WRU5ET1IvMGE0MjY3NTQtYTQ3MC00YzJkLThiYTAtZmJjNjc3M2E4YTdj";
    private const string UnknownVendor = "Y2lzY29zcGFyazovL3VzL1JFQ09SRElOR19WRU5ET1IvMDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw";

    private CallRecordingSettingsApi Recording => fixture.H.Api.Telephony.CallRecording;

    [Fact]
    public async Task ReadUpdateRead_SwitchesRecordingOffAndOn()
    {
        var before = await Recording.ReadAsync();
        await Recording.UpdateAsync(false);
        var off = await Recording.ReadAsync();
        await Recording.UpdateAsync(true);
        var on = await Recording.ReadAsync();

        Assert.True(before.Enabled);
        Assert.Equal((Webex, "Webex"), (before.VendorId, before.VendorName));
        Assert.Equal(fixture.H.Sim.OrgId, before.Organization!.Id);
        Assert.False(off.Enabled);
        Assert.True(on.Enabled);
    }

    [Fact]
    public async Task TermsOfService_ReadUpdateRead_ReadsBackWhatWasSent()
    {
        var before = await Recording.ReadTermsOfServiceAsync(Dubber);
        await Recording.UpdateTermsOfServiceAsync(Dubber, false);
        var after = await Recording.ReadTermsOfServiceAsync(Dubber);
        var unknown = await Assert.ThrowsAsync<WebexApiException>(() => Recording.ReadTermsOfServiceAsync(UnknownVendor));

        Assert.Equal(("Dubber", true, "https://www.dubber.net/terms"), (before.VendorName, before.TermsOfServiceEnabled, before.TermsOfServiceUrl));
        Assert.False(after.TermsOfServiceEnabled);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Vendor not found.", unknown.WebexMessage);
        Assert.False(string.IsNullOrEmpty(unknown.TrackingId));
    }

    [Fact]
    public async Task ComplianceAnnouncements_LocationUsesTheOrganisationsUntilItHasItsOwn()
    {
        string sanJose = fixture.LocationOfUser(0);

        var org = await Recording.ReadOrgComplianceAnnouncementAsync();
        await Recording.UpdateOrgComplianceAnnouncementAsync(org with { OutboundPstnCallsEnabled = true, OutboundPstnCallsDelayEnabled = true, DelayInSeconds = 5 });
        var orgAfter = await Recording.ReadOrgComplianceAnnouncementAsync();
        var inherited = await Recording.ReadLocationComplianceAnnouncementAsync(sanJose);
        await Recording.UpdateLocationComplianceAnnouncementAsync(sanJose, inherited with
        {
            UseOrgSettingsEnabled = false,
            InboundPstnCallsEnabled = false,
            OutboundPstnCallsEnabled = false,
            DelayInSeconds = 20,
        });
        var own = await Recording.ReadLocationComplianceAnnouncementAsync(sanJose);

        Assert.Equal((true, false, 10), (org.InboundPstnCallsEnabled, org.OutboundPstnCallsEnabled, org.DelayInSeconds));
        Assert.Equal((true, true, 5), (orgAfter.OutboundPstnCallsEnabled, orgAfter.OutboundPstnCallsDelayEnabled, orgAfter.DelayInSeconds));
        Assert.True(inherited.UseOrgSettingsEnabled);
        Assert.Equal((true, 5), (inherited.OutboundPstnCallsEnabled, inherited.DelayInSeconds)); // the organisation's
        Assert.Equal((false, false, false, 20),
            (own.UseOrgSettingsEnabled, own.InboundPstnCallsEnabled, own.OutboundPstnCallsEnabled, own.DelayInSeconds));
    }

    [Fact]
    public async Task GetCallRecordingRegionsAsync_ListsTheRegionsWithUsAsDefault()
    {
        var regions = await Recording.GetCallRecordingRegionsAsync();

        Assert.Contains(regions, r => r.Code == "CA" && r.Name == "Canada" && r.DefaultEnabled == false);
        Assert.Equal("US", Assert.Single(regions, r => r.DefaultEnabled == true).Code);
    }

    [Fact]
    public async Task GetLocationVendorsAsync_DemoLocations_HaveTheirSeededChoices()
    {
        var sanJose = await Recording.GetLocationVendorsAsync(fixture.LocationOfUser(0));
        var denver = await Recording.GetLocationVendorsAsync(fixture.LocationOfUser(8));

        Assert.True(sanJose.OrgDefaultEnabled);
        Assert.Equal(("Webex", "Webex"), (sanJose.OrgDefaultVendorName, sanJose.DefaultVendorName));
        Assert.Equal(["Dubber", "Webex", "Imagicle"], sanJose.Vendors!.Select(v => v.Name));
        Assert.False(denver.OrgDefaultEnabled);
        Assert.Equal((Dubber, "Dubber"), (denver.DefaultVendorId, denver.DefaultVendorName));
        Assert.Equal((FailureBehavior.EndCallWithAnnouncement, FailureBehavior.ProceedWithCallNoAnnouncement),
            (denver.FailureBehavior, denver.OrgFailureBehavior));
    }

    [Fact]
    public async Task SetLocationVendorAsync_NewVendorIsAJobOtherChangesApplyAtOnce()
    {
        string austin = fixture.LocationOfUser(16);
        var vendors = await Recording.GetOrgVendorsAsync();
        string imagicle = vendors.Vendors!.Single(v => v.Name == "Imagicle").Id!;

        string? job = await Recording.SetLocationVendorAsync(austin, vendorId: imagicle);
        string? noJob = await Recording.SetLocationVendorAsync(austin, storageRegion: "DE", orgStorageRegionEnabled: false,
            failureBehavior: FailureBehavior.ProceedCallWithAnnouncement, orgFailureBehaviorEnabled: false);
        var after = await Recording.GetLocationVendorsAsync(austin);
        var users = await Recording.ListLocationUsersAsync(austin).ToListAsync();
        var standardOnly = await Recording.ListLocationUsersAsync(austin, standardUserOnly: true).ToListAsync();
        var badRegion = await Assert.ThrowsAsync<WebexApiException>(() => Recording.SetLocationVendorAsync(austin, storageRegion: "XX"));

        Assert.False(string.IsNullOrEmpty(job));
        Assert.Null(noJob);
        Assert.False(after.OrgDefaultEnabled);
        Assert.Equal((imagicle, "Imagicle"), (after.DefaultVendorId, after.DefaultVendorName));
        Assert.Equal(("DE", "US"), (after.StorageRegion, after.OrgStorageRegion));
        Assert.Equal(FailureBehavior.ProceedCallWithAnnouncement, after.FailureBehavior);
        Assert.Equal(fixture.Users.Skip(16).Take(8).Select(u => u["id"]!.GetValue<string>()), users.Select(u => u.Id));
        Assert.All(users, u => Assert.Equal((UserType.People, UserLicenseType.ProfessionalUser), (u.Type, u.LicenseType)));
        Assert.Empty(standardOnly);
        Assert.Equal(HttpStatusCode.BadRequest, badRegion.StatusCode);
    }

    [Fact]
    public async Task OrgVendor_SetReadsBackAndItsUsersAreThoseOfTheLocationsUsingIt()
    {
        var before = await Recording.GetOrgVendorsAsync();
        var usersBefore = await Recording.ListOrgUsersAsync().Select(u => u.Id).ToListAsync();
        string? job;
        CallRecordingVendors after;
        try
        {
            job = await Recording.SetOrgVendorAsync(Dubber, storageRegion: "GB", failureBehavior: FailureBehavior.EndCallWithAnnouncement);
            after = await Recording.GetOrgVendorsAsync();
        }
        finally
        {
            await Recording.SetOrgVendorAsync(Webex, storageRegion: "US", failureBehavior: FailureBehavior.ProceedWithCallNoAnnouncement);
        }
        var unknown = await Assert.ThrowsAsync<WebexApiException>(() => Recording.SetOrgVendorAsync(UnknownVendor));

        Assert.Equal((Webex, "Webex", "US"), (before.VendorId, before.VendorName, before.StorageRegion));
        Assert.Equal(3, before.Vendors!.Count);
        Assert.Contains(fixture.UserId(0), usersBefore); // San Jose uses the organisation's vendor
        Assert.DoesNotContain(fixture.UserId(8), usersBefore); // Denver has Dubber
        Assert.False(string.IsNullOrEmpty(job));
        Assert.Equal((Dubber, "Dubber", "GB", FailureBehavior.EndCallWithAnnouncement),
            (after.VendorId, after.VendorName, after.StorageRegion, after.FailureBehavior));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
