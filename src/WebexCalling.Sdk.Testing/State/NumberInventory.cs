namespace WebexCalling.Sdk.Testing.State;

/// <summary>A phone number the organisation has in one of its locations (assigned or not: owners are computed).</summary>
internal sealed class NumberRecord(string number, LocationRecord location)
{
    public string Number { get; } = number;

    public LocationRecord Location { get; } = location;

    /// <summary><c>ACTIVE</c> or <c>INACTIVE</c>.</summary>
    public string State { get; set; } = "ACTIVE";

    public bool TollFree { get; init; }

    /// <summary>A service number (high-volume, for features).</summary>
    public bool Service { get; init; }

    /// <summary>A mobile number (telephony type <c>MOBILE_NUMBER</c>).</summary>
    public bool Mobile { get; init; }
}

/// <summary>
/// The organisation's phone numbers per location (<c>state.Area&lt;NumberInventory&gt;()</c>, under the state lock).
/// Who owns a number is not kept here but computed from the live state (NumbersEndpoints.Owners), so that a number
/// a hunt group takes or gives back is assigned or free without telling the inventory.
/// </summary>
internal sealed class NumberInventory
{
    public OrderedDictionary<string, NumberRecord> Numbers { get; } = new(StringComparer.Ordinal);

    public NumberRecord? Find(string? number) => number is null ? null : Numbers.GetValueOrDefault(number);

    public IEnumerable<NumberRecord> Of(LocationRecord location) => Numbers.Values.Where(n => n.Location == location);

    public bool Has(LocationRecord location) => Numbers.Values.Any(n => n.Location == location);

    public NumberRecord Add(NumberRecord number)
    {
        Numbers[number.Number] = number;
        return number;
    }
}
