using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// The plain person settings of <see cref="PersonSettingsCatalog"/>: one GET and one PUT per feature over a per-person
/// JSON document. A PUT is partial as in Webex: fields in the body replace the stored ones (nested objects field by
/// field), fields left out stay, read-only fields and fields the described setting does not define are ignored; a
/// value of the wrong JSON kind is a 400.
/// </summary>
internal static class PersonSettingsEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        foreach (var feature in PersonSettingsCatalog.All)
        {
            SettingsOwners.MapGet(app, feature.Path, (HttpContext context, string personId) => Read(context, state, feature, personId));
            SettingsOwners.MapPut(app, feature.Path, (HttpContext context, string personId) => UpdateAsync(context, state, feature, personId));
        }
    }

    /// <summary>The current document of a feature for a person (stored, else the default), without computed fields.</summary>
    public static JsonObject Current(SimulatorState state, PersonSettingFeature feature, SettingsOwnerRecord person) =>
        (JsonObject)(state.Area<PersonSettingsStore>().Find(person.Uuid, feature.Path) ?? feature.Default(state, person)).DeepClone();

    /// <summary>The catalog entry of a path (for areas that change a plain setting as a side effect).</summary>
    public static PersonSettingFeature Feature(string name) =>
        PersonSettingsCatalog.All.First(f => f.Name == name);

    private static IResult Read(HttpContext context, SimulatorState state, PersonSettingFeature feature, string personId)
    {
        lock (state.Sync)
        {
            var person = SettingsOwners.Resolve(context, state, personId, out var error);
            if (person is null) return error!;
            var json = Current(state, feature, person);
            feature.Decorate?.Invoke(state, person, json);
            return SimResults.Json(json);
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, SimulatorState state, PersonSettingFeature feature, string personId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var person = SettingsOwners.Resolve(context, state, personId, out var error);
            if (person is null) return error!;
            if (body is null) return bodyError!;
            Resources.ResourceEndpoints.KeepDefined(body, feature.Path);
            if (feature.Prepare?.Invoke(context, state, person, body) is { } prepareError) return prepareError;
            var current = Current(state, feature, person);
            var defaults = feature.Default(state, person);
            if (Merge(context, current, defaults, body, feature.ReadOnly ?? [], "") is { } mergeError) return mergeError;
            state.Area<PersonSettingsStore>().Save(person.Uuid, feature.Path, current);
        }
        return SimResults.NoContent();
    }

    /// <summary>
    /// Merges <paramref name="body"/> into <paramref name="target"/>: objects field by field, everything else replaced;
    /// a null removes the field. Checks the JSON kind against the default document where it has the field.
    /// </summary>
    public static IResult? Merge(HttpContext context, JsonObject target, JsonObject? shape, JsonObject body, string[] readOnly, string prefix)
    {
        foreach (var (name, value) in body.ToList())
        {
            string path = prefix + name;
            if (Array.IndexOf(readOnly, path) >= 0) continue;
            var known = shape?[name];
            if (value is not null && known is not null && !SameKind(known, value))
                return SimResults.BadRequest(context, $"Invalid value for field '{path}'.");
            if (value is null)
            {
                target.Remove(name);
            }
            else if (value is JsonObject inner && target[name] is JsonObject existing)
            {
                if (Merge(context, existing, known as JsonObject, inner, readOnly, path + ".") is { } error) return error;
            }
            else
            {
                target[name] = value.DeepClone();
            }
        }
        return null;
    }

    private static bool SameKind(JsonNode known, JsonNode value) => (known, value) switch
    {
        (JsonObject, JsonObject) or (JsonArray, JsonArray) => true,
        (JsonValue a, JsonValue b) => Kind(a.GetValueKind()) == Kind(b.GetValueKind()),
        _ => false,
    };

    private static JsonValueKind Kind(JsonValueKind kind) => kind == JsonValueKind.False ? JsonValueKind.True : kind;

    /// <summary>
    /// A person as the member of a monitoring, reception, privacy or push-to-talk list. A monitored element's member
    /// carries the location as its name plus <c>locationId</c> (the reference's schema); the other lists carry it as
    /// an object <c>{id, name}</c> (the reference's examples for pushToTalk and reception).
    /// </summary>
    public static JsonObject Member(SettingsOwnerRecord person, bool locationObject = false)
    {
        var json = new JsonObject
        {
            ["id"] = person.Id,
            ["lastName"] = person.LastName ?? "",
            ["firstName"] = person.FirstName ?? "",
            ["displayName"] = person.DisplayName ?? "",
            ["type"] = "PEOPLE",
        };
        JsonBody.Put(json, "email", person.Email);
        var number = new JsonObject();
        JsonBody.Put(number, "external", PersonSettingsCatalog.PrimaryNumber(person));
        JsonBody.Put(number, "extension", person.Extension);
        number["primary"] = true;
        json["numbers"] = new JsonArray(number);
        if (locationObject)
        {
            if (person.Location is not null) json["location"] = new JsonObject { ["id"] = person.Location.Id, ["name"] = person.Location.Name };
        }
        else
        {
            JsonBody.Put(json, "location", person.Location?.Name);
            JsonBody.Put(json, "locationId", person.Location?.Id);
        }
        return json;
    }

    /// <summary>Turns a list of person ids in a PUT body into member objects; 404 for an unknown person.</summary>
    public static IResult? MembersFromIds(HttpContext context, SimulatorState state, JsonObject body, string field)
    {
        if (body[field] is not JsonArray ids) return null;
        var members = new JsonArray();
        foreach (var node in ids)
        {
            string? id = node is JsonObject obj ? JsonBody.String(obj, "id") : JsonBody.Text(node);
            if (id is null) return SimResults.BadRequest(context, $"Invalid value for field '{field}'.");
            var member = PeopleEndpoints.Resolve(context, state, id, out var error);
            if (member is null) return error;
            members.Add(Member(member, locationObject: true));
        }
        body[field] = members;
        return null;
    }

    /// <summary>Monitoring: the PUT sends <c>enableCallParkNotification</c> and ids; the GET shows members.</summary>
    public static IResult? PrepareMonitoring(HttpContext context, SimulatorState state, SettingsOwnerRecord person, JsonObject body)
    {
        if (body.ContainsKey("enableCallParkNotification"))
        {
            var flag = JsonBody.Bool(body, "enableCallParkNotification");
            if (flag is null) return SimResults.BadRequest(context, "Invalid value for field 'enableCallParkNotification'.");
            body.Remove("enableCallParkNotification");
            body["callParkNotificationEnabled"] = flag.Value;
        }
        if (body["monitoredElements"] is not JsonArray ids) return null;
        if (ids.Count > 50) return SimResults.BadRequest(context, "At most 50 monitored elements are allowed.");
        var elements = new JsonArray();
        foreach (var node in ids)
        {
            string? id = node is JsonObject obj ? JsonBody.String(obj, "id") : JsonBody.Text(node);
            var member = PeopleEndpoints.Resolve(context, state, id ?? "", out var error);
            if (member is null) return error;
            elements.Add(new JsonObject { ["member"] = Member(member) });
        }
        body["monitoredElements"] = elements;
        return null;
    }

    /// <summary>Emergency callback number: the PUT names the selection and, for a location member, its id.</summary>
    public static IResult? PrepareEcbn(HttpContext context, SimulatorState state, SettingsOwnerRecord person, JsonObject body)
    {
        string? selected = JsonBody.String(body, "selected");
        if (selected is not ("DIRECT_LINE" or "LOCATION_ECBN" or "LOCATION_MEMBER_NUMBER"))
            return SimResults.BadRequest(context, "Missing or invalid field: selected.");
        string? memberId = JsonBody.String(body, "locationMemberId");
        body.Remove("locationMemberId");
        body.Remove("locationMemberInfo"); // read-only: only locationMemberId sets it
        if (selected == "LOCATION_MEMBER_NUMBER")
        {
            var member = PeopleEndpoints.Resolve(context, state, memberId ?? "", out var error);
            if (member is null) return error;
            var info = new JsonObject();
            JsonBody.Put(info, "phoneNumber", PersonSettingsCatalog.PrimaryNumber(member));
            info["firstName"] = member.FirstName ?? "";
            info["lastName"] = member.LastName ?? "";
            info["memberId"] = member.Id;
            info["memberType"] = "PEOPLE";
            info["effectiveLevel"] = "LOCATION_MEMBER_NUMBER";
            JsonBody.Put(info, "effectiveValue", PersonSettingsCatalog.PrimaryNumber(member));
            info["quality"] = "RECOMMENDED";
            body["locationMemberInfo"] = info;
        }
        return null;
    }

    /// <summary>Preferred answer endpoint: the id must be one of the person's endpoints (or null to clear it).</summary>
    public static IResult? PreparePreferredAnswer(HttpContext context, SimulatorState state, SettingsOwnerRecord person, JsonObject body)
    {
        if (!body.ContainsKey("preferredAnswerEndpointId"))
            return SimResults.BadRequest(context, "Missing required field(s): preferredAnswerEndpointId.");
        string? id = JsonBody.String(body, "preferredAnswerEndpointId");
        if (id is not null && id != WebexIds.Encode(WebexIds.Application, person.Uuid))
            return SimResults.BadRequest(context, $"Endpoint '{id}' is not an endpoint of this person.");
        return null;
    }
}
