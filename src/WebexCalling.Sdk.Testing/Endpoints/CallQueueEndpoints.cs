using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// Call queues as the Webex Calling reference describes them: list /telephony/config/queues (filters locationId, name,
/// phoneNumber), CRUD under /telephony/config/locations/{locationId}/queues, agents across queues, available agents
/// and numbers, and the organisation's call queue settings.
/// </summary>
internal static class CallQueueEndpoints
{
    private const string Queues = "/telephony/config/locations/{locationId}/queues";

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet("/telephony/config/queues", (HttpContext context) => List(context, state));
        app.MapPost(Queues, (HttpContext context, string locationId) => CreateAsync(context, state, locationId));
        app.MapGet(Queues + "/{queueId}", (HttpContext context, string locationId, string queueId) => Details(context, state, locationId, queueId));
        app.MapPut(Queues + "/{queueId}", (HttpContext context, string locationId, string queueId) => UpdateAsync(context, state, locationId, queueId));
        app.MapDelete(Queues + "/{queueId}", (HttpContext context, string locationId, string queueId) => Delete(context, state, locationId, queueId));

        foreach (var path in new[] { "availableNumbers", "alternate/availableNumbers", "dnis/availableNumbers" })
            app.MapGet($"{Queues}/{path}", (HttpContext context, string locationId) => AvailableNumbers(context, state, locationId, owned: false));
        app.MapGet($"{Queues}/callForwarding/availableNumbers", (HttpContext context, string locationId) =>
            AvailableNumbers(context, state, locationId, owned: true));

        app.MapGet("/telephony/config/queues/settings", (HttpContext context) =>
        {
            lock (state.Sync) return SimResults.Json(state.Area<CallQueueStore>().OrgSettings.DeepClone());
        });
        app.MapPut("/telephony/config/queues/settings", (Func<HttpContext, Task<IResult>>)(context => UpdateOrgSettingsAsync(context, state)));

