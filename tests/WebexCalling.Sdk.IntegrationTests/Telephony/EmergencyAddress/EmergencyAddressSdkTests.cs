using System.Net;
using System.Text.Json.Nodes;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony.EmergencyAddress;
using WebexCalling.Sdk.Testing.Endpoints;
using WebexCalling.Sdk.Testing.Infrastructure;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.EmergencyAddress;

/// <summary>
/// api.Telephony.EmergencyAddress against the simulator. The reference has no read of an emergency address, so what an
/// add or update stored is read from the simulator's state, as a support engineer would look it up in Control Hub.
/// </summary>
public class EmergencyAddressSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private EmergencyAddressApi Addresses => fixture.H.Api.Telephony.EmergencyAddress;

    private EmergencyAddressStore Store => fixture.H.Sim.State.Area<EmergencyAddressStore>();

    private OrderedDictionary<string, JsonObject> StoredFor(string locationId) =>
        Store.AddressesOf(fixture.H.Sim.State, fixture.H.Sim.State.FindLocation(locationId)!);

    private static readonly EmergencyAddressDetails Miami = new()
    {
        Address1 = "3487 Chase Ave", Address2 = "Apt 112", City = "Miami Beach", State = "FL", PostalCode = "33140", Country = "US",
    };

    [Fact]
    public async Task LookupForLocation_ValidAddress_SuggestsItUnchangedWithoutErrors()
    {
        var suggestions = await Addresses.LookupForLocationAsync(fixture.LocationOfUser(0), Miami);

        var suggested = Assert.Single(suggestions);
        Assert.Equal(Miami, suggested.ToAddress());
        Assert.Null(suggested.Errors);
        Assert.Equal(("3487", "Chase Ave", "33140", "FL"), (suggested.Meta!.HouseNumber, suggested.Meta.StreetName, suggested.Meta.ZipCode, suggested.Meta.State));
    }

    [Fact]
    public async Task LookupForLocation_AddressNeedingCorrections_SuggestsTheNormalisedAddressWithAnErrorPerField()
    {
        var input = new EmergencyAddressDetails
        {
            Address1 = "170  west tasman drive", City = "san jose", State = "California", PostalCode = "95134", Country = "usa",
        };

        var suggested = Assert.Single(await Addresses.LookupForLocationAsync(fixture.LocationOfUser(1), input));

        Assert.Equal("170 West Tasman Dr", suggested.Address1);
        Assert.Null(suggested.Address2);
        Assert.Equal(("San Jose", "CA", "95134", "US"), (suggested.City, suggested.State, suggested.PostalCode, suggested.Country));
        Assert.Equal(["INVALID_STREET_ADDRESS", "INVALID_CITY", "INVALID_STATE", "INVALID_COUNTRY"], suggested.Errors!.Select(e => e.Title));
        Assert.Equal("PMP4004", suggested.Errors![0].Code);
        Assert.Equal("West Tasman Dr", suggested.Meta!.StreetName);
    }

    [Fact]
    public async Task LookupForLocation_MissingFieldsOrUnknownLocation_AreErrors()
    {
        var missing = await Assert.ThrowsAsync<WebexApiException>(() =>
            Addresses.LookupForLocationAsync(fixture.LocationOfUser(2), new EmergencyAddressDetails { Address1 = "1 Main St", City = "Austin" }));
        var unknown = await Assert.ThrowsAsync<WebexApiException>(() =>
            Addresses.LookupForLocationAsync(WebexIds.Encode(WebexIds.Location, Guid.NewGuid()), Miami));

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("Missing required field(s): state, postalCode, country.", missing.WebexMessage);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Location not found.", unknown.WebexMessage);
        Assert.False(string.IsNullOrEmpty(unknown.TrackingId));
    }

    [Fact]
    public void DemoLocations_HaveTheirStreetAddressAsEmergencyAddress()
    {
        var denver = StoredFor(fixture.LocationOfUser(8));

        var address = Assert.Single(denver).Value;
        Assert.Equal("1601 Wewatta Street", address["address1"]!.GetValue<string>());
        Assert.Equal(("Denver", "CO", "80202", "US"), (address["city"]!.GetValue<string>(), address["state"]!.GetValue<string>(),
            address["postalCode"]!.GetValue<string>(), address["country"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AddThenUpdateForLocation_StoresTheAddress_AndUnknownIdsAre404()
    {
        string austin = fixture.LocationOfUser(18);
        var suggestion = Assert.Single(await Addresses.LookupForLocationAsync(austin,
            new EmergencyAddressDetails { Address1 = "600 congress avenue", City = "austin", State = "texas", PostalCode = "78701", Country = "US" }));

        string id = await Addresses.AddToLocationAsync(austin, suggestion.ToAddress());
        var added = (JsonObject)StoredFor(austin)[id].DeepClone();
        await Addresses.UpdateForLocationAsync(austin, id, new EmergencyAddressDetails { Address2 = "Suite 1400" });
        var updated = StoredFor(austin)[id];
        var unknownId = await Assert.ThrowsAsync<WebexApiException>(() =>
            Addresses.UpdateForLocationAsync(austin, WebexIds.Encode(EmergencyAddressEndpoints.IdKind, Guid.NewGuid()), Miami));
        var invalid = await Assert.ThrowsAsync<WebexApiException>(() =>
            Addresses.AddToLocationAsync(austin, Miami with { Address1 = "Chase Ave" }));

        Assert.Equal(2, StoredFor(austin).Count); // the location's own and the one added
        Assert.Equal("600 Congress Ave", added["address1"]!.GetValue<string>());
        Assert.Equal(("Austin", "TX"), (added["city"]!.GetValue<string>(), added["state"]!.GetValue<string>()));
        Assert.Equal("600 Congress Ave", updated["address1"]!.GetValue<string>());
        Assert.Equal("Suite 1400", updated["address2"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, unknownId.StatusCode);
        Assert.Equal("Emergency address not found.", unknownId.WebexMessage);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("Invalid emergency address: The street address provided is invalid.", invalid.WebexMessage);
    }

    [Fact]
    public async Task UpdateForPhoneNumber_SetsThenRemovesTheNumbersOwnAddress()
    {
        string number = fixture.Users[27]["phoneNumbers"]![0]!["value"]!.GetValue<string>();

        await Addresses.UpdateForPhoneNumberAsync(number, Miami);
        var own = (JsonObject)Store.Numbers[number].DeepClone();
        await Addresses.UpdateForPhoneNumberAsync(number, null);
        bool stillOwn = Store.Numbers.ContainsKey(number);
        var unknown = await Assert.ThrowsAsync<WebexApiException>(() => Addresses.UpdateForPhoneNumberAsync("+19995550000", Miami));

        Assert.Equal("3487 Chase Ave", own["address1"]!.GetValue<string>());
        Assert.Equal("Apt 112", own["address2"]!.GetValue<string>());
        Assert.False(stillOwn);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Phone number '+19995550000' not found.", unknown.WebexMessage);
    }
}
