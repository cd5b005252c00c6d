using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

// The person single number reach endpoints are newer than the April 2025 reference: answers are built from wxc_sdk's models.
public class SingleNumberReachApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string Base = $"telephony/config/people/{PersonId}/singleNumberReach";

    [Fact]
    public async Task AvailablePhoneNumbersAsync_UsesTheLocationPathAndParsesTheReferenceExample()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("telephony/config/locations/L1/singleNumberReach/availableNumbers?orgId=O1&phoneNumber=%2B1205")
            .RespondJson(ApiHarness.Sample("snr_available_numbers"));

        var numbers = await h.Api.PersonSettings.SingleNumberReach.AvailablePhoneNumbersAsync("L1", ["+1205"], "O1").ToListAsync();

        Assert.Equal(3, numbers.Count);
        Assert.True(numbers[1].IsServiceNumber);
        Assert.True(numbers[2].TollFreeNumber);
        Assert.Equal(AvailableNumberState.Inactive, numbers[2].State);
    }

    [Fact]
    public async Task ReadAsync_ParsesNumbers()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet(Base).RespondJson("""
            {"enabled": true, "alertAllNumbersForClickToDialCallsEnabled": false,
             "numbers": [{"id": "N1", "phoneNumber": "+14085550199", "enabled": true, "name": "Mobile",
                          "doNotForwardCallsEnabled": true, "answerConfirmationEnabled": false}]}
            """);

        var snr = await h.Api.PersonSettings.SingleNumberReach.ReadAsync(PersonId);

        Assert.True(snr.Enabled);
        Assert.False(snr.AlertAllNumbersForClickToDialCallsEnabled);
        var number = Assert.Single(snr.Numbers!);
        Assert.Equal("Mobile", number.Name);
        Assert.True(number.DoNotForwardCallsEnabled);
    }

    [Fact]
    public async Task UpdateAsync_SendsTheFlag()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{Base}?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.SingleNumberReach.UpdateAsync(PersonId, true, "O1");

        JsonAssert.Equal("""{"alertAllNumbersForClickToDialCallsEnabled": true}""", h.Single().Body);
    }

    [Fact]
    public async Task CreateSnrAsync_SendsWithoutIdAndReturnsTheNewId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"{Base}/numbers").RespondJson("""{"id": "N2"}""", HttpStatusCode.Created);

        string? id = await h.Api.PersonSettings.SingleNumberReach.CreateSnrAsync(PersonId,
            new SingleNumberReachNumber { Id = "x", PhoneNumber = "+14085550111", Enabled = true, Name = "Home" });

        Assert.Equal("N2", id);
        JsonAssert.Equal("""{"phoneNumber": "+14085550111", "enabled": true, "name": "Home"}""", h.Single().Body);
    }

    [Fact]
    public async Task UpdateSnrAsync_PutsToTheNumbersIdAndReturnsTheAnsweredId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{Base}/numbers/N1").RespondJson("""{"id": "N1b"}""");

        string? id = await h.Api.PersonSettings.SingleNumberReach.UpdateSnrAsync(PersonId,
            new SingleNumberReachNumber { Id = "N1", PhoneNumber = "+14085550112", AnswerConfirmationEnabled = true });

        Assert.Equal("N1b", id);
        JsonAssert.Equal("""{"phoneNumber": "+14085550112", "answerConfirmationEnabled": true}""", h.Single().Body);
    }

    [Fact]
    public async Task UpdateSnrAsync_NoContent_ReturnsTheIdSent()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{Base}/numbers/N1").Respond(HttpStatusCode.NoContent);

        string? id = await h.Api.PersonSettings.SingleNumberReach.UpdateSnrAsync(PersonId, new SingleNumberReachNumber { Id = "N1", Enabled = false });

        Assert.Equal("N1", id);
    }

    [Fact]
    public async Task UpdateSnrAsync_NoId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentNullException>(() =>
            h.Api.PersonSettings.SingleNumberReach.UpdateSnrAsync(PersonId, new SingleNumberReachNumber { Enabled = true }));

        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task DeleteSnrAsync_SendsDelete()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Delete, $"{Base}/numbers/N1?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.SingleNumberReach.DeleteSnrAsync(PersonId, "N1", "O1");

        Assert.Equal(HttpMethod.Delete, h.Single().Method);
    }
}
