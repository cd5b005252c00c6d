using System.Net;
using System.Text.Json.Nodes;
using WebexCalling.Sdk.IntegrationTests.TestSupport;

namespace WebexCalling.Sdk.IntegrationTests.Simulator.PersonSettings;

/// <summary>The collections of person settings: criteria, schedules and events, digit patterns, access codes, numbers.</summary>
public class PersonSettingsCollectionsTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private SimHarness H => fixture.H;

    [Theory]
    [InlineData("selectiveAccept", "acceptEnabled", 10)]
    [InlineData("selectiveForward", "forwardEnabled", 11)]
    [InlineData("selectiveReject", "rejectEnabled", 12)]
    [InlineData("simultaneousRing", "ringEnabled", 13)]
    public async Task Criteria_CreateReadUpdateDelete_ShowsInTheSetting(string kind, string enabledField, int user)
    {
        string id = fixture.UserId(user);
        string setting = $"telephony/config/people/{id}/{kind}";

        var create = await H.PostAsync(setting + "/criteria", JsonNode.Parse($$"""
            {"scheduleName": "After hours", "scheduleType": "businessHours", "scheduleLevel": "PEOPLE",
             "callsFrom": "SELECT_PHONE_NUMBERS", "anonymousCallersEnabled": false, "unavailableCallersEnabled": true,
             "phoneNumbers": ["+14085550123"], "{{enabledField}}": true}
            """)!);
        string criteriaId = create.Object["id"]!.GetValue<string>();
        var read = await H.GetAsync($"{setting}/criteria/{criteriaId}");
        var listed = await H.GetAsync(setting);
        var update = await H.PutAsync($"{setting}/criteria/{criteriaId}", new JsonObject { ["scheduleName"] = "Weekend", [enabledField] = false });
        var reread = await H.GetAsync($"{setting}/criteria/{criteriaId}");
        var bad = await H.PostAsync(setting + "/criteria", new JsonObject { ["callsFrom"] = "SOMETIMES" });
        var delete = await H.DeleteAsync($"{setting}/criteria/{criteriaId}");
        var gone = await H.GetAsync($"{setting}/criteria/{criteriaId}");
        var after = await H.GetAsync(setting);

        Assert.Equal(HttpStatusCode.Created, create.Status);
        Assert.Equal("After hours", read.Object["scheduleName"]!.GetValue<string>());
        Assert.True(read.Object["unavailableCallersEnabled"]!.GetValue<bool>());
        var summary = Assert.Single(listed.Object["criteria"]!.AsArray())!;
        Assert.Equal(criteriaId, summary["id"]!.GetValue<string>());
        Assert.Equal("SPECIFIC_NUMBERS", summary["source"]!.GetValue<string>());
        Assert.True(summary[enabledField]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NoContent, update.Status);
        Assert.Equal("Weekend", reread.Object["scheduleName"]!.GetValue<string>());
        Assert.False(reread.Object[enabledField]!.GetValue<bool>());
        Assert.Equal("SELECT_PHONE_NUMBERS", reread.Object["callsFrom"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal(HttpStatusCode.NoContent, delete.Status);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Empty(after.Object["criteria"]!.AsArray());
    }

    [Fact]
    public async Task ExecutiveCallFiltering_CriteriaActivation_AppliedToTheCriterionAndNotEchoed()
    {
        string id = fixture.UserId(28);
        string baseUrl = $"telephony/config/people/{id}/executive/callFiltering";
        var create = await H.PostAsync(baseUrl + "/criteria", new JsonObject
        {
            ["filterName"] = "After hours", ["callsFrom"] = "ANY_PHONE_NUMBER", ["filterEnabled"] = true,
        });
        string criteriaId = create.Object["id"]!.GetValue<string>();

        var before = await H.GetAsync(baseUrl);
        var put = await H.PutAsync(baseUrl, JsonNode.Parse($$"""
            {"enabled": true, "criteriaActivation": [{"id": "{{criteriaId}}", "activationEnabled": false}]}
            """)!);
        var unknown = await H.PutAsync(baseUrl, JsonNode.Parse("""
            {"criteriaActivation": [{"id": "no-such-criteria", "activationEnabled": true}]}
            """)!);
        var after = await H.GetAsync(baseUrl);

        Assert.True(before.Object["criteria"]![0]!["activationEnabled"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NoContent, put.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.True(after.Object["enabled"]!.GetValue<bool>());
        Assert.False(after.Object.ContainsKey("criteriaActivation")); // write-only: the GET never answers it
        var criterion = Assert.Single(after.Object["criteria"]!.AsArray())!;
        Assert.False(criterion["activationEnabled"]!.GetValue<bool>());
        Assert.True(criterion["filterEnabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ExecutiveCallFiltering_CriteriaCrud_ListedInTheFilteringSettingsAndNameKeptOnUpdate()
    {
        string id = fixture.UserId(14);
        string baseUrl = $"telephony/config/people/{id}/executive/callFiltering";

        var missing = await H.PostAsync(baseUrl + "/criteria", new JsonObject { ["callsFrom"] = "ANY_PHONE_NUMBER" });
        var create = await H.PostAsync(baseUrl + "/criteria", new JsonObject
        {
            ["filterName"] = "VIP",
            ["callsFrom"] = "SELECT_PHONE_NUMBERS",
            ["phoneNumbers"] = new JsonArray("+13035550100"),
            ["filterEnabled"] = true,
        });
        string criteriaId = create.Object["id"]!.GetValue<string>();
        // the update's schema has no filterName (it is kept) and takes the 2026 values GROUP and ALTERNATE
        var update = await H.PutAsync($"{baseUrl}/criteria/{criteriaId}", new JsonObject
        {
            ["filterName"] = "VIPs",
            ["phoneNumbers"] = new JsonArray("+13035550101"),
            ["scheduleLevel"] = "GROUP",
            ["callsToNumbers"] = new JsonArray(new JsonObject { ["type"] = "ALTERNATE", ["phoneNumber"] = "+13035550102" }),
        });
        var oldLevel = await H.PutAsync($"{baseUrl}/criteria/{criteriaId}", new JsonObject { ["scheduleLevel"] = "LOCATION" });
        var oldType = await H.PutAsync($"{baseUrl}/criteria/{criteriaId}", new JsonObject
        {
            ["callsToNumbers"] = new JsonArray(new JsonObject { ["type"] = "SECONDARY", ["phoneNumber"] = "+13035550102" }),
        });
        var read = await H.GetAsync($"{baseUrl}/criteria/{criteriaId}");
        var settings = await H.GetAsync(baseUrl);
        var delete = await H.DeleteAsync($"{baseUrl}/criteria/{criteriaId}");

        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal(HttpStatusCode.Created, create.Status);
        Assert.Equal(HttpStatusCode.NoContent, update.Status);
        Assert.Equal(HttpStatusCode.BadRequest, oldLevel.Status);
        Assert.Equal(HttpStatusCode.BadRequest, oldType.Status);
        Assert.Equal("VIP", read.Object["filterName"]!.GetValue<string>());
        Assert.Equal("+13035550101", read.Object["phoneNumbers"]![0]!.GetValue<string>());
        Assert.Equal("GROUP", read.Object["scheduleLevel"]!.GetValue<string>());
        Assert.Equal("VIP", settings.Object["criteria"]![0]!["filterName"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, delete.Status);
    }

    [Fact]
    public async Task Schedules_CreateListUpdateEventsDelete()
    {
        string id = fixture.UserId(15);
        string baseUrl = $"people/{id}/features/schedules";

        var create = await H.PostAsync(baseUrl, JsonNode.Parse("""
            {"name": "Office hours", "type": "businessHours", "events": [
              {"name": "Weekdays", "startDate": "2026-01-05", "endDate": "2026-01-05", "startTime": "08:00", "endTime": "17:00",
               "recurrence": {"recurForEver": true, "recurWeekly": {"recurInterval": 1, "monday": true, "friday": true}}}]}
            """)!);
        var holidays = await H.PostAsync(baseUrl, new JsonObject { ["name"] = "Holidays", ["type"] = "holidays" });
        var duplicate = await H.PostAsync(baseUrl, new JsonObject { ["name"] = "Office hours", ["type"] = "businessHours" });
        var badType = await H.PostAsync(baseUrl, new JsonObject { ["name"] = "X", ["type"] = "weekly" });
        string scheduleId = create.Object["id"]!.GetValue<string>();
        string one = $"{baseUrl}/businessHours/{scheduleId}";
        var page = await H.GetAsync(baseUrl + "?max=1");
        var byType = await H.GetAsync(baseUrl + "?type=holidays");
        var details = await H.GetAsync(one);
        var wrongType = await H.GetAsync($"{baseUrl}/holidays/{scheduleId}");

        var eventCreate = await H.PostAsync(one + "/events", JsonNode.Parse("""
            {"name": "Saturday", "startDate": "2026-01-10", "endDate": "2026-01-10", "allDayEnabled": true}
            """)!);
        string eventId = eventCreate.Object["id"]!.GetValue<string>();
        var eventUpdate = await H.PutAsync($"{one}/events/{eventId}", new JsonObject { ["newName"] = "Saturday morning", ["allDayEnabled"] = false, ["startTime"] = "09:00", ["endTime"] = "12:00" });
        var eventRead = await H.GetAsync($"{one}/events/{eventId}");
        var badEvent = await H.PostAsync(one + "/events", new JsonObject { ["name"] = "No dates" });
        var rename = await H.PutAsync(one, new JsonObject { ["name"] = "Office hours 2" });
        var newName = await H.PutAsync(one, new JsonObject { ["newName"] = "Opening hours" }); // the person schema's rename
        var eventDelete = await H.DeleteAsync($"{one}/events/{eventId}");
        var afterEvents = await H.GetAsync(one);
        var delete = await H.DeleteAsync(one);
        var gone = await H.GetAsync(one);

        Assert.Equal(HttpStatusCode.Created, create.Status);
        Assert.Equal(HttpStatusCode.Created, holidays.Status);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.Status);
        Assert.Equal(HttpStatusCode.BadRequest, badType.Status);
        Assert.Single(page.Object["schedules"]!.AsArray());
        Assert.Contains("rel=\"next\"", page.Link, StringComparison.Ordinal);
        Assert.Equal("Holidays", Assert.Single(byType.Object["schedules"]!.AsArray())!["name"]!.GetValue<string>());
        Assert.Equal("Office hours", details.Object["name"]!.GetValue<string>());
        Assert.True(details.Object["events"]![0]!["recurrence"]!["recurWeekly"]!["friday"]!.GetValue<bool>());
        Assert.NotNull(details.Object["events"]![0]!["id"]);
        Assert.Equal(HttpStatusCode.NotFound, wrongType.Status);
        Assert.Equal(HttpStatusCode.Created, eventCreate.Status);
        Assert.Equal(HttpStatusCode.OK, eventUpdate.Status); // the reference answers 200 {id}
        Assert.Equal(eventId, eventUpdate.Object["id"]!.GetValue<string>());
        Assert.Equal("Saturday morning", eventRead.Object["name"]!.GetValue<string>());
        Assert.Equal("09:00", eventRead.Object["startTime"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, badEvent.Status);
        Assert.Equal(HttpStatusCode.OK, rename.Status); // the reference answers 200 {id}
        Assert.NotNull(rename.Object["id"]);
        Assert.Equal(HttpStatusCode.OK, newName.Status);
        Assert.Equal(HttpStatusCode.NoContent, eventDelete.Status);
        Assert.Equal("Opening hours", afterEvents.Object["name"]!.GetValue<string>());
        Assert.Single(afterEvents.Object["events"]!.AsArray());
        Assert.Equal(HttpStatusCode.NoContent, delete.Status);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
    }

    [Fact]
    public async Task DigitPatterns_Crud_CategoryAndDeleteAll()
    {
        string id = fixture.UserId(16);
        string baseUrl = $"telephony/config/people/{id}/outgoingPermission/digitPatterns";

        var initial = await H.GetAsync(baseUrl);
        var create = await H.PostAsync(baseUrl, new JsonObject { ["name"] = "Premium", ["pattern"] = "1900XXXXXXX", ["action"] = "BLOCK" });
        var second = await H.PostAsync(baseUrl, new JsonObject { ["name"] = "Intl", ["pattern"] = "011!", ["action"] = "AUTH_CODE", ["transferEnabled"] = true });
        var duplicate = await H.PostAsync(baseUrl, new JsonObject { ["name"] = "Premium", ["pattern"] = "1976XXXXXXX", ["action"] = "BLOCK" });
        var badAction = await H.PostAsync(baseUrl, new JsonObject { ["name"] = "Odd", ["pattern"] = "1", ["action"] = "MAYBE" });
        string patternId = create.Object["id"]!.GetValue<string>();
        var update = await H.PutAsync($"{baseUrl}/{patternId}", new JsonObject { ["action"] = "ALLOW" });
        var details = await H.GetAsync($"{baseUrl}/{patternId}");
        var category = await H.PutAsync(baseUrl, new JsonObject { ["useCustomDigitPatterns"] = true });
        var list = await H.GetAsync(baseUrl);
        var deleteOne = await H.DeleteAsync($"{baseUrl}/{patternId}");
        var gone = await H.GetAsync($"{baseUrl}/{patternId}");
        var deleteAll = await H.DeleteAsync(baseUrl);
        var empty = await H.GetAsync(baseUrl);

        Assert.False(initial.Object["useCustomDigitPatterns"]!.GetValue<bool>());
        Assert.Empty(initial.Object["digitPatterns"]!.AsArray());
        Assert.Equal(HttpStatusCode.Created, create.Status);
        Assert.Equal(HttpStatusCode.Created, second.Status);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.Status);
        Assert.Equal(HttpStatusCode.BadRequest, badAction.Status);
        Assert.Equal(HttpStatusCode.NoContent, update.Status);
        Assert.Equal("ALLOW", details.Object["action"]!.GetValue<string>());
        Assert.Equal("1900XXXXXXX", details.Object["pattern"]!.GetValue<string>());
        Assert.False(details.Object["transferEnabled"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NoContent, category.Status);
        Assert.True(list.Object["useCustomDigitPatterns"]!.GetValue<bool>());
        Assert.Equal(2, list.Object["digitPatterns"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.NoContent, deleteOne.Status);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal(HttpStatusCode.NoContent, deleteAll.Status);
        Assert.Empty(empty.Object["digitPatterns"]!.AsArray());
    }

    [Fact]
    public async Task AccessCodes_CreateModifyDelete()
    {
        string id = fixture.UserId(17);
        string baseUrl = $"telephony/config/people/{id}/outgoingPermission/accessCodes";

        var create = await H.PostAsync(baseUrl, new JsonObject { ["code"] = "4856", ["description"] = "Marketing" });
        var second = await H.PostAsync(baseUrl, new JsonObject { ["code"] = "2421", ["description"] = "Sales" });
        var bad = await H.PostAsync(baseUrl, new JsonObject { ["code"] = "12ab" });
        var modify = await H.PutAsync(baseUrl, JsonNode.Parse("""{"useCustomAccessCodes": true, "deleteCodes": ["4856"]}""")!);
        var read = await H.GetAsync(baseUrl);
        var delete = await H.DeleteAsync(baseUrl);
        var empty = await H.GetAsync(baseUrl);

        Assert.Equal(HttpStatusCode.Created, create.Status);
        Assert.Equal(HttpStatusCode.Created, second.Status);
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal(HttpStatusCode.NoContent, modify.Status);
        Assert.True(read.Object["useCustomAccessCodes"]!.GetValue<bool>());
        Assert.Equal("2421", Assert.Single(read.Object["accessCodes"]!.AsArray())!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, delete.Status);
        Assert.Empty(empty.Object["accessCodes"]!.AsArray());
    }

    [Fact]
    public async Task SingleNumberReach_NumbersCrud_ListedInTheSetting()
    {
        string id = fixture.UserId(18);
        string baseUrl = $"telephony/config/people/{id}/singleNumberReach";

        var create = await H.PostAsync(baseUrl + "/numbers", new JsonObject { ["phoneNumber"] = "+14085559876", ["name"] = "Mobile" });
        var bad = await H.PostAsync(baseUrl + "/numbers", new JsonObject { ["phoneNumber"] = "call me" });
        string numberId = create.Object["id"]!.GetValue<string>();
        var update = await H.PutAsync($"{baseUrl}/numbers/{numberId}", new JsonObject { ["answerConfirmationEnabled"] = true });
        // the reference answers 200 with the number's id (Webex's ids change with the number)
        string updatedId = update.Object["id"]!.GetValue<string>();
        var setting = await H.PutAsync(baseUrl, new JsonObject { ["enabled"] = true });
        var read = await H.GetAsync(baseUrl);
        var delete = await H.DeleteAsync($"{baseUrl}/numbers/{numberId}");
        var again = await H.DeleteAsync($"{baseUrl}/numbers/{numberId}");

        Assert.Equal(HttpStatusCode.Created, create.Status);
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal(HttpStatusCode.OK, update.Status);
        Assert.Equal(numberId, updatedId);
        Assert.Equal(HttpStatusCode.NoContent, setting.Status);
        Assert.True(read.Object["enabled"]!.GetValue<bool>());
        var number = Assert.Single(read.Object["numbers"]!.AsArray())!;
        Assert.Equal("+14085559876", number["phoneNumber"]!.GetValue<string>());
        Assert.True(number["answerConfirmationEnabled"]!.GetValue<bool>());
        Assert.True(number["enabled"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NoContent, delete.Status);
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
    }

    [Theory]
    [InlineData("directNumber", 19)]   // the 2026 reference
    [InlineData("external", 24)]       // what wxc_sdk sends, and Webex accepts
    [InlineData("externalNumber", 25)]
    public async Task Numbers_AddAlternate_ShowsInNumbers_DeleteRemovesIt(string field, int user)
    {
        string id = fixture.UserId(user);

        var before = await H.GetAsync($"people/{id}/features/numbers");
        var add = await H.PutAsync($"telephony/config/people/{id}/numbers", JsonNode.Parse($$"""
            {"distinctiveRingEnabled": true, "phoneNumbers": [{"action": "ADD", "{{field}}": "+14085550188", "ringPattern": "LONG_LONG"}]}
            """)!);
        var after = await H.GetAsync($"people/{id}/features/numbers?preferE164Format=true");
        var remove = await H.PutAsync($"telephony/config/people/{id}/numbers", JsonNode.Parse($$"""
            {"phoneNumbers": [{"action": "DELETE", "{{field}}": "+14085550188"}]}
            """)!);
        var final = await H.GetAsync($"people/{id}/features/numbers");

        Assert.True(Assert.Single(before.Object["phoneNumbers"]!.AsArray())!["primary"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NoContent, add.Status);
        Assert.True(after.Object["distinctiveRingEnabled"]!.GetValue<bool>());
        var alternate = after.Object["phoneNumbers"]![1]!;
        Assert.Equal("+14085550188", alternate["directNumber"]!.GetValue<string>());
        Assert.Equal("LONG_LONG", alternate["ringPattern"]!.GetValue<string>());
        Assert.False(alternate["primary"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NoContent, remove.Status);
        Assert.Single(final.Object["phoneNumbers"]!.AsArray());
    }

    [Fact]
    public async Task FeatureAccess_PersonOverridesOrgDefault_ResetRestoresIt()
    {
        string id = fixture.UserId(20);
        string person = $"telephony/config/people/{id}/settings/permissions";

        var org = await H.GetAsync("telephony/config/people/settings/permissions");
        var update = await H.PutAsync(person, new JsonObject { ["voicemail"] = "NO_ACCESS" });
        var bad = await H.PutAsync(person, new JsonObject { ["voicemail"] = "SOME_ACCESS" });
        var custom = await H.GetAsync(person);
        var reset = await H.PostAsync($"{person}/actions/reset/invoke", new JsonObject());
        var restored = await H.GetAsync(person);

        Assert.Equal("FULL_ACCESS", org.Object["voicemail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, update.Status);
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.False(custom.Object["userOrgSettingsPermissionEnabled"]!.GetValue<bool>());
        Assert.Equal("NO_ACCESS", custom.Object["userOrgSettingsPermissions"]!["voicemail"]!.GetValue<string>());
        Assert.Equal("FULL_ACCESS", custom.Object["userOrgSettingsPermissions"]!["bargeIn"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, reset.Status);
        Assert.True(restored.Object["userOrgSettingsPermissionEnabled"]!.GetValue<bool>());
        Assert.Equal("FULL_ACCESS", restored.Object["userOrgSettingsPermissions"]!["voicemail"]!.GetValue<string>());
    }

    [Fact]
    public async Task ExecutiveAssistants_AssignListAndAvailable()
    {
        string id = fixture.UserId(21);
        string assistant = fixture.UserId(22);

        var available = await H.GetAsync($"telephony/config/people/{id}/executive/availableAssistants?max=5");
        var assign = await H.PutAsync($"telephony/config/people/{id}/executive/assignedAssistants", new JsonObject
        {
            ["allowOptInOutEnabled"] = false,
            ["assistantIds"] = new JsonArray(assistant),
        });
        var self = await H.PutAsync($"telephony/config/people/{id}/executive/assignedAssistants", new JsonObject { ["assistantIds"] = new JsonArray(id) });
        var assigned = await H.GetAsync($"telephony/config/people/{id}/executive/assignedAssistants");

        Assert.Equal(5, available.Object["assistants"]!.AsArray().Count);
        // the reference's shape: {id, firstName, lastName, directNumber, extension}
        var first = available.Object["assistants"]![0]!.AsObject();
        Assert.Subset(new HashSet<string> { "id", "firstName", "lastName", "directNumber", "extension" }, first.Select(p => p.Key).ToHashSet());
        Assert.StartsWith("+1", first["directNumber"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(available.Link);
        Assert.Equal(HttpStatusCode.NoContent, assign.Status);
        Assert.Equal(HttpStatusCode.BadRequest, self.Status);
        Assert.False(assigned.Object["allowOptInOutEnabled"]!.GetValue<bool>());
        Assert.Equal(assistant, Assert.Single(assigned.Object["assistants"]!.AsArray())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AvailableNumbers_FreeNumbersOfTheLocationAndOwnedOnes()
    {
        string id = fixture.UserId(23);
        var user = fixture.Users[23];

        var secondary = await H.GetAsync($"telephony/config/people/{id}/secondary/availableNumbers");
        var forwarding = await H.GetAsync($"telephony/config/people/{id}/callForwarding/availableNumbers?max=3");
        var snr = await H.GetAsync($"telephony/config/locations/{user["locationId"]!.GetValue<string>()}/singleNumberReach/availableNumbers");
        var unknownLocation = await H.GetAsync("telephony/config/locations/Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMA/singleNumberReach/availableNumbers");

        var free = secondary.Object["phoneNumbers"]!.AsArray();
        Assert.NotEmpty(free);
        Assert.All(free, n => Assert.Equal("ACTIVE", n!["state"]!.GetValue<string>()));
        Assert.DoesNotContain(free, n => fixture.Users.Any(u => u["phoneNumbers"]?[0]?["value"]?.GetValue<string>() == n!["phoneNumber"]!.GetValue<string>()));
        Assert.Equal(3, forwarding.Object["phoneNumbers"]!.AsArray().Count);
        Assert.Equal("PEOPLE", forwarding.Object["phoneNumbers"]![0]!["owner"]!["type"]!.GetValue<string>());
        Assert.Contains("start=3", forwarding.Link, StringComparison.Ordinal);
        Assert.Equal(free.Count, snr.Object["phoneNumbers"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.NotFound, unknownLocation.Status);
    }

    [Fact]
    public async Task OverKestrel_SelectiveRejectCriteriaAndSettingRoundTrip()
    {
        await using var h = await SimHarness.StartAsync(Transport.Kestrel, seed: sim => sim.Seed.DemoOrg());
        string id = (await h.CallingUsersAsync())[0]["id"]!.GetValue<string>();
        string setting = $"telephony/config/people/{id}/selectiveReject";

        var create = await h.PostAsync(setting + "/criteria", new JsonObject { ["callsFrom"] = "ANY_PHONE_NUMBER", ["rejectEnabled"] = true });
        var put = await h.PutAsync(setting, new JsonObject { ["enabled"] = true });
        var read = await h.GetAsync(setting);

        Assert.Equal(HttpStatusCode.Created, create.Status);
        Assert.Equal(HttpStatusCode.NoContent, put.Status);
        Assert.True(read.Object["enabled"]!.GetValue<bool>());
        Assert.Equal("ALL_NUMBERS", Assert.Single(read.Object["criteria"]!.AsArray())!["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task AppSharedLineMembers_PutWithoutMembers_KeepsThem()
    {
        string id = fixture.UserId(26);
        string members = $"telephony/config/people/{id}/applications/members";
        string other = fixture.UserId(27);
        var set = await H.PutAsync(members, JsonNode.Parse($$"""
            {"members": [{"id": "{{other}}", "port": 1, "primaryOwner": "false", "lineType": "SHARED_CALL_APPEARANCE", "lineWeight": 1}]}
            """)!);

        // members is optional in the reference: an empty object, or no body at all, changes nothing
        var empty = await H.PutAsync(members, new JsonObject());
        var noBody = await H.SendAsync(HttpMethod.Put, members);
        var read = await H.GetAsync(members);
        var available = await H.GetAsync($"telephony/config/people/{id}/applications/availableMembers?max=1");

        // the reference's available member of a shared line (not the monitoring shape)
        var candidate = Assert.Single(available.Object["members"]!.AsArray())!.AsObject();
        Assert.Equal("SHARED_CALL_APPEARANCE", candidate["lineType"]!.GetValue<string>());
        Assert.False(candidate.ContainsKey("memberType"));
        Assert.NotNull(candidate["location"]?["name"]);
        Assert.Equal(HttpStatusCode.NoContent, set.Status);
        Assert.Equal(HttpStatusCode.NoContent, empty.Status);
        Assert.Equal(HttpStatusCode.NoContent, noBody.Status);
        Assert.Equal(other, Assert.Single(read.Object["members"]!.AsArray())!["id"]!.GetValue<string>());
    }
}
