using System.Net;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony.VirtualLines;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.VirtualLines;

/// <summary>api.Telephony.VirtualLines against the simulator: the seeded front-desk lines, CRUD, filters and numbers.</summary>
public class VirtualLinesSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private VirtualLinesApi Lines => fixture.H.Api.Telephony.VirtualLines;

    private async Task<string> LocationIdAsync(string name) =>
        (await fixture.H.Api.Locations.ListAsync(name: name).ToListAsync()).Single().LocationId!;

    [Fact]
    public async Task List_DemoOrg_OneFrontDeskLinePerLocation_FiltersNarrowIt()
    {
        string denver = await LocationIdAsync("Denver"), austin = await LocationIdAsync("Austin");

        var all = await Lines.ListAsync(ownerName: ["Front Desk"]).ToListAsync();
        var two = await Lines.ListAsync(locationId: [denver, austin]).ToListAsync();
        var byNumber = await Lines.ListAsync(phoneNumber: [all[0].Number!.External!]).ToListAsync();
        var byLocationName = await Lines.ListAsync(locationName: ["New York"], hasDnAssigned: true).ToListAsync();
        var withoutExtension = await Lines.ListAsync(hasExtensionAssigned: false, ownerName: ["Front Desk"]).ToListAsync();
        var sorted = await Lines.ListAsync(ownerName: ["Front Desk"], order: ["lastName-desc"]).Select(l => l.LastName).ToListAsync();

        Assert.Equal(["San Jose", "Denver", "Austin", "New York"], all.Select(l => l.Location!.Name));
        Assert.Equal(["1071", "2071", "3071", "4071"], all.Select(l => l.Number!.Extension));
        Assert.All(all, l => Assert.Equal("Front Desk", l.FirstName));
        Assert.Equal([denver, austin], two.Where(l => l.FirstName == "Front Desk").Select(l => l.Location!.Id));
        Assert.Equal(all[0].Id, byNumber.Single().Id);
        Assert.Equal("New York", byLocationName.Single(l => l.FirstName == "Front Desk").LastName);
        Assert.Empty(withoutExtension);
        Assert.Equal(["San Jose", "New York", "Denver", "Austin"], sorted);
    }

    [Fact]
    public async Task CreateReadUpdateDelete_OwnsItsNumberUntilDeleted()
    {
        string austin = await LocationIdAsync("Austin");
        string number = (await fixture.H.Api.Telephony.PhoneNumbersAsync(locationId: austin, available: true).ToListAsync())
            .First(n => n.TollFreeNumber != true && n.MainNumber != true).PhoneNumber!;

        string id = await Lines.CreateAsync("Shipping", "Desk", austin, displayName: "Shipping Desk", phoneNumber: number,
            extension: "3360", callerIdFirstName: "Ship");
        var created = await Lines.DetailsAsync(id);
        var listed = (await Lines.ListAsync(id: [id]).ToListAsync()).Single();
        var owner = (await fixture.H.Api.Telephony.PhoneNumbersAsync(phoneNumber: number).ToListAsync()).Single().Owner;
        await Lines.UpdateAsync(id, extension: "3361", timeZone: "America/Chicago", lastName: "Dock");
        await Lines.UpdateDirectorySearchAsync(id, false);
        var updated = await Lines.DetailsAsync(id);
        var phone = await Lines.GetPhoneNumberAsync(id);
        await Lines.DeleteAsync(id);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Lines.DetailsAsync(id));
        var released = (await fixture.H.Api.Telephony.PhoneNumbersAsync(phoneNumber: number).ToListAsync()).Single();

        Assert.Equal(("Shipping", "Desk", "Shipping Desk"), (created.FirstName, created.LastName, created.DisplayName));
        Assert.Equal((number, "3360"), (created.Number!.External, created.Number.Extension));
        Assert.Equal(austin, created.Location!.Id);
        Assert.Equal("Austin", created.Location.Name);
        Assert.True(created.DirectorySearchEnabled);
        Assert.Equal("Ship", listed.CallerIdFirstName);
        Assert.Equal((id, AvailableNumberOwnerType.VirtualLine), (owner!.OwnerId, owner.OwnerType));
        Assert.Equal(("Dock", "America/Chicago"), (updated.LastName, updated.TimeZone));
        Assert.False(updated.DirectorySearchEnabled);
        Assert.Equal((number, "3361", true), (phone!.DirectNumber, phone.Extension, phone.Primary));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Null(released.Owner);
    }

    [Fact]
    public async Task Create_WithAnExtensionInUseOrWithoutNumber_IsRefused()
    {
        string sanJose = await LocationIdAsync("San Jose");

        // 1070 is the San Jose lobby workspace's extension, 1001 the first user's
        var workspaceExtension = await Assert.ThrowsAsync<WebexApiException>(() => Lines.CreateAsync("Dup", "Line", sanJose, extension: "1070"));
        var userExtension = await Assert.ThrowsAsync<WebexApiException>(() => Lines.CreateAsync("Dup", "Line", sanJose, extension: "1001"));
        var nothing = await Assert.ThrowsAsync<WebexApiException>(() => Lines.CreateAsync("No", "Number", sanJose));
        var nowhere = await Assert.ThrowsAsync<WebexApiException>(() => Lines.CreateAsync("No", "Location",
            Testing.Infrastructure.WebexIds.Encode(Testing.Infrastructure.WebexIds.Location, Guid.NewGuid()), extension: "1390"));
        var missing = await Assert.ThrowsAsync<WebexApiException>(() =>
            Lines.DetailsAsync(Testing.Infrastructure.WebexIds.Encode(Testing.Infrastructure.WebexIds.VirtualLine, Guid.NewGuid())));

        Assert.Equal(HttpStatusCode.Conflict, workspaceExtension.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, userExtension.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nowhere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
