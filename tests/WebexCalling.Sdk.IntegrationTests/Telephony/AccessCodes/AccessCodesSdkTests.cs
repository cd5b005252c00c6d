using System.Net;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Telephony.AccessCodes;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.AccessCodes;

/// <summary>api.Telephony.AccessCodes and api.Telephony.OrganisationAccessCodes against the simulator's demo organisation.</summary>
public class AccessCodesSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private const string UnknownLocation = "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMA";

    private LocationAccessCodesApi Location => fixture.H.Api.Telephony.AccessCodes;

    private OrganisationAccessCodesApi Org => fixture.H.Api.Telephony.OrganisationAccessCodes;

    [Fact]
    public async Task ReadAsync_DemoLocation_HasItsSeededCodes()
    {
        var codes = await Location.ReadAsync(fixture.LocationOfUser(0));

        Assert.Equal([("1100", "Main access code"), ("1200", "Alternate access code")], codes.Select(c => (c.Code, c.Description)));
    }

    [Fact]
    public async Task CreateDeleteCodesDeleteAll_ReadsBackEachStep()
    {
        string austin = fixture.LocationOfUser(16);

        await Location.CreateAsync(austin, [new AuthCode { Code = "4711", Description = "Night shift" }, new AuthCode { Code = "4712", Description = "Weekend" }]);
        var created = await Location.ReadAsync(austin);
        await Location.DeleteCodesAsync(austin, ["4711", "3100"]);
        var afterDelete = await Location.ReadAsync(austin);
        await Location.DeleteAllAsync(austin);
        var afterDeleteAll = await Location.ReadAsync(austin);

        Assert.Equal(["3100", "3200", "4711", "4712"], created.Select(c => c.Code));
        Assert.Equal("Night shift", created.Single(c => c.Code == "4711").Description);
        Assert.Equal(["3200", "4712"], afterDelete.Select(c => c.Code));
        Assert.Empty(afterDeleteAll);
    }

    [Fact]
    public async Task CreateAsync_CodeTheLocationHas_Is400AndAddsNothing()
    {
        string denver = fixture.LocationOfUser(8);

        var e = await Assert.ThrowsAsync<WebexApiException>(() => Location.CreateAsync(denver,
            [new AuthCode { Code = "5555", Description = "New" }, new AuthCode { Code = "2100", Description = "Copy of the main code" }]));
        var codes = await Location.ReadAsync(denver);

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Equal("Access code *** already exists.", e.WebexMessage); // the SDK masks the code Webex echoes: a secret
        Assert.DoesNotContain("2100", e.Message, StringComparison.Ordinal);
        Assert.Equal(["2100", "2200"], codes.Select(c => c.Code));
    }

    [Fact]
    public async Task CreateAsync_CodeThatIsNotDigits_Is400()
    {
        var e = await Assert.ThrowsAsync<WebexApiException>(() => Location.CreateAsync(fixture.LocationOfUser(24),
            [new AuthCode { Code = "12ab", Description = "Letters" }]));

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Contains("code", e.WebexMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_UnknownLocation_Is404WithTrackingId()
    {
        var e = await Assert.ThrowsAsync<WebexApiException>(() => Location.ReadAsync(UnknownLocation));

        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        Assert.Equal("Location not found.", e.WebexMessage);
        Assert.False(string.IsNullOrEmpty(e.TrackingId));
    }

    [Fact]
    public async Task Organisation_CreateListFilterDelete_ReadsBackEachStep()
    {
        await Org.CreateAsync([new AuthCode { Code = "6001", Description = "Lobby" }, new AuthCode { Code = "6002", Description = "Lobby" }]);
        var all = await Org.ListAsync().ToListAsync();
        var byCode = await Org.ListAsync(code: ["9002", "6001"]).ToListAsync();
        var byDescription = await Org.ListAsync(description: ["Lobby"]).ToListAsync();
        await Org.DeleteAsync(["6001", "6002"]);
        var afterDelete = await Org.ListAsync().ToListAsync();

        Assert.Equal(["9001", "9002", "9003", "6001", "6002"], all.Select(c => c.Code));
        Assert.Equal([("9002", "Security desk"), ("6001", "Lobby")], byCode.Select(c => (c.Code, c.Description)));
        Assert.Equal(["6001", "6002"], byDescription.Select(c => c.Code));
        Assert.Equal(["9001", "9002", "9003"], afterDelete.Select(c => c.Code));
    }

    [Fact]
    public async Task Organisation_CreateAsync_DuplicateCode_Is400AndAddsNothing()
    {
        var e = await Assert.ThrowsAsync<WebexApiException>(() => Org.CreateAsync(
            [new AuthCode { Code = "6100", Description = "One" }, new AuthCode { Code = "6100", Description = "Two" }]));
        var codes = await Org.ListAsync(code: ["6100"]).ToListAsync();

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Equal("Access code *** already exists.", e.WebexMessage); // the SDK masks the code Webex echoes: a secret
        Assert.Empty(codes);
    }
}
