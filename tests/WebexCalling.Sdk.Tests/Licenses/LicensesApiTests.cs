using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Licenses;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Licenses;

/// <summary>The hand-written member of <see cref="LicensesApi"/>, and a license assignment's body.</summary>
public class LicensesApiTests
{
    [Fact]
    public async Task AssignedUsersAsync_AsksTheDetailsForUsersAndListsThem()
    {
        using var h = new ApiHarness();
        h.Mock.Fallback.Respond(_ => ApiHarness.Json(HttpStatusCode.OK, ApiHarness.Sample("licenses_details")));

        var users = await h.Api.Licenses.AssignedUsersAsync("L1").ToListAsync();

        var request = h.Single();
        Assert.Equal("GET", request.Method.Method);
        Assert.Equal("/v1/licenses/L1?includeAssignedTo=user", request.PathAndQuery);
        ExampleAssert.Typed(ApiHarness.Sample("licenses_details"), users[0], items: "users");
        var user = Assert.Single(users);
        Assert.Equal(("John Andersen", LicenseUserType.Internal), (user.DisplayName, user.Type));
    }

    [Fact]
    public async Task AssignLicensesToUsersAsync_SendsLicensesWithPropertiesAndSites()
    {
        using var h = new ApiHarness();
        h.Mock.Fallback.Respond(_ => ApiHarness.Json(HttpStatusCode.OK, ApiHarness.Sample("licenses_assign")));

        var result = await h.Api.Licenses.AssignLicensesToUsersAsync(personId: "P1",
            licenses: [
                new LicenseRequest { Id = "L1", Operation = LicenseRequestOperation.Add, Properties = new LicenseProperties { LocationId = "LOC", Extension = "133" } },
                new LicenseRequest { Id = "L2", Operation = LicenseRequestOperation.Remove },
            ],
            siteUrls: [new SiteUrlsRequest { SiteUrl = "mysite.webex.com", AccountType = SiteAccountType.Attendee, Operation = LicenseRequestOperation.Add }]);

        var request = h.Single();
        Assert.Equal("PATCH", request.Method.Method);
        Assert.Equal("/v1/licenses/users", request.PathAndQuery);
        JsonAssert.Same("""
            {"personId": "P1",
             "licenses": [{"id": "L1", "operation": "add", "properties": {"locationId": "LOC", "extension": "133"}},
                          {"id": "L2", "operation": "remove"}],
             "siteUrls": [{"siteUrl": "mysite.webex.com", "accountType": "attendee", "operation": "add"}]}
            """, request.Body);
        Assert.Equal(3, result.Licenses!.Count);
    }
}