        app.MapGet("/telephony/config/queues/agents", (HttpContext context) => ListAgents(context, state));
        app.MapGet("/telephony/config/queues/agents/availableAgents", (HttpContext context) => AvailableAgents(context, state));
        app.MapGet("/telephony/config/queues/agents/{id}", (HttpContext context, string id) => AgentDetails(context, state, id));
        app.MapPut("/telephony/config/queues/agents/{id}/settings", (HttpContext context, string id) => UpdateAgentAsync(context, state, id));
    }

    /// <summary>Two call queues with agents: "Sales" in the first demo location and "Support" in the second.</summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        if (demo.Locations.Count < 2) return;
        lock (state.Sync)
        {
            var seeds = new[] { (Location: demo.Locations[0], Name: "Sales", Agents: 4), (Location: demo.Locations[1], Name: "Support", Agents: 3) };
            foreach (var (location, name, agentCount) in seeds)
            {
                var queue = new CallQueueRecord(state.NewGuid(), location) { Name = name, Settings = DefaultSettings(location) };
                var people = demo.People.Where(p => p.Location == location).ToList();
                string? sample = people.SelectMany(p => p.PhoneNumbers).Select(n => n.Value).FirstOrDefault();
                string? extension = people.FirstOrDefault()?.Extension;
                if (extension is { Length: > 2 }) queue.Extension = extension[..^2] + "99";
                if (sample is { Length: > 2 }) queue.PhoneNumber = sample[..^2] + "99";
                // agents drawn from the seeded source: the same seed gives the same agents
                var pool = people.ToList();
                for (int i = 0; i < agentCount && pool.Count > 0; i++)
                {
                    var person = pool[state.Random.Next(pool.Count)];
                    pool.Remove(person);
                    queue.Agents.Add(new QueueAgentRecord(person) { SkillLevel = 1 + state.Random.Next(20) });
                }
                queue.Announcements.Add(new JsonObject
                {
                    ["id"] = WebexIds.Encode(WebexIds.AnnouncementFile, state.NewGuid()),
                    ["fileName"] = $"{name.ToLowerInvariant()}-welcome.wav",
                    ["fileSize"] = "48",
                    ["mediaFileType"] = "WAV",
                    ["level"] = "ENTITY",
                    ["isTextToSpeech"] = false,
                });
                state.Area<CallQueueStore>().Queues.Add(queue.Uuid, queue);
            }
        }
    }

    /// <summary>The details of a new queue before the create body is merged over them (the reference's defaults).</summary>
    public static JsonObject DefaultSettings(LocationRecord location)
    {
        static JsonObject Greeting(bool enabled) => new() { ["enabled"] = enabled, ["greeting"] = "DEFAULT" };
        var json = new JsonObject { ["language"] = "English", ["languageCode"] = "en_us" };
        JsonBody.Put(json, "timeZone", location.TimeZone);
        json["tollFreeNumber"] = false;
        json["phoneNumberForOutgoingCallsEnabled"] = false;
        json["callingLineIdPolicy"] = "DIRECT_LINE";
        json["alternateNumberSettings"] = new JsonObject { ["distinctiveRingEnabled"] = true, ["alternateNumbers"] = new JsonArray() };
        json["callPolicies"] = new JsonObject
        {
            ["routingType"] = "PRIORITY_BASED",
            ["policy"] = "CIRCULAR",
            ["callBounce"] = new JsonObject
            {
                ["callBounceEnabled"] = true,
                ["callBounceMaxRings"] = 8,
                ["agentUnavailableEnabled"] = false,
                ["alertAgentEnabled"] = false,
                ["alertAgentMaxSeconds"] = 30,
                ["callBounceOnHoldEnabled"] = false,
                ["callBounceOnHoldMaxSeconds"] = 60,
            },
            ["distinctiveRing"] = new JsonObject { ["enabled"] = true, ["ringPattern"] = "NORMAL" },
        };
        var welcome = Greeting(false);
        welcome["alwaysEnabled"] = false;
        json["queueSettings"] = new JsonObject
        {
            ["queueSize"] = 10,
            ["callOfferToneEnabled"] = true,
            ["resetCallStatisticsEnabled"] = false,
            ["overflow"] = new JsonObject
            {
                ["action"] = "PERFORM_BUSY_TREATMENT",
                ["sendToVoicemail"] = false,
                ["isTransferNumberSet"] = false,
                ["overflowAfterWaitEnabled"] = false,
                ["overflowAfterWaitTime"] = 30,
                ["playOverflowGreetingEnabled"] = false,
                ["greeting"] = "DEFAULT",
            },
            ["welcomeMessage"] = welcome,
            ["waitMessage"] = new JsonObject
            {
                ["enabled"] = false,
                ["waitMode"] = "POSITION",
                ["handlingTime"] = 100,
                ["defaultHandlingTime"] = 100,
                ["queuePosition"] = 100,
                ["highVolumeMessageEnabled"] = false,
                ["estimatedWaitingTime"] = 1500,
                ["callbackOptionEnabled"] = false,
                ["minimumEstimatedCallbackTime"] = 30,
                ["internationalCallbackEnabled"] = false,
                ["playUpdatedEstimatedWaitMessage"] = false,
            },
            ["comfortMessage"] = new JsonObject { ["enabled"] = false, ["timeBetweenMessages"] = 10, ["greeting"] = "DEFAULT" },
            ["comfortMessageBypass"] = new JsonObject { ["enabled"] = false, ["callWaitingAgeThreshold"] = 30, ["greeting"] = "DEFAULT" },
            ["mohMessage"] = new JsonObject { ["normalSource"] = Greeting(true), ["alternateSource"] = Greeting(false) },
            ["whisperMessage"] = Greeting(false),
        };
        json["allowCallWaitingForAgentsEnabled"] = false;
        json["allowAgentJoinEnabled"] = false;
        return json;
    }

    /// <summary>Finds a queue of a location: 400 for malformed ids, 404 for an unknown location or queue. Call under the lock.</summary>
    public static CallQueueRecord? Resolve(HttpContext context, SimulatorState state, string locationId, string queueId, out IResult? error)
    {
        var location = LocationsEndpoints.Resolve(context, state, locationId, out error);
        if (location is null) return null;
        if (!WebexIds.TryDecode(queueId, WebexIds.CallQueue, out var uuid))
        {
            error = SimResults.BadRequest(context, $"Invalid call queue id: '{queueId}'.");
            return null;
        }
        if (state.Area<CallQueueStore>().Queues.TryGetValue(uuid, out var queue) && queue.Location == location) return queue;
        error = SimResults.NotFound(context, "Call queue not found.");
        return null;
    }

    private static bool Exists(SimulatorState state, PersonRecord person) => state.People.ContainsKey(person.Uuid);

    private static IResult List(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        string? locationId = query["locationId"];
        string? name = query["name"];
        string? phoneNumber = query["phoneNumber"];
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            IEnumerable<CallQueueRecord> found = state.Area<CallQueueStore>().Queues.Values;
            if (locationId is not null)
            {
                var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
                if (location is null) return error!;
                found = found.Where(q => q.Location == location);
            }
            if (name is not null) found = found.Where(q => q.Name.Contains(name, StringComparison.OrdinalIgnoreCase));
            if (phoneNumber is not null) found = found.Where(q => q.PhoneNumber?.Contains(phoneNumber, StringComparison.Ordinal) == true);
            return Paging.Page(context, state, found.ToList(), q => q.ToListJson(), itemsKey: "queues", defaultMax: 2000, endpointCap: 2000);
        }
    }

    private static IResult Details(HttpContext context, SimulatorState state, string locationId, string queueId)
    {
        lock (state.Sync)
        {
            var queue = Resolve(context, state, locationId, queueId, out var error);
            return queue is null ? error! : SimResults.Json(queue.ToJson(p => Exists(state, p)));
        }
    }

    /// <summary>Checks a number or extension is free in the organisation / location (other than <paramref name="self"/>).</summary>
    private static string? Conflict(SimulatorState state, LocationRecord location, string? phoneNumber, string? extension, CallQueueRecord? self)
    {
        var queues = state.Area<CallQueueStore>().Queues.Values.Where(q => q != self).ToList();
        if (phoneNumber is not null
            && (state.People.Values.Any(p => p.PhoneNumbers.Exists(n => n.Value == phoneNumber)) || queues.Exists(q => q.PhoneNumber == phoneNumber)))
            return $"Phone number {phoneNumber} is already in use.";
        if (extension is not null
            && (state.People.Values.Any(p => p.Location == location && p.Extension == extension)
                || queues.Exists(q => q.Location == location && q.Extension == extension)))
            return $"Extension {extension} is already in use in this location.";
        return null;
    }

    /// <summary>Reads the agents of a create/update body; 404 for an unknown person.</summary>
    private static List<QueueAgentRecord>? Agents(HttpContext context, SimulatorState state, JsonArray list, out IResult? error)
    {
        error = null;
        var agents = new List<QueueAgentRecord>();
        foreach (var item in list)
        {
            string? id = item is JsonObject obj ? JsonBody.String(obj, "id") : JsonBody.Text(item);
            var person = PeopleEndpoints.Resolve(context, state, id ?? "", out error);
            if (person is null) return null;
            if (person.Location is null)
            {
                error = SimResults.BadRequest(context, $"{person.DisplayName} is not a Webex Calling user.");
                return null;
            }
            var agent = new QueueAgentRecord(person);
            if (item is JsonObject a)
            {
                agent.Weight = JsonBody.Int(a, "weight");
                agent.SkillLevel = JsonBody.Int(a, "skillLevel");
                agent.JoinEnabled = JsonBody.Bool(a, "joinEnabled") ?? true;
            }
            agents.Add(agent);
        }
        return agents;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state, string locationId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        var uuid = state.NewGuid();
        lock (state.Sync)
        {
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            if (body is null) return bodyError!;
            string? name = JsonBody.String(body, "name");
            string? phoneNumber = JsonBody.String(body, "phoneNumber");
            string? extension = JsonBody.String(body, "extension");
            if (string.IsNullOrWhiteSpace(name)) return SimResults.BadRequest(context, "Missing required field(s): name.");
            if (phoneNumber is null && extension is null)
                return SimResults.BadRequest(context, "Either phoneNumber or extension is required.");
            if (body["callPolicies"] is not JsonObject || body["queueSettings"] is not JsonObject)
                return SimResults.BadRequest(context, "Missing required field(s): callPolicies, queueSettings.");
            var store = state.Area<CallQueueStore>();
            if (store.Queues.Values.Any(q => q.Location == location && string.Equals(q.Name, name, StringComparison.OrdinalIgnoreCase)))
                return SimResults.Conflict(context, $"A call queue named '{name}' already exists in this location.");
            if (Conflict(state, location, phoneNumber, extension, null) is { } conflict) return SimResults.Conflict(context, conflict);
            var agents = body["agents"] is JsonArray list ? Agents(context, state, list, out error) : [];
            if (agents is null) return error!;
            var queue = new CallQueueRecord(uuid, location)
            {
                Name = name,
                PhoneNumber = phoneNumber,
                Extension = extension,
                Settings = DefaultSettings(location),
            };
            foreach (var field in new[] { "name", "phoneNumber", "extension", "agents" }) body.Remove(field);
            if (PersonSettingsEndpoints.Merge(context, queue.Settings, queue.Settings, body, ["language", "tollFreeNumber"], "") is { } mergeError)
                return mergeError;
            queue.Agents.AddRange(agents);
            store.Queues.Add(queue.Uuid, queue);
            // the reference documents 200 (not 201) for this create
            return SimResults.Json(new JsonObject { ["id"] = queue.Id });
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, SimulatorState state, string locationId, string queueId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var queue = Resolve(context, state, locationId, queueId, out var error);
            if (queue is null) return error!;
            if (body is null) return bodyError!;
            Resources.ResourceEndpoints.KeepDefined(body, "/telephony/config/locations/{locationId}/queues/{queueId}");
            string? name = body.ContainsKey("name") ? JsonBody.String(body, "name") : queue.Name;
            if (string.IsNullOrWhiteSpace(name)) return SimResults.BadRequest(context, "Invalid value for field 'name'.");
            string? phoneNumber = body.ContainsKey("phoneNumber") ? JsonBody.String(body, "phoneNumber") : queue.PhoneNumber;
            string? extension = body.ContainsKey("extension") ? JsonBody.String(body, "extension") : queue.Extension;
            if (phoneNumber is null && extension is null)
                return SimResults.BadRequest(context, "A call queue needs a phoneNumber or an extension.");
            if (state.Area<CallQueueStore>().Queues.Values.Any(q => q != queue && q.Location == queue.Location
                    && string.Equals(q.Name, name, StringComparison.OrdinalIgnoreCase)))
                return SimResults.Conflict(context, $"A call queue named '{name}' already exists in this location.");
            if (Conflict(state, queue.Location, phoneNumber, extension, queue) is { } conflict) return SimResults.Conflict(context, conflict);
            List<QueueAgentRecord>? agents = null;
            if (body["agents"] is JsonArray list)
            {
                agents = Agents(context, state, list, out error);
                if (agents is null) return error!;
            }
            bool? enabled = body.ContainsKey("enabled") ? JsonBody.Bool(body, "enabled") : queue.Enabled;
            if (enabled is null) return SimResults.BadRequest(context, "Invalid value for field 'enabled'.");
            foreach (var field in new[] { "name", "phoneNumber", "extension", "agents", "enabled", "id" }) body.Remove(field);
            var settings = (JsonObject)queue.Settings.DeepClone();
            if (PersonSettingsEndpoints.Merge(context, settings, settings, body, ["language", "tollFreeNumber"], "") is { } mergeError)
                return mergeError;
            queue.Settings = settings;
            queue.Name = name;
            queue.PhoneNumber = phoneNumber;
            queue.Extension = extension;
            queue.Enabled = enabled.Value;
            if (agents is not null)
            {
                queue.Agents.Clear();
                queue.Agents.AddRange(agents);
            }
        }
        return SimResults.NoContent();
    }

    private static IResult Delete(HttpContext context, SimulatorState state, string locationId, string queueId)
    {
        lock (state.Sync)
        {
            var queue = Resolve(context, state, locationId, queueId, out var error);
            if (queue is null) return error!;
            state.Area<CallQueueStore>().Queues.Remove(queue.Uuid);
        }
        return SimResults.NoContent();
    }

    private static IResult AvailableNumbers(HttpContext context, SimulatorState state, string locationId, bool owned)
    {
        // ownerName and extension filter callForwarding's owned numbers
        string? ownerName = context.Request.Query["ownerName"];
        string? extension = context.Request.Query["extension"];
        lock (state.Sync)
        {
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            var numbers = new List<JsonObject>();
            if (owned)
            {
                var owners = state.People.Values.Where(p => p.Location == location
                    && (extension is null || p.Extension == extension)
                    && (ownerName is null || $"{p.FirstName} {p.LastName}".Contains(ownerName, StringComparison.OrdinalIgnoreCase)));
                foreach (var p in owners)
                    foreach (var n in p.PhoneNumbers)
                    {
                        var json = Number(n.Value);
                        JsonBody.Put(json, "extension", p.Extension);
                        var owner = new JsonObject { ["id"] = p.Id, ["type"] = "PEOPLE" };
                        JsonBody.Put(owner, "firstName", p.FirstName);
                        JsonBody.Put(owner, "lastName", p.LastName);
                        json["owner"] = owner;
                        numbers.Add(json);
                    }
            }
            else
            {
                numbers.AddRange(PersonSettingsNumbers.FreeNumbers(state, location).Select(Number));
            }
            numbers = PersonSettingsNumbers.FilterByPhoneNumber(numbers, context.Request.Query["phoneNumber"]);
            return Paging.Page(context, state, numbers, n => n, itemsKey: "phoneNumbers");
        }
    }

    private static JsonObject Number(string number) => new()
    {
        ["phoneNumber"] = number,
        ["state"] = "ACTIVE",
        ["isMainNumber"] = false,
        ["tollFreeNumber"] = false,
        ["telephonyType"] = "PSTN_NUMBER",
        ["isServiceNumber"] = false,
    };

    private static async Task<IResult> UpdateOrgSettingsAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        lock (state.Sync)
        {
            var store = state.Area<CallQueueStore>();
            var settings = (JsonObject)store.OrgSettings.DeepClone();
            foreach (var name in body.Select(p => p.Key).Where(k => !settings.ContainsKey(k)).ToList()) body.Remove(name);
            if (PersonSettingsEndpoints.Merge(context, settings, store.OrgSettings, body, [], "") is { } error) return error;
            store.OrgSettings = settings;
        }
        return SimResults.NoContent();
    }

    // ---- agents --------------------------------------------------------------------------------------------------

    private static JsonObject AgentJson(SimulatorState state, PersonRecord person)
    {
        var queues = state.Area<CallQueueStore>().QueuesOfAgent(person).ToList();
        var json = new JsonObject { ["id"] = person.Id };
        JsonBody.Put(json, "firstName", person.FirstName);
        JsonBody.Put(json, "lastName", person.LastName);
        JsonBody.Put(json, "phoneNumber", person.PhoneNumbers.FirstOrDefault()?.Value);
        JsonBody.Put(json, "extension", person.Extension);
        json["queueCount"] = queues.Count;
        json["locationCount"] = queues.Select(q => q.Location).Distinct().Count();
        int joined = queues.Count(q => q.Agents.Find(a => a.Person == person)!.JoinEnabled);
        json["joinCount"] = joined;
        json["unjoinCount"] = queues.Count - joined;
        if (person.Location is not null) json["location"] = new JsonObject { ["id"] = person.Location.Id, ["name"] = person.Location.Name };
        json["type"] = "PEOPLE";
        return json;
    }

    private static IResult ListAgents(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        string? locationId = query["locationId"];
        string? queueId = query["queueId"];
        string? name = query["name"];
        string? phoneNumber = query["phoneNumber"];
        string? join = query["joinEnabled"];
        lock (state.Sync)
        {
            var queues = state.Area<CallQueueStore>().Queues.Values.AsEnumerable();
            if (locationId is not null) queues = queues.Where(q => q.Location.Id == locationId);
            if (queueId is not null) queues = queues.Where(q => q.Id == queueId);
            var agents = queues.SelectMany(q => q.Agents).Where(a => Exists(state, a.Person));
            if (join is not null) agents = agents.Where(a => a.JoinEnabled == string.Equals(join, "true", StringComparison.OrdinalIgnoreCase));
            var people = agents.Select(a => a.Person).Distinct().ToList();
            if (name is not null) people = people.Where(p => p.DisplayName?.Contains(name, StringComparison.OrdinalIgnoreCase) == true).ToList();
            if (phoneNumber is not null) people = people.Where(p => p.PhoneNumbers.Exists(n => n.Value.Contains(phoneNumber, StringComparison.Ordinal))).ToList();
            return Paging.Page(context, state, people, p => AgentJson(state, p), itemsKey: "agents");
        }
    }

    private static IResult AgentDetails(HttpContext context, SimulatorState state, string id)
    {
        lock (state.Sync)
        {
            var person = PeopleEndpoints.Resolve(context, state, id, out var error);
            if (person is null) return error!;
            var queues = state.Area<CallQueueStore>().QueuesOfAgent(person).ToList();
            if (queues.Count == 0) return SimResults.NotFound(context, "The person is not an agent of any call queue.");
            var list = new JsonArray();
            foreach (var q in queues)
            {
                var json = new JsonObject { ["id"] = q.Id, ["name"] = q.Name };
                JsonBody.Put(json, "phoneNumber", q.PhoneNumber);
                JsonBody.Put(json, "extension", q.Extension);
                json["locationId"] = q.Location.Id;
                json["locationName"] = q.Location.Name;
                json["joinEnabled"] = q.Agents.Find(a => a.Person == person)!.JoinEnabled;
                list.Add(json);
            }
            return SimResults.Json(new JsonObject { ["agent"] = AgentJson(state, person), ["queues"] = list });
        }
    }

    private static async Task<IResult> UpdateAgentAsync(HttpContext context, SimulatorState state, string id)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var person = PeopleEndpoints.Resolve(context, state, id, out var error);
            if (person is null) return error!;
            if (body is null) return bodyError!;
            if (body["settings"] is not JsonArray settings) return SimResults.BadRequest(context, "Missing required field(s): settings.");
            var changes = new List<(QueueAgentRecord Agent, bool Join)>();
            foreach (var item in settings.OfType<JsonObject>())
            {
                string? queueId = JsonBody.String(item, "queueId");
                var queue = state.Area<CallQueueStore>().QueuesOfAgent(person).FirstOrDefault(q => q.Id == queueId);
                if (queue is null) return SimResults.NotFound(context, $"The person is not an agent of call queue '{queueId}'.");
                if (JsonBody.Bool(item, "joinEnabled") is not { } join) return SimResults.BadRequest(context, "Missing or invalid field: joinEnabled.");
                changes.Add((queue.Agents.Find(a => a.Person == person)!, join));
            }
            foreach (var (agent, join) in changes) agent.JoinEnabled = join;
        }
        return SimResults.NoContent();
    }

    private static IResult AvailableAgents(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        string? locationId = query["locationId"];
        string? name = query["name"];
        string? phoneNumber = query["phoneNumber"];
        lock (state.Sync)
        {
            IEnumerable<PersonRecord> people = state.People.Values.Where(p => p.Location is not null);
            if (locationId is not null)
            {
                var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
                if (location is null) return error!;
                people = people.Where(p => p.Location == location);
            }
            if (name is not null) people = people.Where(p => p.DisplayName?.Contains(name, StringComparison.OrdinalIgnoreCase) == true);
            if (phoneNumber is not null) people = people.Where(p => p.PhoneNumbers.Exists(n => n.Value.Contains(phoneNumber, StringComparison.Ordinal)));
            return Paging.Page(context, state, people.ToList(), p =>
            {
                var json = new JsonObject
                {
                    ["id"] = p.Id,
                    ["lastName"] = p.LastName ?? "",
                    ["firstName"] = p.FirstName ?? "",
                    ["displayName"] = p.DisplayName ?? "",
                    ["type"] = "PEOPLE",
                    ["email"] = p.Emails.FirstOrDefault() ?? "",
                    ["hasCxEssentials"] = false,
                };
                // the 2026 reference: phoneNumbers, each with external and extension (the April 2025 spec had numbers)
                var number = new JsonObject();
                JsonBody.Put(number, "external", p.PhoneNumbers.FirstOrDefault()?.Value);
                JsonBody.Put(number, "extension", p.Extension);
                json["phoneNumbers"] = new JsonArray(number);
                return json;
            }, itemsKey: "agents");
        }
    }
}
