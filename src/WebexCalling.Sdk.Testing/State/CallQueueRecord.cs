using System.Text.Json.Nodes;
using WebexCalling.Sdk.Testing.Infrastructure;

namespace WebexCalling.Sdk.Testing.State;

/// <summary>An agent of a call queue: a person with weight/skill level and whether they joined the queue.</summary>
internal sealed class QueueAgentRecord(PersonRecord person)
{
    public PersonRecord Person { get; } = person;

    public int? Weight { get; set; }

    public int? SkillLevel { get; set; }

    public bool JoinEnabled { get; set; } = true;

    /// <summary>The agent as the queue details list it.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["id"] = Person.Id, ["type"] = "PEOPLE" };
        JsonBody.Put(json, "firstName", Person.FirstName);
        JsonBody.Put(json, "lastName", Person.LastName);
        JsonBody.Put(json, "phoneNumber", Person.PhoneNumbers.FirstOrDefault()?.Value);
        JsonBody.Put(json, "extension", Person.Extension);
        if (Weight is not null) json["weight"] = Weight.Value;
        if (SkillLevel is not null) json["skillLevel"] = SkillLevel.Value;
        json["joinEnabled"] = JoinEnabled;
        return json;
    }
}

/// <summary>
/// A call queue of a location. The identity fields are typed; the rest of the details (call policies, queue settings,
/// caller id policy, ...) is the JSON document of the reference's details answer, merged field by field on update.
/// </summary>
internal sealed class CallQueueRecord(Guid uuid, LocationRecord location)
{
    public Guid Uuid { get; } = uuid;

    public string Id { get; } = WebexIds.Encode(WebexIds.CallQueue, uuid);

    public LocationRecord Location { get; } = location;

    public string Name { get; set; } = "";

    public string? PhoneNumber { get; set; }

    public string? Extension { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>The other details fields (languageCode, timeZone, callPolicies, queueSettings, ...).</summary>
    public JsonObject Settings { get; set; } = [];

    public List<QueueAgentRecord> Agents { get; } = [];

    public JsonObject Forwarding { get; set; } = new()
    {
        ["always"] = new JsonObject { ["enabled"] = false, ["ringReminderEnabled"] = false, ["destinationVoicemailEnabled"] = false },
        ["selective"] = new JsonObject { ["enabled"] = false, ["ringReminderEnabled"] = false, ["destinationVoicemailEnabled"] = false },
    };

    public OrderedDictionary<string, JsonObject> ForwardingRules { get; } = [];

    /// <summary>holidayService, nightService, forcedForward, strandedCalls: stored once changed.</summary>
    public Dictionary<string, JsonObject> Policies { get; } = [];

    public OrderedDictionary<string, JsonObject> Dnis { get; } = [];

    public JsonObject DnisSettings { get; set; } = new()
    {
        ["distinctiveRingingEnabled"] = false,
        ["displayDnisNameAndNumberEnabled"] = false,
    };

    /// <summary>The queue's own announcement files.</summary>
    public List<JsonObject> Announcements { get; } = [];

    /// <summary>The answer of GET .../queues/{id}.</summary>
    public JsonObject ToJson(Func<PersonRecord, bool> exists)
    {
        var json = new JsonObject { ["id"] = Id, ["name"] = Name, ["enabled"] = Enabled };
        JsonBody.Put(json, "phoneNumber", PhoneNumber);
        JsonBody.Put(json, "extension", Extension);
        foreach (var (name, value) in Settings) json[name] = value?.DeepClone();
        json["agents"] = new JsonArray(Agents.Where(a => exists(a.Person)).Select(a => (JsonNode)a.ToJson()).ToArray());
        return json;
    }

    /// <summary>The queue as /telephony/config/queues lists it.</summary>
    public JsonObject ToListJson()
    {
        var json = new JsonObject
        {
            ["id"] = Id,
            ["name"] = Name,
            ["locationName"] = Location.Name,
            ["locationId"] = Location.Id,
        };
        JsonBody.Put(json, "phoneNumber", PhoneNumber);
        JsonBody.Put(json, "extension", Extension);
        json["enabled"] = Enabled;
        return json;
    }
}
