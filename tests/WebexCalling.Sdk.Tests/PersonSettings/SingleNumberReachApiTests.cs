using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (SingleNumberReachApiRequestTests.g.cs).</summary>
public class SingleNumberReachApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string Base = $"telephony/config/people/{PersonId}/singleNumberReach";

    [Fact]
    public async Task UpdateAsync_False_SendsFalse()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{Base}?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.SingleNumberReach.UpdateAsync(PersonId, false, "O1");

        JsonAssert.Equal("""{"alertAllNumbersForClickToDialCallsEnabled": false}""", h.Single().Body);
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
}
