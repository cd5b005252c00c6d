using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// Emergency addresses (openapi-2026/pstn.yml): the addresses of a location (added, updated by id), the own address of
/// a phone number (an empty body removes it), and the lookup that answers an address normalised as a US address
/// validator would (street suffixes abbreviated, state names as codes, city in title case) with an error for every
/// field it corrected. The reference has no read of an address: the store keeps them for the tests.
/// </summary>
internal static partial class EmergencyAddressEndpoints
{
    internal const string IdKind = "EMERGENCY_ADDRESS";

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        const string Location = "/telephony/pstn/locations/{locationId}";
        app.MapPost(Location + "/emergencyAddress", (HttpContext context, string locationId) => AddAsync(context, state, locationId));
        app.MapPost(Location + "/emergencyAddress/lookup", (HttpContext context, string locationId) => LookupAsync(context, state, locationId));
        app.MapPut(Location + "/emergencyAddresses/{addressId}", (HttpContext context, string locationId, string addressId) =>
            UpdateAsync(context, state, locationId, addressId));
        app.MapPut("/telephony/pstn/numbers/{phoneNumber}/emergencyAddress", (HttpContext context, string phoneNumber) =>
            UpdateForNumberAsync(context, state, phoneNumber));
    }

    /// <summary>Every demo location has one emergency address: its own street address.</summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        lock (state.Sync)
            foreach (var location in demo.Locations) state.Area<EmergencyAddressStore>().AddressesOf(state, location);
    }

    private static async Task<IResult> AddAsync(HttpContext context, SimulatorState state, string locationId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            if (LocationsEndpoints.ResolveInOrg(context, state, locationId, out var error) is not { } location) return error!;
            if (body is null) return bodyError!;
            var address = Known(body);
            if (Invalid(context, address) is { } invalid) return invalid;
            string id = WebexIds.Encode(IdKind, state.NewGuid());
            state.Area<EmergencyAddressStore>().AddressesOf(state, location)[id] = address;
            return SimResults.Json(new JsonObject { ["id"] = id }, StatusCodes.Status201Created);
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, SimulatorState state, string locationId, string addressId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            if (LocationsEndpoints.ResolveInOrg(context, state, locationId, out var error) is not { } location) return error!;
            var addresses = state.Area<EmergencyAddressStore>().AddressesOf(state, location);
            if (!addresses.TryGetValue(addressId, out var current)) return SimResults.NotFound(context, "Emergency address not found.");
            if (body is null) return bodyError!;
            var updated = (JsonObject)current.DeepClone();
            foreach (var (name, value) in Known(body)) updated[name] = value?.DeepClone();
            if (Invalid(context, updated) is { } invalid) return invalid;
            addresses[addressId] = updated;
            return SimResults.NoContent();
        }
    }

    private static async Task<IResult> UpdateForNumberAsync(HttpContext context, SimulatorState state, string phoneNumber)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context, allowEmpty: true).ConfigureAwait(false);
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            if (LocationOfNumber(state, phoneNumber) is null) return SimResults.NotFound(context, $"Phone number '{phoneNumber}' not found.");
            if (body is null) return bodyError!;
            var store = state.Area<EmergencyAddressStore>();
            if (body["emergencyAddress"] is not { } given)
            {
                store.Numbers.Remove(phoneNumber); // {}: the number falls back to its location's address
                return SimResults.NoContent();
            }
            if (given is not JsonObject fields) return SimResults.BadRequest(context, "Invalid value for field 'emergencyAddress'.");
            var address = Known(fields);
            if (Invalid(context, address) is { } invalid) return invalid;
            store.Numbers[phoneNumber] = address;
            return SimResults.NoContent();
        }
    }

    private static async Task<IResult> LookupAsync(HttpContext context, SimulatorState state, string locationId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            if (LocationsEndpoints.ResolveInOrg(context, state, locationId, out var error) is not { } location) return error!;
            if (body is null) return bodyError!;
            var input = Known(body);
            if (Missing(input) is { Count: > 0 } missing)
                return SimResults.BadRequest(context, "Missing required field(s): " + string.Join(", ", missing) + ".");
            return SimResults.Json(new JsonObject { ["addresses"] = new JsonArray(Suggest(state, input)) });
        }
    }

    // ---- validation and normalisation ------------------------------------------------------------------------------

    private static readonly string[] Fields = ["address1", "address2", "city", "state", "postalCode", "country"];

    private static readonly string[] Required = ["address1", "city", "state", "postalCode", "country"];

    /// <summary>The address fields of a body, strings only (other fields are ignored as Webex does).</summary>
    private static JsonObject Known(JsonObject body)
    {
        var address = new JsonObject();
        foreach (string field in Fields)
            if (JsonBody.String(body, field) is { } value) address[field] = value;
        return address;
    }

    private static List<string> Missing(JsonObject address) =>
        Required.Where(f => string.IsNullOrWhiteSpace(JsonBody.String(address, f))).ToList();

    /// <summary>
    /// A 400 for an address Webex cannot store: a required field missing, or a street without a house number (the
    /// lookup's INVALID_STREET_ADDRESS).
    /// </summary>
    private static IResult? Invalid(HttpContext context, JsonObject address)
    {
        if (Missing(address) is { Count: > 0 } missing)
            return SimResults.BadRequest(context, "Missing required field(s): " + string.Join(", ", missing) + ".");
        if (!HouseNumber().IsMatch(JsonBody.String(address, "address1")!.Trim()))
            return SimResults.BadRequest(context, "Invalid emergency address: The street address provided is invalid.");
        return null;
    }

    /// <summary>The lookup's answer for an address: the normalised address, what it read, and what it corrected.</summary>
    private static JsonObject Suggest(SimulatorState state, JsonObject input)
    {
        var suggested = new JsonObject();
        var errors = new JsonArray();
        string street = Street(Clean(JsonBody.String(input, "address1")));
        var house = HouseNumber().Match(street);
        suggested["address1"] = street;
        if (Clean(JsonBody.String(input, "address2")) is { Length: > 0 } line2) suggested["address2"] = line2;
        suggested["city"] = Title(Clean(JsonBody.String(input, "city")));
        suggested["state"] = StateCode(Clean(JsonBody.String(input, "state")));
        suggested["postalCode"] = Clean(JsonBody.String(input, "postalCode"));
        suggested["country"] = CountryCode(Clean(JsonBody.String(input, "country")));

        if (!house.Success || street != JsonBody.String(input, "address1"))
            errors.Add(Error("PMP4004", "INVALID_STREET_ADDRESS", "The street address provided is invalid."));
        if (JsonBody.String(suggested, "city") != JsonBody.String(input, "city"))
            errors.Add(Error("PMP4005", "INVALID_CITY", "The city provided is invalid."));
        if (JsonBody.String(suggested, "state") != JsonBody.String(input, "state"))
            errors.Add(Error("PMP4006", "INVALID_STATE", "The state provided is invalid."));
        string postalCode = JsonBody.String(suggested, "postalCode")!;
        if (postalCode != JsonBody.String(input, "postalCode") || JsonBody.String(suggested, "country") == "US" && !UsZip().IsMatch(postalCode))
            errors.Add(Error("PMP4007", "INVALID_POSTAL_CODE", "The postal code provided is invalid."));
        if (JsonBody.String(suggested, "country") != JsonBody.String(input, "country"))
            errors.Add(Error("PMP4008", "INVALID_COUNTRY", "The country provided is invalid."));

        var meta = new JsonObject();
        if (house.Success)
        {
            meta["houseNumber"] = house.Groups[1].Value;
            meta["streetName"] = street[house.Groups[1].Length..].Trim();
        }
        meta["country"] = suggested["country"]!.DeepClone();
        meta["state"] = suggested["state"]!.DeepClone();
        meta["city"] = suggested["city"]!.DeepClone();
        meta["zipCode"] = postalCode;
        // coordinates where the address is a location's own (the simulator knows no others)
        var known = state.Locations.Values.FirstOrDefault(l => l.Latitude is not null && l.Longitude is not null
            && string.Equals(Street(Clean(l.Address1)), street, StringComparison.OrdinalIgnoreCase)
            && string.Equals(l.PostalCode, postalCode, StringComparison.Ordinal));
        if (known is not null)
        {
            meta["latitude"] = known.Latitude;
            meta["longitude"] = known.Longitude;
        }
        suggested["meta"] = meta;
        if (errors.Count > 0) suggested["errors"] = errors;
        return suggested;
    }

    private static JsonObject Error(string code, string title, string detail) => new() { ["code"] = code, ["title"] = title, ["detail"] = detail };

    private static string Clean(string? text) => Spaces().Replace(text ?? "", " ").Trim();

    /// <summary>A street with its suffix and directions abbreviated as USPS writes them (<c>West Tasman Drive</c> -> <c>West Tasman Dr</c>).</summary>
    private static string Street(string street)
    {
        var words = street.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Title(w)).ToArray();
        if (words.Length > 1 && Suffixes.TryGetValue(words[^1].TrimEnd('.'), out var suffix)) words[^1] = suffix;
        return string.Join(' ', words);
    }

    private static readonly Dictionary<string, string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Street"] = "St", ["St"] = "St", ["Avenue"] = "Ave", ["Ave"] = "Ave", ["Drive"] = "Dr", ["Dr"] = "Dr",
        ["Road"] = "Rd", ["Rd"] = "Rd", ["Boulevard"] = "Blvd", ["Blvd"] = "Blvd", ["Lane"] = "Ln", ["Ln"] = "Ln",
        ["Court"] = "Ct", ["Ct"] = "Ct", ["Place"] = "Pl", ["Pl"] = "Pl", ["Parkway"] = "Pkwy", ["Pkwy"] = "Pkwy",
        ["Highway"] = "Hwy", ["Hwy"] = "Hwy", ["Way"] = "Way", ["Circle"] = "Cir", ["Cir"] = "Cir",
    };

    /// <summary>Each word with a capital first letter; words with digits (<c>42nd</c>) stay lower case.</summary>
    private static string Title(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(w => w.Any(char.IsAsciiDigit) ? w.ToLowerInvariant() : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));

    private static string StateCode(string state) =>
        UsStates.TryGetValue(state, out var code) ? code : state.Length == 2 ? state.ToUpperInvariant() : state;

    private static string CountryCode(string country) => country.ToUpperInvariant() switch
    {
        "USA" or "UNITED STATES" or "UNITED STATES OF AMERICA" => "US",
        "CANADA" => "CA",
        var upper when upper.Length == 2 => upper,
        _ => country,
    };

    private static readonly Dictionary<string, string> UsStates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Alabama"] = "AL", ["Alaska"] = "AK", ["Arizona"] = "AZ", ["Arkansas"] = "AR", ["California"] = "CA", ["Colorado"] = "CO",
        ["Connecticut"] = "CT", ["Delaware"] = "DE", ["District of Columbia"] = "DC", ["Florida"] = "FL", ["Georgia"] = "GA",
        ["Hawaii"] = "HI", ["Idaho"] = "ID", ["Illinois"] = "IL", ["Indiana"] = "IN", ["Iowa"] = "IA", ["Kansas"] = "KS",
        ["Kentucky"] = "KY", ["Louisiana"] = "LA", ["Maine"] = "ME", ["Maryland"] = "MD", ["Massachusetts"] = "MA",
        ["Michigan"] = "MI", ["Minnesota"] = "MN", ["Mississippi"] = "MS", ["Missouri"] = "MO", ["Montana"] = "MT",
        ["Nebraska"] = "NE", ["Nevada"] = "NV", ["New Hampshire"] = "NH", ["New Jersey"] = "NJ", ["New Mexico"] = "NM",
        ["New York"] = "NY", ["North Carolina"] = "NC", ["North Dakota"] = "ND", ["Ohio"] = "OH", ["Oklahoma"] = "OK",
        ["Oregon"] = "OR", ["Pennsylvania"] = "PA", ["Rhode Island"] = "RI", ["South Carolina"] = "SC", ["South Dakota"] = "SD",
        ["Tennessee"] = "TN", ["Texas"] = "TX", ["Utah"] = "UT", ["Vermont"] = "VT", ["Virginia"] = "VA", ["Washington"] = "WA",
        ["West Virginia"] = "WV", ["Wisconsin"] = "WI", ["Wyoming"] = "WY",
    };

    [GeneratedRegex(@"^(\d+[A-Za-z]?)\s+\S")]
    private static partial Regex HouseNumber();

    [GeneratedRegex(@"^\d{5}(-\d{4})?$")]
    private static partial Regex UsZip();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // ---- lookups -----------------------------------------------------------------------------------------------------

    /// <summary>
    /// The location a number of the organisation belongs to: a location's main number, a number of one of its people,
    /// or an unassigned number of its block; null for a number the organisation does not have.
    /// </summary>
    internal static LocationRecord? LocationOfNumber(SimulatorState state, string phoneNumber) =>
        state.Locations.Values.FirstOrDefault(l => l.MainNumber == phoneNumber)
        ?? state.People.Values.FirstOrDefault(p => p.PhoneNumbers.Any(n => n.Value == phoneNumber))?.Location
        ?? state.Locations.Values.FirstOrDefault(l => PersonSettingsNumbers.FreeNumbers(state, l).Contains(phoneNumber));
}

/// <summary>The emergency addresses of the locations (by id) and the own addresses of phone numbers.</summary>
internal sealed class EmergencyAddressStore
{
    private readonly Dictionary<Guid, OrderedDictionary<string, JsonObject>> _locations = [];

    /// <summary>A phone number's own address; a number without one uses its location's.</summary>
    public Dictionary<string, JsonObject> Numbers { get; } = new(StringComparer.Ordinal);

    /// <summary>A location's addresses; the first use gives it one, its own street address.</summary>
    public OrderedDictionary<string, JsonObject> AddressesOf(SimulatorState state, LocationRecord location)
    {
        if (_locations.TryGetValue(location.Uuid, out var addresses)) return addresses;
        _locations[location.Uuid] = addresses = [];
        var address = new JsonObject();
        JsonBody.Put(address, "address1", location.Address1);
        JsonBody.Put(address, "address2", location.Address2);
        JsonBody.Put(address, "city", location.City);
        JsonBody.Put(address, "state", location.State);
        JsonBody.Put(address, "postalCode", location.PostalCode);
        JsonBody.Put(address, "country", location.Country);
        addresses[WebexIds.Encode(EmergencyAddressEndpoints.IdKind, state.NewGuid())] = address;
        return addresses;
    }
}
