using System.Net;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony.VirtualExtensions;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.VirtualExtensions;

/// <summary>
/// api.Telephony.VirtualExtensions against the simulator's demo organisation: per location two seeded virtual
/// extensions (n801, n802) and a range (n7XX), and the organisation's 7000 "Help Desk". Tests that create records use
/// extensions and numbers no other test uses.
/// </summary>
public class VirtualExtensionsSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private VirtualExtensionsApi Api => fixture.H.Api.Telephony.VirtualExtensions;

    private static async Task<WebexApiException> AssertFailsAsync(HttpStatusCode status, Func<Task> call)
    {
        var e = await Assert.ThrowsAsync<WebexApiException>(call);
        Assert.Equal(status, e.StatusCode);
        Assert.False(string.IsNullOrEmpty(e.WebexMessage));
        Assert.False(string.IsNullOrEmpty(e.TrackingId));
        return e;
    }

    [Fact]
    public async Task ExtensionCreateReadUpdateDelete_ReadsBackWhatWasSentThenIs404()
    {
        string denver = fixture.LocationOfUser(8);

        string id = await Api.CreateExtensionAsync("Remote Sales", "+16505559101", "2851", firstName: "Remote", lastName: "Sales",
            locationId: denver);
        var created = await Api.DetailsExtensionAsync(id);
        await Api.UpdateExtensionAsync(id, lastName: "Partners", displayName: "Remote Partners", phoneNumber: "+16505559102");
        var updated = await Api.DetailsExtensionAsync(id);
        await Api.DeleteExtensionAsync(id);
        var gone = await AssertFailsAsync(HttpStatusCode.NotFound, () => Api.DetailsExtensionAsync(id));
        var listed = await Api.ListExtensionsAsync(locationId: denver).ToListAsync();

        Assert.Equal(id, created.Id);
        Assert.Equal(("2851", "+16505559101", "Remote", "Sales", "Remote Sales"),
            (created.Extension, created.PhoneNumber, created.FirstName, created.LastName, created.DisplayName));
        Assert.Equal(VirtualExtensionLevel.Location, created.Level);
        Assert.Equal((denver, "Denver"), (created.LocationId, created.LocationName));
        Assert.Equal("802", created.RoutingPrefix); // the second location's
        Assert.Equal("8022851", created.Esn);
        Assert.Null(created.ExtensionData);

        Assert.Equal(("2851", "+16505559102", "Remote", "Partners", "Remote Partners"),
            (updated.Extension, updated.PhoneNumber, updated.FirstName, updated.LastName, updated.DisplayName));
        Assert.StartsWith("Virtual extension not found", gone.WebexMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(listed, v => v.Id == id);
    }

    [Fact]
    public async Task CreateExtensionAsync_WithoutLocation_IsOrganisationLevelWithTheExtensionAsEsn()
    {
        string id = await Api.CreateExtensionAsync("Front Office", "+16505559201", "7001");

        var details = await Api.DetailsExtensionAsync(id);
        var orgLevel = await Api.ListExtensionsAsync(orgLevelOnly: true).ToListAsync();

        Assert.Equal(VirtualExtensionLevel.Organization, details.Level);
        Assert.Equal("7001", details.Esn);
        Assert.Null(details.LocationId);
        Assert.Null(details.RoutingPrefix);
        Assert.Equal(["7000", "7001"], orgLevel.Select(v => v.Extension).Order(StringComparer.Ordinal));
        Assert.All(orgLevel, v => Assert.Equal(VirtualExtensionLevel.Organization, v.Level));
    }

    [Fact]
    public async Task ListExtensionsAsync_Filters_AnswerTheMatchingSeededExtensions()
    {
        string sanJose = fixture.LocationOfUser(0);

        var byLocation = await Api.ListExtensionsAsync(locationId: sanJose).ToListAsync();
        var byLocationName = await Api.ListExtensionsAsync(locationName: "New York").ToListAsync();
        var byExtension = await Api.ListExtensionsAsync(extension: "3801").ToListAsync();
        var byNumber = await Api.ListExtensionsAsync(phoneNumber: "+18005550170").ToListAsync();
        var byName = await Api.ListExtensionsAsync(name: byLocation[0].FirstName).ToListAsync();
        var descending = await Api.ListExtensionsAsync(locationId: sanJose, order: "DSC").ToListAsync();

        Assert.Equal(["1801", "1802"], byLocation.Select(v => v.Extension));
        Assert.All(byLocation, v => Assert.Equal(sanJose, v.LocationId));
        Assert.Equal(["4801", "4802"], byLocationName.Select(v => v.Extension));
        Assert.Equal("Austin", Assert.Single(byExtension).LocationName);
        Assert.Equal("Help Desk", Assert.Single(byNumber).DisplayName);
        Assert.Contains(byName, v => v.Id == byLocation[0].Id);
        Assert.All(byName, v => Assert.True(v.FirstName == byLocation[0].FirstName || v.LastName == byLocation[0].FirstName));
        Assert.Equal(["1802", "1801"], descending.Select(v => v.Extension));
    }

    [Fact]
    public async Task ListExtensionsAsync_MoreThanADefaultPage_FollowsTheLinksAndKeepsTheFilters()
    {
        var requests = new RequestLog();
        using var client = new HttpClient(requests.Wrap(fixture.H.Sim.CreateHandler()));
        using var api = new WebexSimpleApi(fixture.H.Sim.DevToken, new WebexApiOptions { BaseUrl = fixture.H.BaseUrl, HttpClient = client });
        var ve = api.Telephony.VirtualExtensions;
        string austin = fixture.LocationOfUser(16);
        var added = new List<string>();
        for (int i = 0; i < 11; i++)
            added.Add(await ve.CreateExtensionAsync($"Austin Remote {i}", $"+165055596{i:D2}", $"39{i:D2}", locationId: austin));
        requests.Clear();

        // the reference's default page is 10 virtual extensions: 13 in Austin take two pages
        var listed = await ve.ListExtensionsAsync(locationId: austin).ToListAsync();
        var pages = requests.Paths;
        foreach (string id in added) await ve.DeleteExtensionAsync(id);

        Assert.Equal(13, listed.Count);
        Assert.Equal(13, listed.Select(v => v.Id).Distinct().Count());
        Assert.Equal(["3801", "3802"], listed.Take(2).Select(v => v.Extension));
        Assert.Equal(2, pages.Count);
        Assert.Contains("start=10", pages[1], StringComparison.Ordinal);
        Assert.Contains("locationId=" + austin, pages[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateExtensionAsync_InvalidOrInUse_AnswersWebexErrors()
    {
        string austin = fixture.LocationOfUser(16);
        string personExtension = fixture.Users[16]["extension"]!.GetValue<string>();
        string personNumber = fixture.Users[16]["phoneNumbers"]![0]!["value"]!.GetValue<string>();

        var badExtension = await AssertFailsAsync(HttpStatusCode.BadRequest, () => Api.CreateExtensionAsync("Bad", "+16505559301", "12a4", locationId: austin));
        var badNumber = await AssertFailsAsync(HttpStatusCode.BadRequest, () => Api.CreateExtensionAsync("Bad", "6505559301", "3851", locationId: austin));
        var personsExtension = await AssertFailsAsync(HttpStatusCode.Conflict, () => Api.CreateExtensionAsync("Taken", "+16505559302", personExtension, locationId: austin));
        var seededExtension = await AssertFailsAsync(HttpStatusCode.Conflict, () => Api.CreateExtensionAsync("Taken", "+16505559303", "3801", locationId: austin));
        var rangeExtension = await AssertFailsAsync(HttpStatusCode.Conflict, () => Api.CreateExtensionAsync("Taken", "+16505559304", "3742", locationId: austin));
        var personsNumber = await AssertFailsAsync(HttpStatusCode.Conflict, () => Api.CreateExtensionAsync("Taken", personNumber, "3852", locationId: austin));
        var unknownLocation = await AssertFailsAsync(HttpStatusCode.NotFound, () => Api.CreateExtensionAsync("Nowhere", "+16505559305", "3853",
            locationId: "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA"));
        var austinList = await Api.ListExtensionsAsync(locationId: austin).ToListAsync();

        Assert.Contains("Invalid extension", badExtension.WebexMessage, StringComparison.Ordinal);
        Assert.Contains("E.164", badNumber.WebexMessage, StringComparison.Ordinal);
        Assert.Contains(fixture.Users[16]["displayName"]!.GetValue<string>(), personsExtension.WebexMessage, StringComparison.Ordinal);
        Assert.Contains("already in use", seededExtension.WebexMessage, StringComparison.Ordinal);
        Assert.Contains("Austin Remote Office", rangeExtension.WebexMessage, StringComparison.Ordinal);
        Assert.Contains(personNumber, personsNumber.WebexMessage, StringComparison.Ordinal);
        Assert.Equal("Location not found.", unknownLocation.WebexMessage);
        Assert.Equal(["3801", "3802"], austinList.Select(v => v.Extension));
    }

    [Fact]
    public async Task UpdateExtensionAsync_ToAnotherExtensionsNumber_Is409AndChangesNothing()
    {
        string newYork = fixture.LocationOfUser(24);
        var seeded = await Api.ListExtensionsAsync(locationId: newYork).ToListAsync();

        var e = await AssertFailsAsync(HttpStatusCode.Conflict, () => Api.UpdateExtensionAsync(seeded[0].Id!, phoneNumber: seeded[1].PhoneNumber));
        var after = await Api.DetailsExtensionAsync(seeded[0].Id!);

        Assert.Contains(seeded[1].DisplayName!, e.WebexMessage, StringComparison.Ordinal);
        Assert.Equal(seeded[0].PhoneNumber, after.PhoneNumber);
        await AssertFailsAsync(HttpStatusCode.NotFound, () => Api.UpdateExtensionAsync("Y2lzY29zcGFyazovL3VzL1ZJUlRVQUxfRVhURU5TSU9OL25vbmU", displayName: "x"));
    }

    [Fact]
    public async Task ValidateExternalPhoneNumberAsync_ReportsEachNumbersState()
    {
        string personNumber = fixture.Users[1]["phoneNumbers"]![0]!["value"]!.GetValue<string>();

        var ok = await Api.ValidateExternalPhoneNumberAsync(["+16505559401"]);
        var errors = await Api.ValidateExternalPhoneNumberAsync(["+16505559402", "12345", personNumber, "+16505550181", "+16505559402"]);

        Assert.Equal(ValidateVirtualExtensionStatus.Ok, ok.Status);
        Assert.Equal(VirtualExtensionValidationStatus.Valid, Assert.Single(ok.PhoneNumberStatus!).State);
        Assert.Equal(ValidateVirtualExtensionStatus.Errors, errors.Status);
        Assert.Equal([VirtualExtensionValidationStatus.Valid, VirtualExtensionValidationStatus.Invalid, VirtualExtensionValidationStatus.Duplicate,
                VirtualExtensionValidationStatus.Duplicate, VirtualExtensionValidationStatus.DuplicateInList],
            errors.PhoneNumberStatus!.Select(s => s.State));
        Assert.Equal(personNumber, errors.PhoneNumberStatus![2].PhoneNumber);
        Assert.False(string.IsNullOrEmpty(errors.PhoneNumberStatus[2].ErrorCode));
        Assert.Contains("already in use", errors.PhoneNumberStatus[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtensionSettings_ModeChangesAndReadsBack()
    {
        var before = await Api.GetExtensionSettingsAsync();
        await Api.ModifyExtensionSettingsAsync(VirtualExtensionMode.Enhanced);
        var enhanced = await Api.GetExtensionSettingsAsync();
        await Api.ModifyExtensionSettingsAsync(VirtualExtensionMode.Standard);
        var after = await Api.GetExtensionSettingsAsync();

        Assert.Equal(VirtualExtensionMode.Standard, before);
        Assert.Equal(VirtualExtensionMode.Enhanced, enhanced);
        Assert.Equal(VirtualExtensionMode.Standard, after);
        await AssertFailsAsync(HttpStatusCode.BadRequest, () => Api.ModifyExtensionSettingsAsync(VirtualExtensionMode.FromWire("FANCY")));
    }

    [Fact]
    public async Task RangeCreateReadModifyDelete_ReadsBackWhatWasSentThenIs404()
    {
        string denver = fixture.LocationOfUser(8);

        string id = await Api.CreateRangeAsync("Denver Lab", "+13035558", ["26XX"], locationId: denver);
        var created = await Api.DetailsRangeAsync(id);
        var listed = await Api.ListRangeAsync(locationId: denver).ToListAsync();
        await Api.ModifyRangeAsync(id, name: "Denver Labs", patterns: ["25XX", "24XX"], action: VirtualExtensionRangeAction.Add);
        var added = await Api.DetailsRangeAsync(id);
        await Api.ModifyRangeAsync(id, patterns: ["26XX"], action: VirtualExtensionRangeAction.Remove);
        var removed = await Api.DetailsRangeAsync(id);
        await Api.ModifyRangeAsync(id, prefix: "+13035559", patterns: ["23XX"], action: VirtualExtensionRangeAction.Replace);
        var replaced = await Api.DetailsRangeAsync(id);
        await Api.DeleteRangeAsync(id);
        var gone = await AssertFailsAsync(HttpStatusCode.NotFound, () => Api.DetailsRangeAsync(id));
        var afterDelete = await Api.ListRangeAsync(locationId: denver).ToListAsync();

        Assert.Equal((id, "Denver Lab", "+13035558", "Denver"), (created.Id, created.Name, created.Prefix, created.LocationName));
        Assert.Equal(["26XX"], created.Patterns!);
        var summary = Assert.Single(listed, r => r.Id == id);
        Assert.Equal((VirtualExtensionLevel.Location, denver), (summary.Level, summary.LocationId));
        Assert.Null(summary.Patterns); // lists carry no patterns
        Assert.Equal("Denver Labs", added.Name);
        Assert.Equal(["26XX", "25XX", "24XX"], added.Patterns!);
        Assert.Equal(["25XX", "24XX"], removed.Patterns!);
        Assert.Equal(("+13035559", "Denver Labs"), (replaced.Prefix, replaced.Name));
        Assert.Equal(["23XX"], replaced.Patterns!);
        Assert.StartsWith("Virtual extension range not found", gone.WebexMessage, StringComparison.Ordinal);
        Assert.Equal(["Denver Remote Office"], afterDelete.Select(r => r.Name));
    }

    [Fact]
    public async Task ListRangeAsync_Filters_AnswerTheSeededRanges()
    {
        var all = await Api.ListRangeAsync(order: "ASC").ToListAsync();
        var byName = await Api.ListRangeAsync(name: "Austin").ToListAsync();
        var byPrefix = await Api.ListRangeAsync(prefix: "+16505574").ToListAsync();
        var orgLevel = await Api.ListRangeAsync(orgLevelOnly: true).ToListAsync();

        Assert.Superset(new HashSet<string> { "Austin Remote Office", "Denver Remote Office", "New York Remote Office", "San Jose Remote Office" },
            all.Select(r => r.Name!).ToHashSet());
        Assert.Equal(all.Select(r => r.Name).Order(StringComparer.OrdinalIgnoreCase), all.Select(r => r.Name));
        Assert.Equal("Austin Remote Office", Assert.Single(byName).Name);
        Assert.Equal("New York", Assert.Single(byPrefix).LocationName);
        Assert.All(orgLevel, r => Assert.Equal(VirtualExtensionLevel.Organization, r.Level));
        await AssertFailsAsync(HttpStatusCode.BadRequest, () => Api.ListRangeAsync(locationId: fixture.LocationOfUser(0), orgLevelOnly: true).ToListAsync().AsTask());
    }

    [Fact]
    public async Task ValidateRangeAsync_ReportsDuplicateNameInvalidPrefixAndPatternFindings()
    {
        string sanJose = fixture.LocationOfUser(0);
        var seeded = Assert.Single(await Api.ListRangeAsync(locationId: sanJose).ToListAsync());

        var ok = await Api.ValidateRangeAsync(locationId: sanJose, name: "San Jose Lab", prefix: "+14085558", patterns: ["16XX"]);
        var errors = await Api.ValidateRangeAsync(locationId: sanJose, name: "San Jose Remote Office", prefix: "4085558",
            patterns: ["1750", "16XX", "16XX", "1A"]);
        var ownRange = await Api.ValidateRangeAsync(name: seeded.Name, patterns: ["17XX"], rangeId: seeded.Id);
        var tooMany = await Api.ValidateRangeAsync(patterns: Enumerable.Range(0, 101).Select(i => $"5{i:D3}"));

        Assert.Equal(ValidateVirtualExtensionStatus.Ok, ok.Status);
        Assert.Null(ok.ValidationStatus);
        Assert.Equal(ValidateVirtualExtensionStatus.Errors, errors.Status);
        var findings = errors.ValidationStatus!;
        Assert.Equal([VirtualExtensionValidationStatus.Duplicate, VirtualExtensionValidationStatus.Invalid, VirtualExtensionValidationStatus.Duplicate,
            VirtualExtensionValidationStatus.DuplicateInList, VirtualExtensionValidationStatus.Invalid], findings.Select(f => f.Status));
        Assert.Equal(("San Jose Remote Office", "27850"), (findings[0].Name, findings[0].ErrorCode));
        Assert.Equal("[Error 27850] Virtual Extension Range already exists with name: San Jose Remote Office", findings[0].Message);
        Assert.Equal("4085558", findings[1].Prefix);
        Assert.Equal(["1750", "16XX", "1A"], findings.Skip(2).Select(f => f.Pattern));
        Assert.Equal(ValidateVirtualExtensionStatus.Ok, ownRange.Status); // its own name and pattern are not duplicates
        Assert.Equal(VirtualExtensionValidationStatus.LimitExceeded, Assert.Single(tooMany.ValidationStatus!).Status);
    }

    [Fact]
    public async Task CreateRangeAsync_DuplicateNameOrOverlappingPattern_Is409WithWebexsMessage()
    {
        string newYork = fixture.LocationOfUser(24);

        var name = await AssertFailsAsync(HttpStatusCode.Conflict, () => Api.CreateRangeAsync("New York Remote Office", "+12125558", ["46XX"], locationId: newYork));
        var pattern = await AssertFailsAsync(HttpStatusCode.Conflict, () => Api.CreateRangeAsync("New York Annex", "+12125558", ["4750"], locationId: newYork));
        var invalid = await AssertFailsAsync(HttpStatusCode.BadRequest, () => Api.CreateRangeAsync("New York Annex", "+12125558", ["4X7"], locationId: newYork));
        var listed = await Api.ListRangeAsync(locationId: newYork).ToListAsync();

        Assert.Equal("[Error 27850] Virtual Extension Range already exists with name: New York Remote Office", name.WebexMessage);
        Assert.Contains("New York Remote Office", pattern.WebexMessage, StringComparison.Ordinal);
        Assert.Contains("Invalid pattern", invalid.WebexMessage, StringComparison.Ordinal);
        Assert.Equal(["New York Remote Office"], listed.Select(r => r.Name));
    }
}
