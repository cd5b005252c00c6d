using System.Net;
using System.Text.Json.Nodes;
using WebexCalling.Sdk.IntegrationTests.TestSupport;

namespace WebexCalling.Sdk.IntegrationTests.Simulator.Telephony.CallQueue;

/// <summary>Call queues of the simulator over plain HTTP: the demo queues, CRUD, agents, forwarding, policies, DNIS.</summary>
public class CallQueueTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private SimHarness H => fixture.H;

    private string LocationOf(int user) => fixture.Users[user]["locationId"]!.GetValue<string>();

    private static JsonObject NewQueue(string name, string extension, params string[] agentIds) => new()
    {
        ["name"] = name,
        ["extension"] = extension,
        ["callPolicies"] = JsonNode.Parse("""{"policy": "SIMULTANEOUS", "routingType": "PRIORITY_BASED"}"""),
        ["queueSettings"] = JsonNode.Parse("""{"queueSize": 25, "overflow": {"action": "PLAY_RINGING_UNTIL_CALLER_HANGS_UP", "greeting": "DEFAULT"}}"""),
        ["agents"] = new JsonArray(agentIds.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["skillLevel"] = 5 }).ToArray()),
    };

    [Fact]
    public async Task DemoOrg_HasSalesAndSupportQueuesWithAgents()
    {
        await using var h = await SimHarness.StartAsync(Transport.InProcess, new Testing.WebexSimulatorOptions { RandomSeed = 7 }, sim => sim.Seed.DemoOrg());
        await using var same = await SimHarness.StartAsync(Transport.InProcess, new Testing.WebexSimulatorOptions { RandomSeed = 7 }, sim => sim.Seed.DemoOrg());

        var list = await h.GetAsync("telephony/config/queues");
        var again = await same.GetAsync("telephony/config/queues");
        var queues = list.Object["queues"]!.AsArray();
        var sales = queues[0]!.AsObject();
        var details = await h.GetAsync($"telephony/config/locations/{sales["locationId"]}/queues/{sales["id"]}");
        var detailsAgain = await same.GetAsync($"telephony/config/locations/{sales["locationId"]}/queues/{sales["id"]}");

        Assert.Equal(["Sales", "Support"], queues.Select(q => q!["name"]!.GetValue<string>()));
        Assert.Equal("San Jose", sales["locationName"]!.GetValue<string>());
        Assert.Equal("1099", sales["extension"]!.GetValue<string>());
        Assert.Equal(4, details.Object["agents"]!.AsArray().Count);
        Assert.Equal("CIRCULAR", details.Object["callPolicies"]!["policy"]!.GetValue<string>());
        Assert.Equal(list.Json!.ToJsonString(), again.Json!.ToJsonString());
        Assert.Equal(details.Json!.ToJsonString(), detailsAgain.Json!.ToJsonString());
    }

    [Fact]
    public async Task Queue_CreateListDetailsUpdateAgentsDelete()
    {
        string location = LocationOf(8); // Denver
        string agent1 = fixture.UserId(8), agent2 = fixture.UserId(9);
        string queues = $"telephony/config/locations/{location}/queues";

        var create = await H.PostAsync(queues, NewQueue("Billing", "2050", agent1, agent2));
        string id = create.Object["id"]!.GetValue<string>();
        var duplicateExtension = await H.PostAsync(queues, NewQueue("Billing 2", "2050"));
        var missingPolicies = await H.PostAsync(queues, new JsonObject { ["name"] = "Bare", ["extension"] = "2051" });
        var unknownAgent = await H.PostAsync(queues, NewQueue("Ghosts", "2052", "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8wMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA"));
        var page1 = await H.GetAsync($"telephony/config/queues?locationId={location}&max=1");
        var page2 = await H.GetAsync(page1.Link!.Split('>')[0].TrimStart('<'));
        var byName = await H.GetAsync("telephony/config/queues?name=bill");
        var details = await H.GetAsync($"{queues}/{id}");
        var update = await H.PutAsync($"{queues}/{id}", JsonNode.Parse("""
            {"name": "Billing and Payments", "enabled": false, "queueSettings": {"queueSize": 40}, "agents": []}
            """)!);
        var updated = await H.GetAsync($"{queues}/{id}");
        var wrongLocation = await H.GetAsync($"telephony/config/locations/{LocationOf(0)}/queues/{id}");
        var delete = await H.DeleteAsync($"{queues}/{id}");
        var gone = await H.GetAsync($"{queues}/{id}");

        Assert.Equal(HttpStatusCode.OK, create.Status);
        Assert.Equal(HttpStatusCode.Conflict, duplicateExtension.Status);
        Assert.Equal(HttpStatusCode.BadRequest, missingPolicies.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknownAgent.Status);
        Assert.Single(page1.Object["queues"]!.AsArray());
        Assert.Contains("rel=\"next\"", page1.Link, StringComparison.Ordinal);
        Assert.Equal("Billing", page2.Object["queues"]![0]!["name"]!.GetValue<string>());
        Assert.Null(page2.Link);
        Assert.Equal(id, Assert.Single(byName.Object["queues"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal("SIMULTANEOUS", details.Object["callPolicies"]!["policy"]!.GetValue<string>());
        Assert.Equal(8, details.Object["callPolicies"]!["callBounce"]!["callBounceMaxRings"]!.GetValue<int>());
        Assert.Equal(25, details.Object["queueSettings"]!["queueSize"]!.GetValue<int>());
        Assert.Equal("PLAY_RINGING_UNTIL_CALLER_HANGS_UP", details.Object["queueSettings"]!["overflow"]!["action"]!.GetValue<string>());
        Assert.Equal([agent1, agent2], details.Object["agents"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()));
        Assert.Equal("America/Denver", details.Object["timeZone"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, update.Status);
        Assert.Equal("Billing and Payments", updated.Object["name"]!.GetValue<string>());
        Assert.False(updated.Object["enabled"]!.GetValue<bool>());
        Assert.Equal(40, updated.Object["queueSettings"]!["queueSize"]!.GetValue<int>());
        Assert.Equal("PLAY_RINGING_UNTIL_CALLER_HANGS_UP", updated.Object["queueSettings"]!["overflow"]!["action"]!.GetValue<string>());
        Assert.Empty(updated.Object["agents"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, wrongLocation.Status);
        Assert.Equal(HttpStatusCode.NoContent, delete.Status);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
    }

    [Fact]
    public async Task Agents_ListDetailsJoinAndCallerId()
    {
        string location = LocationOf(16); // Austin
        string agent = fixture.UserId(16);
        string queues = $"telephony/config/locations/{location}/queues";
        string id = (await H.PostAsync(queues, NewQueue("Austin help", "3050", agent))).Object["id"]!.GetValue<string>();

        var list = await H.GetAsync($"telephony/config/queues/agents?queueId={id}");
        var unjoin = await H.PutAsync($"telephony/config/queues/agents/{agent}/settings", JsonNode.Parse($$"""
            {"settings": [{"queueId": "{{id}}", "joinEnabled": false}]}
            """)!);
        var details = await H.GetAsync($"telephony/config/queues/agents/{agent}");
        var notAnAgent = await H.GetAsync($"telephony/config/queues/agents/{fixture.UserId(17)}");
        var available = await H.GetAsync($"telephony/config/queues/agents/availableAgents?locationId={location}&max=3");
        var callerIds = await H.GetAsync($"telephony/config/people/{agent}/agent/availableCallerIds");
        var ownCallerId = await H.GetAsync($"telephony/config/people/{agent}/agent/callerId");
        var select = await H.PutAsync($"telephony/config/people/{agent}/agent/callerId", new JsonObject { ["selectedCallerId"] = id });
        var selected = await H.GetAsync($"telephony/config/people/{agent}/agent/callerId");

        var listed = Assert.Single(list.Object["agents"]!.AsArray())!;
        Assert.Equal(agent, listed["id"]!.GetValue<string>());
        Assert.Equal(1, listed["queueCount"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NoContent, unjoin.Status);
        Assert.False(details.Object["queues"]![0]!["joinEnabled"]!.GetValue<bool>());
        Assert.Equal(1, details.Object["agent"]!["unjoinCount"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, notAnAgent.Status);
        Assert.Equal(3, available.Object["agents"]!.AsArray().Count);
        Assert.NotNull(available.Link);
        Assert.Equal(id, Assert.Single(callerIds.Object["availableCallerIds"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.True(ownCallerId.Object.ContainsKey("selectedCallerId")); // required by the reference: null for the agent's own
        Assert.Null(ownCallerId.Object["selectedCallerId"]);
        Assert.Equal(HttpStatusCode.NoContent, select.Status);
        Assert.Equal("CALL_QUEUE", selected.Object["selectedCallerId"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task ForwardingRulesPoliciesDnisAndAnnouncements()
    {
        var demo = (await H.GetAsync("telephony/config/queues?name=Support")).Object["queues"]![0]!;
        string queue = $"telephony/config/locations/{demo["locationId"]}/queues/{demo["id"]}";

        var rule = await H.PostAsync($"{queue}/callForwarding/selectiveRules", JsonNode.Parse("""
            {"name": "VIP", "forwardTo": {"selection": "FORWARD_TO_SPECIFIED_NUMBER", "phoneNumber": "+13035550142"},
             "callsFrom": {"selection": "ANY", "customNumbers": {"privateNumberEnabled": true, "unavailableNumberEnabled": true}},
             "callsTo": {"numbers": []}}
            """)!);
        string ruleId = rule.Object["id"]!.GetValue<string>();
        var ruleUpdate = await H.PutAsync($"{queue}/callForwarding/selectiveRules/{ruleId}", new JsonObject { ["enabled"] = false });
        var ruleRead = await H.GetAsync($"{queue}/callForwarding/selectiveRules/{ruleId}");
        var forwarding = await H.PutAsync($"{queue}/callForwarding", JsonNode.Parse("""
            {"callForwarding": {"always": {"enabled": true, "destination": "+13035550100"}}}
            """)!);
        var forwardingRead = await H.GetAsync($"{queue}/callForwarding");
        var switchMode = await H.PostAsync($"{queue}/callForwarding/actions/switchMode/invoke", new JsonObject());
        var ruleDelete = await H.DeleteAsync($"{queue}/callForwarding/selectiveRules/{ruleId}");

        var nightDefault = await H.GetAsync($"{queue}/nightService");
        var night = await H.PutAsync($"{queue}/nightService", new JsonObject { ["nightServiceEnabled"] = true, ["action"] = "TRANSFER", ["transferPhoneNumber"] = "+13035550111" });
        var nightRead = await H.GetAsync($"{queue}/nightService");
        var stranded = await H.PutAsync($"{queue}/strandedCalls", new JsonObject { ["action"] = "BUSY" });
        var holiday = await H.GetAsync($"{queue}/holidayService");
        var forced = await H.PutAsync($"{queue}/forcedForward", new JsonObject { ["forcedForwardEnabled"] = "yes" });

        var dnis = await H.PostAsync($"{queue}/dnis", new JsonObject { ["name"] = "Campaign", ["extension"] = "2098", ["ringPattern"] = "LONG_LONG" });
        string dnisId = dnis.Object["id"]!.GetValue<string>();
        var dnisList = await H.GetAsync($"{queue}/dnis");
        var dnisAnnouncements = await H.PutAsync($"{queue}/dnis/{dnisId}/announcements", new JsonObject { ["customDnisAnnouncementSettingsEnabled"] = true });
        var dnisAnnouncementsRead = await H.GetAsync($"{queue}/dnis/{dnisId}/announcements");
        var dnisSettings = await H.PutAsync($"{queue}/dnis/settings", new JsonObject { ["distinctiveRingingEnabled"] = true });
        var dnisSettingsRead = await H.GetAsync($"{queue}/dnis/settings");
        var dnisBulk = await H.DeleteAsync($"{queue}/dnis", new JsonObject { ["items"] = new JsonArray(dnisId) });
        var dnisGone = await H.GetAsync($"{queue}/dnis/{dnisId}");

        var announcements = await H.GetAsync($"{queue}/announcements");
        string file = announcements.Object["announcements"]![0]!["fileName"]!.GetValue<string>();
        var deleteFile = await H.DeleteAsync($"{queue}/announcements/{file}");
        var deleteAgain = await H.DeleteAsync($"{queue}/announcements/{file}");

        Assert.Equal(HttpStatusCode.Created, rule.Status);
        Assert.Equal(HttpStatusCode.Created, ruleUpdate.Status);
        Assert.False(ruleRead.Object["enabled"]!.GetValue<bool>());
        Assert.Equal("+13035550142", ruleRead.Object["forwardTo"]!["phoneNumber"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, forwarding.Status);
        var cf = forwardingRead.Object["callForwarding"]!;
        Assert.True(cf["always"]!["enabled"]!.GetValue<bool>());
        Assert.False(cf["always"]!["ringReminderEnabled"]!.GetValue<bool>());
        Assert.Equal("VIP", cf["rules"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, switchMode.Status);
        Assert.Equal(HttpStatusCode.NoContent, ruleDelete.Status);
        Assert.False(nightDefault.Object["nightServiceEnabled"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NoContent, night.Status);
        Assert.Equal("TRANSFER", nightRead.Object["action"]!.GetValue<string>());
        Assert.Equal("NORMAL", nightRead.Object["announcementMode"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, stranded.Status);
        Assert.Equal("BUSY", holiday.Object["action"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, forced.Status);
        Assert.Equal(HttpStatusCode.Created, dnis.Status);
        Assert.Equal("LONG_LONG", Assert.Single(dnisList.Object["dnisList"]!.AsArray())!["ringPattern"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, dnisAnnouncements.Status);
        Assert.True(dnisAnnouncementsRead.Object["customDnisAnnouncementSettingsEnabled"]!.GetValue<bool>());
        Assert.NotNull(dnisAnnouncementsRead.Object["welcomeMessage"]);
        Assert.Equal(HttpStatusCode.NoContent, dnisSettings.Status);
        Assert.True(dnisSettingsRead.Object["distinctiveRingingEnabled"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NoContent, dnisBulk.Status);
        Assert.Equal(HttpStatusCode.NotFound, dnisGone.Status);
        Assert.Equal(HttpStatusCode.NoContent, deleteFile.Status);
        Assert.Equal(HttpStatusCode.NotFound, deleteAgain.Status);
    }

    [Fact]
    public async Task UnknownAndMalformedIds_AreWebex404And400()
    {
        string location = LocationOf(0);
        const string unknownQueue = "Y2lzY29zcGFyazovL3VzL0NBTExfUVVFVUUvMDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw";
        const string unknownLocation = "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMA";

        var queue = await H.GetAsync($"telephony/config/locations/{location}/queues/{unknownQueue}");
        var loc = await H.GetAsync($"telephony/config/locations/{unknownLocation}/queues/{unknownQueue}");
        var malformed = await H.GetAsync($"telephony/config/locations/{location}/queues/nope/nightService");
        var list = await H.GetAsync($"telephony/config/queues?locationId={unknownLocation}");

        Assert.Equal(HttpStatusCode.NotFound, queue.Status);
        Assert.Equal("Call queue not found.", queue.Object["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, loc.Status);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
        Assert.Equal(HttpStatusCode.NotFound, list.Status);
    }

    [Fact]
    public async Task OverKestrel_CreateAndReadBack()
    {
        await using var h = await SimHarness.StartAsync(Transport.Kestrel, seed: sim => sim.Seed.DemoOrg());
        var users = await h.CallingUsersAsync();
        string location = users[0]["locationId"]!.GetValue<string>();

        var create = await h.PostAsync($"telephony/config/locations/{location}/queues", NewQueue("Over the wire", "1050", users[0]["id"]!.GetValue<string>()));
        var list = await h.GetAsync("telephony/config/queues?max=2");

        Assert.Equal(HttpStatusCode.OK, create.Status);
        Assert.Equal(2, list.Object["queues"]!.AsArray().Count);
        Assert.StartsWith(h.BaseUrl.GetLeftPart(UriPartial.Authority), list.Link!.TrimStart('<'), StringComparison.Ordinal);
    }
}
