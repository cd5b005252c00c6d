using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// /v1/people, shaped as the official admin reference: calling fields (extension, locationId, phoneNumbers) only
/// with <c>callingData=true</c>; <c>max</c> at most 100 with calling data and 50 with a location filter.
/// </summary>
internal static class PeopleEndpoints
{
    private const int MaxIds = 85;

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet("/people", (HttpContext context) => List(context, state));
        app.MapPost("/people", (Func<HttpContext, Task<IResult>>)(context => CreateAsync(context, state)));
        app.MapGet("/people/me", (HttpContext context) => Me(context, state));
        app.MapGet("/people/{personId}", (HttpContext context, string personId) => Details(context, state, personId));
        app.MapPut("/people/{personId}", (HttpContext context, string personId) => UpdateAsync(context, state, personId));
        app.MapDelete("/people/{personId}", (HttpContext context, string personId) => Delete(context, state, personId));
    }

    /// <summary>
    /// Finds the person of a path id: 400 for a malformed id, 404 for an unknown one. Other areas (person settings)
    /// use it for their person-scoped paths. Call under the state lock.
    /// </summary>
    public static PersonRecord? Resolve(HttpContext context, SimulatorState state, string personId, out IResult? error)
    {
        error = null;
        if (!WebexIds.TryDecode(personId, WebexIds.People, out var uuid))
        {
            error = SimResults.BadRequest(context, $"Invalid person id: '{personId}'.");
            return null;
        }
        if (state.People.TryGetValue(uuid, out var person)) return person;
        error = SimResults.NotFound(context, "Person not found.");
        return null;
    }

    private static IResult List(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        string? email = query["email"];
        string? displayName = query["displayName"];
        string? ids = query["id"];
        string? roles = query["roles"];
        string? locationId = query["locationId"];
        string? orgId = query["orgId"];
        bool callingData = JsonBody.QueryFlag(context, "callingData");
        bool withStatus = ids is null && !JsonBody.QueryFlag(context, "excludeStatus");
        int cap = locationId is not null ? 50 : callingData ? 100 : 1000;

        lock (state.Sync)
        {
            IEnumerable<PersonRecord> found = orgId is not null && orgId != state.OrgId ? [] : state.People.Values;
            if (email is not null)
                found = found.Where(p => p.Emails.Contains(email, StringComparer.OrdinalIgnoreCase));
            if (displayName is not null)
                found = found.Where(p => p.DisplayName?.StartsWith(displayName, StringComparison.OrdinalIgnoreCase) == true);
            if (roles is not null)
            {
                var wanted = roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                found = found.Where(p => p.Roles.Any(wanted.Contains));
            }
            if (locationId is not null)
            {
                if (!WebexIds.TryDecode(locationId, WebexIds.Location, out var locationUuid))
                    return SimResults.BadRequest(context, $"Invalid location id: '{locationId}'.");
                found = found.Where(p => p.Location?.Uuid == locationUuid);
            }
            JsonArray? notFound = null;
            if (ids is not null)
            {
                var list = ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (list.Length > MaxIds)
                    return SimResults.BadRequest(context, $"At most {MaxIds} person ids can be listed at once.");
                var uuids = new HashSet<Guid>();
                notFound = [];
                foreach (var id in list)
                {
                    if (WebexIds.TryDecode(id, WebexIds.People, out var uuid) && state.People.ContainsKey(uuid)) uuids.Add(uuid);
                    else notFound.Add(id);
                }
                found = found.Where(p => uuids.Contains(p.Uuid));
            }
            return Paging.Page(context, state, found.ToList(), p => p.ToJson(state.OrgId, callingData, withStatus),
                endpointCap: cap, decorate: body =>
                {
                    if (notFound is not null) body["notFoundIds"] = notFound;
                });
        }
    }

    private static IResult Me(HttpContext context, SimulatorState state)
    {
        lock (state.Sync)
        {
            return state.People.TryGetValue(SimulatorMiddleware.CallerOf(context), out var me)
                ? SimResults.Json(me.ToJson(state.OrgId, JsonBody.QueryFlag(context, "callingData")))
                : SimResults.NotFound(context, "Person not found.");
        }
    }

    private static IResult Details(HttpContext context, SimulatorState state, string personId)
    {
        lock (state.Sync)
        {
            var person = Resolve(context, state, personId, out var error);
            return person is null ? error! : SimResults.Json(person.ToJson(state.OrgId, JsonBody.QueryFlag(context, "callingData")));
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        var emails = JsonBody.Strings(body, "emails");
        if (emails is null || emails.Count == 0 || emails.Exists(string.IsNullOrWhiteSpace))
            return SimResults.BadRequest(context, "Missing required field(s): emails.");
        if (emails.Count > 1)
            return SimResults.BadRequest(context, "Only one email address is allowed per person.");
        var person = new PersonRecord(state.NewGuid(), state.Time.GetUtcNow());
        lock (state.Sync)
        {
            if (state.People.Values.Any(p => p.Emails.Contains(emails[0], StringComparer.OrdinalIgnoreCase)))
                return SimResults.Conflict(context, $"A person with the email address {emails[0]} already exists.");
            person.Emails = emails;
            if (Apply(context, state, person, body, creating: true) is { } error) return error;
            if (person.DisplayName is null && (person.FirstName is not null || person.LastName is not null))
                person.DisplayName = $"{person.FirstName} {person.LastName}".Trim();
            state.People.Add(person.Uuid, person);
            return Answer(context, state, person);
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, SimulatorState state, string personId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        lock (state.Sync)
        {
            var person = Resolve(context, state, personId, out var error);
            if (person is null) return error!;
            if (string.IsNullOrWhiteSpace(JsonBody.String(body, "displayName")))
                return SimResults.BadRequest(context, "Missing required field(s): displayName.");
            if (JsonBody.Strings(body, "emails") is { } emails)
            {
                if (emails.Count != 1 || string.IsNullOrWhiteSpace(emails[0]))
                    return SimResults.BadRequest(context, "Exactly one email address is allowed per person.");
                if (state.People.Values.Any(p => p != person && p.Emails.Contains(emails[0], StringComparer.OrdinalIgnoreCase)))
                    return SimResults.Conflict(context, $"A person with the email address {emails[0]} already exists.");
                person.Emails = emails;
            }
            if (Apply(context, state, person, body, creating: false) is { } applyError) return applyError;
            person.LastModified = state.Time.GetUtcNow();
            return Answer(context, state, person);
        }
    }

    private static IResult Answer(HttpContext context, SimulatorState state, PersonRecord person) =>
        JsonBody.QueryFlag(context, "minResponse")
            ? SimResults.Json(new JsonObject { ["id"] = person.Id })
            : SimResults.Json(person.ToJson(state.OrgId, JsonBody.QueryFlag(context, "callingData")));

    /// <summary>
    /// Applies a create or update body. Profile fields are replaced as Webex documents ("include all details": a
    /// field left out is cleared); calling fields (locationId, extension, phoneNumbers) change only when present.
    /// Validates first, so a rejected body changes nothing.
    /// </summary>
    private static IResult? Apply(HttpContext context, SimulatorState state, PersonRecord person, JsonObject body, bool creating)
    {
        LocationRecord? location = person.Location;
        if (body.ContainsKey("locationId"))
        {
            string? locationId = JsonBody.String(body, "locationId");
            location = locationId is null ? null : state.FindLocation(locationId);
            if (locationId is not null && location is null)
                return WebexIds.TryDecode(locationId, WebexIds.Location, out _)
                    ? SimResults.NotFound(context, "Location not found.")
                    : SimResults.BadRequest(context, $"Invalid location id: '{locationId}'.");
        }
        string? extension = body.ContainsKey("extension") ? JsonBody.String(body, "extension") : person.Extension;
        if (extension is not null && location is null)
            return SimResults.BadRequest(context, "An extension needs a locationId (a Webex Calling user).");
        if (extension is not null && state.People.Values.Any(p => p != person && p.Location == location && p.Extension == extension))
            return SimResults.BadRequest(context, $"Extension {extension} is already in use in this location.");
        List<PhoneNumberRecord>? numbers = null;
        if (body["phoneNumbers"] is JsonArray array)
        {
            numbers = [];
            foreach (var item in array.OfType<JsonObject>())
            {
                if (JsonBody.String(item, "value") is not { } value) return SimResults.BadRequest(context, "A phone number needs a value.");
                numbers.Add(new PhoneNumberRecord(JsonBody.String(item, "type") ?? "work", value,
                    JsonBody.Bool(item, "primary") ?? numbers.Count == 0));
            }
        }

        person.Location = location;
        person.Extension = extension;
        if (numbers is not null) person.PhoneNumbers = numbers;
        if (creating || body.ContainsKey("displayName")) person.DisplayName = JsonBody.String(body, "displayName") ?? person.DisplayName;
        person.FirstName = JsonBody.String(body, "firstName");
        person.LastName = JsonBody.String(body, "lastName");
        // Webex sets the nickname to the first name on update; it cannot be overwritten
        person.NickName = creating ? JsonBody.String(body, "nickName") ?? person.FirstName : person.FirstName;
        person.Avatar = JsonBody.String(body, "avatar");
        person.Roles = JsonBody.Strings(body, "roles") ?? [];
        person.Licenses = JsonBody.Strings(body, "licenses") ?? [];
        person.Department = JsonBody.String(body, "department");
        person.Manager = JsonBody.String(body, "manager");
        person.ManagerId = JsonBody.String(body, "managerId");
        person.Title = JsonBody.String(body, "title");
        person.Addresses = body["addresses"] is JsonArray addresses ? (JsonArray)addresses.DeepClone() : null;
        if (JsonBody.Bool(body, "loginEnabled") is { } loginEnabled) person.LoginEnabled = loginEnabled;
        return null;
    }

    private static IResult Delete(HttpContext context, SimulatorState state, string personId)
    {
        lock (state.Sync)
        {
            var person = Resolve(context, state, personId, out var error);
            if (person is null) return error!;
            state.People.Remove(person.Uuid);
        }
        return SimResults.NoContent();
    }
}
