using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class AvailableNumbersApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task PrimaryAsync_WithFilters_SendsQueryAndParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("telephony/config/people/primary/availableNumbers?orgId=O1&locationId=L1&phoneNumber=%2B1,%2B2&licenseType=Webex Calling Professional")
            .RespondJson(ApiHarness.Sample("person_primary_available_numbers"));

        var numbers = await h.Api.PersonSettings.AvailableNumbers.PrimaryAsync("L1", ["+1", "+2"],
            AvailablePhoneNumberLicenseType.WebexCallingProfessional, "O1").ToListAsync();

        Assert.Equal(3, numbers.Count);
        Assert.Equal("MOBILE_NUMBER", numbers[0].IncludedTelephonyTypes);
        Assert.Equal("mobileNetwork", numbers[0].MobileNetwork);
        Assert.Equal("AttRtPf", numbers[0].RoutingProfile);
        Assert.True(numbers[1].IsMainNumber);
        Assert.Equal("PSTN_NUMBER", numbers[1].TelephonyType);
        Assert.Equal(AvailableNumberState.Inactive, numbers[2].State);
    }

    [Fact]
    public async Task SecondaryAsync_SendsPhoneNumbersCommaSeparated()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/secondary/availableNumbers?phoneNumber=%2B1,%2B2")
            .RespondJson(ApiHarness.Sample("person_secondary_available_numbers"));

        var numbers = await h.Api.PersonSettings.AvailableNumbers.SecondaryAsync(PersonId, ["+1", "+2"]).ToListAsync();

        Assert.Equal(["+12056350001", "+12056350002", "+12056350003"], numbers.Select(n => n.PhoneNumber));
        Assert.Equal(AvailableNumberState.Active, numbers[0].State);
    }

    [Fact]
    public async Task FaxMessageAsync_WithOrgId_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/faxMessage/availableNumbers?orgId=O1")
            .RespondJson(ApiHarness.Sample("person_fax_available_numbers"));

        var numbers = await h.Api.PersonSettings.AvailableNumbers.FaxMessageAsync(PersonId, orgId: "O1").ToListAsync();

        Assert.Equal(3, numbers.Count);
        Assert.False(numbers[1].IsServiceNumber);
    }

    [Fact]
    public async Task CallForwardAsync_WithFilters_ParsesOwnersOfTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/callForwarding/availableNumbers?ownerName=Test&extension=1235")
            .RespondJson(ApiHarness.Sample("person_call_forward_available_numbers"));

        var numbers = await h.Api.PersonSettings.AvailableNumbers.CallForwardAsync(PersonId, ownerName: "Test", extension: "1235").ToListAsync();

        Assert.Equal(AvailableNumberOwnerType.People, numbers[0].Owner!.OwnerType);
        Assert.Equal("Person", numbers[0].Owner!.LastName);
        Assert.Equal("TestWorkSpace", numbers[1].Owner!.DisplayName);
        Assert.Equal(AvailableNumberOwnerType.CallQueue, numbers[2].Owner!.OwnerType);
        Assert.True(numbers[2].TollFreeNumber);
    }

    [Fact]
    public async Task EcbnAsync_WithOwnerName_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/emergencyCallbackNumber/availableNumbers?ownerName=Test")
            .RespondJson(ApiHarness.Sample("person_ecbn_available_numbers"));

        var numbers = await h.Api.PersonSettings.AvailableNumbers.EcbnAsync(PersonId, ownerName: "Test").ToListAsync();

        Assert.Equal("Y2lzY29zcGFyazovL3VzL1BFT1BMRS9jODhiZGIwNC1jZjU5LTRjMjMtODQ4OC00NTNhOTE3ZDFlMjk", numbers[0].Owner!.OwnerId);
        Assert.Equal("1235", numbers[1].Extension);
    }

    [Fact]
    public async Task CallInterceptAsync_WithFilters_ParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/callIntercept/availableNumbers?phoneNumber=%2B1&ownerName=T&extension=12&orgId=O1")
            .RespondJson(ApiHarness.Sample("person_intercept_available_numbers"));

        var numbers = await h.Api.PersonSettings.AvailableNumbers.CallInterceptAsync(PersonId, ["+1"], "T", "12", "O1").ToListAsync();

        Assert.Equal(3, numbers.Count);
        Assert.Equal(AvailableNumberOwnerType.Place, numbers[1].Owner!.OwnerType);
    }

    [Fact]
    public async Task SecondaryAsync_UnknownStateAndOwnerType_AreKept()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"telephony/config/people/{PersonId}/secondary/availableNumbers")
            .RespondJson("""{"phoneNumbers": [{"phoneNumber": "+1", "state": "PORTING", "owner": {"id": "X", "type": "NEW_KIND"}, "zone": "z"}]}""");

        var number = Assert.Single(await h.Api.PersonSettings.AvailableNumbers.SecondaryAsync(PersonId).ToListAsync());

        Assert.Equal("PORTING", number.State!.Value.Value);
        Assert.False(number.State.Value.IsKnown);
        Assert.Equal("NEW_KIND", number.Owner!.OwnerType!.Value.Value);
        Assert.True(number.ExtensionData!.ContainsKey("zone"));
    }

    [Fact]
    public void SecondaryAsync_EmptyId_ThrowsAtTheCall()
    {
        using var h = new ApiHarness();

        Assert.Throws<ArgumentException>(() => h.Api.PersonSettings.AvailableNumbers.SecondaryAsync(""));
    }
}
