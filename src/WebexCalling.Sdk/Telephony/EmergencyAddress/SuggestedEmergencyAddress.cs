namespace WebexCalling.Sdk.Telephony.EmergencyAddress;

public sealed partial record SuggestedEmergencyAddress
{
    /// <summary>
    /// The suggested address as an address to add or update with (wxc_sdk takes either type): the address fields only,
    /// without what the lookup read from it or corrected.
    /// </summary>
    public EmergencyAddressDetails ToAddress() => new()
    {
        Address1 = Address1,
        Address2 = Address2,
        City = City,
        State = State,
        PostalCode = PostalCode,
        Country = Country,
    };
}
