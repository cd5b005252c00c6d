using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.PersonSettings.Executive;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings.Executive;

/// <summary>Beyond the generated request tests (ExecutiveSettingsApiRequestTests.g.cs, beside this file).</summary>
public class ExecutiveSettingsApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string Base = $"telephony/config/people/{PersonId}/executive";


    [Fact]
    public async Task UpdateAlertSettingsAsync_UnknownFieldsAndValues_SurviveReadModifyUpdate()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Base}/alert").RespondJson("""{"alertingMode": "ROUND_ROBIN", "rolloverEnabled": false, "futureKnob": 3}""");
        h.Mock.On(HttpMethod.Put, $"{Base}/alert").Respond(HttpStatusCode.NoContent);

        var alert = await h.Api.PersonSettings.Executive.AlertSettingsAsync(PersonId);
        await h.Api.PersonSettings.Executive.UpdateAlertSettingsAsync(PersonId, alert with { RolloverEnabled = true, CustomClidName = "X" });

        Assert.Equal(HttpMethod.Put, h.Requests[1].Method);
        JsonAssert.Equal("""{"alertingMode": "ROUND_ROBIN", "rolloverEnabled": true, "customCLIDName": "X", "futureKnob": 3}""", h.Requests[1].Body);
    }

    [Fact]
    public async Task UpdateAssignedAssistantsAsync_Null_SendsExplicitNullToRemoveAll()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{Base}/assignedAssistants").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.Executive.UpdateAssignedAssistantsAsync(PersonId, null);

        JsonAssert.Equal("""{"assistantIds": null}""", h.Single().Body);
    }

    [Fact]
    public async Task UpdateExecutiveCallFilteringSettingsAsync_SendsCriteriaAsCriteriaActivation()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{Base}/callFiltering").Respond(HttpStatusCode.NoContent);
        var settings = new ExecCallFiltering
        {
            Enabled = true,
            FilterType = ExecCallFilterType.AllExternalCalls,
            Criteria = [new ExecCallFilteringCriteriaItem { Id = "C1", FilterName = "VIPs", ActivationEnabled = false, FilterEnabled = true }],
        };

        await h.Api.PersonSettings.Executive.UpdateExecutiveCallFilteringSettingsAsync(PersonId, settings);

        JsonAssert.Equal("""
            {"enabled": true, "filterType": "ALL_EXTERNAL_CALLS", "criteriaActivation": [{"id": "C1", "activationEnabled": false}]}
            """, h.Single().Body);
    }

    [Fact]
    public async Task UpdateExecutiveAssistantSettingsAsync_ReadExecutives_SendPersonIdAndOptInAndKeepUnknownFields()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Base}/assistant").RespondJson("""
            {"forwardFilteredCallsEnabled": true, "newFlag": 1,
             "executives": [{"id": "E1", "firstName": "Eve", "lastName": "Boss", "directNumber": "+1", "extension": "9000",
                             "optInEnabled": true, "location": {"id": "L1", "name": "HQ"}}]}
            """);
        h.Mock.On(HttpMethod.Put, $"{Base}/assistant").Respond(HttpStatusCode.NoContent);

        var read = await h.Api.PersonSettings.Executive.ExecutiveAssistantSettingsAsync(PersonId);
        await h.Api.PersonSettings.Executive.UpdateExecutiveAssistantSettingsAsync(PersonId, read with { ForwardFilteredCallsEnabled = false });

        JsonAssert.Equal("""
            {"forwardFilteredCallsEnabled": false, "newFlag": 1, "executives": [{"personId": "E1", "optInEnabled": true}]}
            """, h.Requests[1].Body);
    }

    [Fact]
    public async Task ExecutiveAvailableAssistantsAsync_TwoPages_ReturnsTheAssistantsOfBoth()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Base}/availableAssistants?name=Ann").RespondJson("""{"assistants": [{"id": "A1"}]}""", HttpStatusCode.OK,
            ("Link", $"<{ApiHarness.Url($"{Base}/availableAssistants?name=Ann&start=1&max=1")}>; rel=\"next\""));
        h.Mock.OnGet($"{Base}/availableAssistants?name=Ann&start=1&max=1").RespondJson("""{"assistants": [{"id": "A2"}]}""");

        var assistants = await h.Api.PersonSettings.Executive.ExecutiveAvailableAssistantsAsync(PersonId, name: "Ann");

        Assert.Equal(["A1", "A2"], assistants.Select(a => a.Id));
        Assert.Equal(2, h.Requests.Count);
    }

    [Fact]
    public async Task CreateCallFilteringCriteriaAsync_LocationScheduleAndAlternateNumber_SendGroupAndAlternateWithoutId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"{Base}/callFiltering/criteria?orgId=O1").RespondJson("""{"id": "C9"}""", HttpStatusCode.Created);
        var criterion = new ExecCallFilteringCriteria
        {
            Id = "ignored",
            FilterName = "Nights",
            ScheduleName = "After hours",
            ScheduleType = ScheduleType.BusinessHours,
            ScheduleLevel = ExecCallFilteringScheduleLevel.Location,
            CallsFrom = ExecSelectiveFrom.AnyExternal,
            FilterEnabled = true,
            CallsToNumbers = [new ExecCallFilteringToNumber { Type = ExecCallFilteringNumberType.Secondary, PhoneNumber = "+14085550002" }],
        };

        string? id = await h.Api.PersonSettings.Executive.CreateCallFilteringCriteriaAsync(PersonId, criterion, "O1");

        Assert.Equal("C9", id);
        JsonAssert.Equal("""
            {"filterName": "Nights", "scheduleName": "After hours", "scheduleType": "businessHours", "scheduleLevel": "GROUP",
             "callsFrom": "ANY_EXTERNAL", "filterEnabled": true, "callsToNumbers": [{"type": "ALTERNATE", "phoneNumber": "+14085550002"}]}
            """, h.Single().Body);
    }

    [Fact]
    public async Task GetFilteringCriteriaAsync_GroupAndAlternate_ReadAsLocationAndSecondary()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Base}/callFiltering/criteria/C1").RespondJson("""
            {"id": "C1", "filterName": "Holidays", "scheduleLevel": "GROUP", "callsFrom": "ANY_PHONE_NUMBER", "filterEnabled": true,
             "callsToNumbers": [{"type": "ALTERNATE", "phoneNumber": "+14085550003"}]}
            """);

        var criterion = await h.Api.PersonSettings.Executive.GetFilteringCriteriaAsync(PersonId, "C1");

        Assert.Equal(ExecCallFilteringScheduleLevel.Location, criterion.ScheduleLevel);
        Assert.Equal(ExecCallFilteringNumberType.Secondary, criterion.CallsToNumbers![0].Type);
    }

    [Fact]
    public async Task UpdateCallFilteringCriteriaAsync_ReadCriterion_SendsNeitherIdNorName()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Base}/callFiltering/criteria/C1").RespondJson("""
            {"id": "C1", "filterName": "VIPs", "callsFrom": "SELECT_PHONE_NUMBERS", "phoneNumbers": ["+1"], "filterEnabled": true}
            """);
        h.Mock.On(HttpMethod.Put, $"{Base}/callFiltering/criteria/C1").Respond(HttpStatusCode.NoContent);

        var read = await h.Api.PersonSettings.Executive.GetFilteringCriteriaAsync(PersonId, "C1");
        await h.Api.PersonSettings.Executive.UpdateCallFilteringCriteriaAsync(PersonId, "C1", read with { FilterEnabled = false });

        JsonAssert.Equal("""{"callsFrom": "SELECT_PHONE_NUMBERS", "phoneNumbers": ["+1"], "filterEnabled": false}""", h.Requests[1].Body);
    }

    [Fact]
    public async Task GetFilteringCriteriaAsync_EmptyId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.PersonSettings.Executive.GetFilteringCriteriaAsync(PersonId, ""));

        Assert.Empty(h.Requests);
    }
}
