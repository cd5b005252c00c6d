using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.PersonSettings.Executive;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

// The executive endpoints are newer than the April 2025 reference: answers are built from their documented schema.
public class ExecutiveSettingsApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string Base = $"telephony/config/people/{PersonId}/executive";

    private const string AlertJson = """
        {
          "alertingMode": "SEQUENTIAL",
          "nextAssistantNumberOfRings": 2,
          "rolloverEnabled": true,
          "rolloverAction": "FORWARD",
          "rolloverForwardToPhoneNumber": "+14085551234",
          "rolloverWaitTimeInSecs": 20,
          "clidNameMode": "CUSTOM",
          "customCLIDName": "Exec Office",
          "customCLIDNameInUnicode": "Exec Office",
          "clidPhoneNumberMode": "CUSTOM",
          "customCLIDPhoneNumber": "+14085550000"
        }
        """;

    private const string AssistantsJson = """
        {"assistants": [
          {"id": "A1", "firstName": "Ann", "lastName": "Smith", "directNumber": "+14085551111", "extension": "1111", "optInEnabled": true,
           "location": {"id": "L1", "name": "San Jose"}},
          {"id": "A2", "firstName": "Bob", "lastName": "Jones", "extension": "2222", "optInEnabled": false}
        ]}
        """;

    [Fact]
    public async Task AlertSettingsAsync_WithOrgId_ParsesAllFields()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Base}/alert?orgId=O1").RespondJson(AlertJson);

        var alert = await h.Api.PersonSettings.Executive.AlertSettingsAsync(PersonId, "O1");

        Assert.Equal(ExecAlertingMode.Sequential, alert.AlertingMode);
        Assert.Equal(2, alert.NextAssistantNumberOfRings);
        Assert.Equal(ExecAlertRolloverAction.Forward, alert.RolloverAction);
        Assert.Equal(20, alert.RolloverWaitTimeInSecs);
        Assert.Equal(ExecAlertClidNameMode.Custom, alert.ClidNameMode);
        Assert.Equal("Exec Office", alert.CustomClidName);
        Assert.Equal(ExecAlertClidPhoneNumberMode.Custom, alert.ClidPhoneNumberMode);
        Assert.Equal("+14085550000", alert.CustomClidPhoneNumber);
    }

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
    public async Task AssignedAssistantsAsync_ParsesTheAssistants()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Base}/assignedAssistants?orgId=O1").RespondJson(AssistantsJson);

        var assistants = await h.Api.PersonSettings.Executive.AssignedAssistantsAsync(PersonId, "O1");

        Assert.Equal(2, assistants.Count);
        Assert.Equal("+14085551111", assistants[0].DirectNumber);
        Assert.True(assistants[0].OptInEnabled);
        Assert.Equal("San Jose", assistants[0].Location!.Name);
        Assert.Equal("2222", assistants[1].Extension);
    }

    [Fact]
    public async Task UpdateAssignedAssistantsAsync_SendsTheIds()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{Base}/assignedAssistants?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.Executive.UpdateAssignedAssistantsAsync(PersonId, ["A1", "A2"], "O1");

        JsonAssert.Equal("""{"assistantIds": ["A1", "A2"]}""", h.Single().Body);
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
    public async Task ExecutiveAssistantSettingsAsync_ParsesTheExecutives()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Base}/assistant").RespondJson("""
            {"forwardFilteredCallsEnabled": true, "forwardToPhoneNumber": "+14085559999",
             "executives": [{"id": "E1", "firstName": "Eve", "lastName": "Boss", "extension": "9000", "optInEnabled": true,
                             "location": {"id": "L1", "name": "HQ"}}]}
            """);

        var settings = await h.Api.PersonSettings.Executive.ExecutiveAssistantSettingsAsync(PersonId);

        Assert.True(settings.ForwardFilteredCallsEnabled);
        Assert.Equal("+14085559999", settings.ForwardToPhoneNumber);
        var exec = Assert.Single(settings.Executives!);
        Assert.Equal("Eve", exec.FirstName);
        Assert.Equal("HQ", exec.Location!.Name);
    }

    [Fact]
    public async Task UpdateExecutiveAssistantSettingsAsync_SendsOnlyPersonIdAndOptInOfExecutives()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{Base}/assistant?orgId=O1").Respond(HttpStatusCode.NoContent);
        var settings = new AssistantSettings
        {
            ForwardFilteredCallsEnabled = false,
            Executives = [new ExecOrAssistant { Id = "E1", FirstName = "Eve", Extension = "9000", OptInEnabled = false }],
        };

        await h.Api.PersonSettings.Executive.UpdateExecutiveAssistantSettingsAsync(PersonId, settings, "O1");

        JsonAssert.Equal("""{"forwardFilteredCallsEnabled": false, "executives": [{"personId": "E1", "optInEnabled": false}]}""", h.Single().Body);
    }

    [Fact]
    public async Task ExecutiveAvailableAssistantsAsync_SendsFiltersAndParses()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Base}/availableAssistants?name=Ann&phoneNumber=%2B1408&orgId=O1").RespondJson(AssistantsJson);

        var assistants = await h.Api.PersonSettings.Executive.ExecutiveAvailableAssistantsAsync(PersonId, "Ann", "+1408", "O1");

        Assert.Equal(["A1", "A2"], assistants.Select(a => a.Id));
    }

    [Fact]
    public async Task ExecutiveCallFilteringSettingsAsync_ParsesCriteria()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Base}/callFiltering").RespondJson("""
            {"enabled": true, "filterType": "CUSTOM_CALL_FILTERS",
             "criteria": [{"id": "C1", "filterName": "VIPs", "source": "SELECT_PHONE_NUMBERS", "activationEnabled": true, "filterEnabled": true}]}
            """);

        var filtering = await h.Api.PersonSettings.Executive.ExecutiveCallFilteringSettingsAsync(PersonId);

        Assert.True(filtering.Enabled);
        Assert.Equal(ExecCallFilterType.CustomCallFilters, filtering.FilterType);
        var criterion = Assert.Single(filtering.Criteria!);
        Assert.Equal(ExecSelectiveFrom.SelectPhoneNumbers, criterion.Source);
        Assert.Equal("VIPs", criterion.FilterName);
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
    public async Task CreateCallFilteringCriteriaAsync_SendsTheCriterionWithoutIdAndReturnsTheNewId()
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
            AnonymousCallersEnabled = true,
            PhoneNumbers = ["+14085550001"],
            CallsToNumbers = [new ExecCallFilteringToNumber { Type = ExecCallFilteringNumberType.Primary, PhoneNumber = "+14085550002" }],
        };

        string? id = await h.Api.PersonSettings.Executive.CreateCallFilteringCriteriaAsync(PersonId, criterion, "O1");

        Assert.Equal("C9", id);
        JsonAssert.Equal("""
            {"filterName": "Nights", "scheduleName": "After hours", "scheduleType": "businessHours", "scheduleLevel": "LOCATION",
             "callsFrom": "ANY_EXTERNAL", "anonymousCallersEnabled": true, "phoneNumbers": ["+14085550001"],
             "callsToNumbers": [{"type": "PRIMARY", "phoneNumber": "+14085550002"}]}
            """, h.Single().Body);
    }

    [Fact]
    public async Task GetFilteringCriteriaAsync_ParsesTheCriterion()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Base}/callFiltering/criteria/C1").RespondJson("""
            {"id": "C1", "filterName": "Holidays", "scheduleName": "US holidays", "scheduleType": "holidays", "scheduleLevel": "PEOPLE",
             "callsFrom": "ANY_PHONE_NUMBER", "unavailableCallersEnabled": false, "filterEnabled": true,
             "callsToNumbers": [{"type": "SECONDARY", "phoneNumber": "+14085550003"}]}
            """);

        var criterion = await h.Api.PersonSettings.Executive.GetFilteringCriteriaAsync(PersonId, "C1");

        Assert.Equal(ScheduleType.Holidays, criterion.ScheduleType);
        Assert.Equal(ExecCallFilteringScheduleLevel.People, criterion.ScheduleLevel);
        Assert.Equal(ExecSelectiveFrom.AnyPhoneNumber, criterion.CallsFrom);
        Assert.Equal(ExecCallFilteringNumberType.Secondary, criterion.CallsToNumbers![0].Type);
    }

    [Fact]
    public async Task UpdateCallFilteringCriteriaAsync_SendsWithoutId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{Base}/callFiltering/criteria/C1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.Executive.UpdateCallFilteringCriteriaAsync(PersonId, "C1",
            new ExecCallFilteringCriteria { Id = "C1", FilterEnabled = false });

        JsonAssert.Equal("""{"filterEnabled": false}""", h.Single().Body);
    }

    [Fact]
    public async Task DeleteCallFilteringCriteriaAsync_SendsDelete()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Delete, $"{Base}/callFiltering/criteria/C1?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.Executive.DeleteCallFilteringCriteriaAsync(PersonId, "C1", "O1");

        Assert.Equal(HttpMethod.Delete, h.Single().Method);
    }

    [Fact]
    public async Task ScreeningSettingsAsync_ParsesAllFields()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Base}/screening").RespondJson("""
            {"enabled": true, "alertType": "RING_SPLASH", "alertAnywhereLocationEnabled": true, "alertMobilityLocationEnabled": false,
             "alertSharedCallAppearanceLocationEnabled": true}
            """);

        var screening = await h.Api.PersonSettings.Executive.ScreeningSettingsAsync(PersonId);

        Assert.True(screening.Enabled);
        Assert.Equal(ExecScreeningAlertType.RingSplash, screening.AlertType);
        Assert.False(screening.AlertMobilityLocationEnabled);
        Assert.True(screening.AlertSharedCallAppearanceLocationEnabled);
    }

    [Fact]
    public async Task UpdateScreeningSettingsAsync_SendsTheSetFields()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{Base}/screening?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.Executive.UpdateScreeningSettingsAsync(PersonId,
            new ExecScreening { Enabled = false, AlertType = ExecScreeningAlertType.Silent }, "O1");

        JsonAssert.Equal("""{"enabled": false, "alertType": "SILENT"}""", h.Single().Body);
    }

    [Fact]
    public async Task GetFilteringCriteriaAsync_EmptyId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.PersonSettings.Executive.GetFilteringCriteriaAsync(PersonId, ""));

        Assert.Empty(h.Requests);
    }
}
