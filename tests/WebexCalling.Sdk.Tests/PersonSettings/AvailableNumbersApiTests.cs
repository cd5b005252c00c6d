using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (AvailableNumbersApiRequestTests.g.cs).</summary>
public class AvailableNumbersApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

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
