using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (CallerIdApiRequestTests.g.cs).</summary>
public class CallerIdApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task ConfigureAsync_SendsOnlyTheGivenParameters()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/callerId?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.CallerId.ConfigureAsync(PersonId, selected: CallerIdSelectedType.Custom, customNumber: "+14085551234",
            externalCallerIdNamePolicy: ExternalCallerIdNamePolicy.Location, orgId: "O1");

        JsonAssert.Equal("""{"selected": "CUSTOM", "customNumber": "+14085551234", "externalCallerIdNamePolicy": "LOCATION"}""",
            h.Single().Body);
    }

    [Fact]
    public async Task ConfigureSettingsAsync_LeavesOutReadOnlyAndWorkspaceFieldsAndKeepsUnknownOnes()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/callerId").RespondJson("""
            {"types": ["DIRECT_LINE", "FUTURE"], "selected": "FUTURE", "directNumber": "+13182202028", "extensionNumber": "4000",
             "locationNumber": "+13182202021", "mobileNumber": "+491701234", "tollFreeLocationNumber": false,
             "firstName": "Lya", "lastName": "Charrel", "blockInForwardCallsEnabled": false,
             "locationExternalCallerIdName": "Dallas", "directLineCallerIdName": {"selection": "DISPLAY_NAME"},
             "dialByName": "Lya C", "dialByFirstName": "Lya", "extra": {"a": 1}}
            """);
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/callerId").Respond(HttpStatusCode.NoContent);
        var api = h.Api.PersonSettings.CallerId;

        var callerId = await api.ReadAsync(PersonId);
        Assert.Equal(DirectLineCallerIdNameSelection.DisplayName, callerId.DirectLineCallerIdName!.Selection);
        await api.ConfigureSettingsAsync(PersonId, callerId with { BlockInForwardCallsEnabled = true });

        // dialByName is the workspace's field; the person's request schema has dialByFirstName and dialByLastName
        JsonAssert.Equal("""
            {"selected": "FUTURE", "firstName": "Lya", "lastName": "Charrel", "blockInForwardCallsEnabled": true,
             "directLineCallerIdName": {"selection": "DISPLAY_NAME"}, "dialByFirstName": "Lya", "extra": {"a": 1}}
            """, h.Requests[^1].Body);
    }
}
