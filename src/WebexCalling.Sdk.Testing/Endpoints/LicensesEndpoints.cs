using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// /licenses: the catalogue with consumed units counted from people's licenses, a license's users, and PATCH
/// /licenses/users, which changes a person's licenses (a Webex Calling license with its location and number).
/// </summary>
internal static class LicensesEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet("/licenses", (HttpContext context) =>
        {
            lock (state.Sync)
            {
                if (LocationsEndpoints.CheckOrg(context, state) is { } error) return error;
                var items = state.Area<LicenseStore>().Licenses.Select(l => (JsonNode)ToJson(state, l)).ToArray();
                return SimResults.Json(new JsonObject { ["items"] = new JsonArray(items) });
            }
        });
        app.MapGet("/licenses/{licenseId}", (HttpContext context, string licenseId) =>
        {
            lock (state.Sync)
            {
                var license = state.Area<LicenseStore>().Find(licenseId);
                if (license is null) return SimResults.NotFound(context, "License not found.");
                var json = ToJson(state, license);
                if (context.Request.Query["includeAssignedTo"] != "user") return SimResults.Json(json);
                var users = Holders(state, license).ToList();
                return Paging.Page(context, state, users, UserJson, "users", defaultMax: 300, endpointCap: 300, decorate: page =>
                {
                    foreach (var (name, value) in json) page[name] = value?.DeepClone();
                });
            }
        });
        app.MapPatch("/licenses/users", (Func<HttpContext, Task<IResult>>)(context => AssignAsync(context, state)));
    }

    private static IEnumerable<PersonRecord> Holders(SimulatorState state, LicenseRecord license) =>
        state.People.Values.Where(p => p.Licenses.Contains(license.Id));

    private static JsonObject ToJson(SimulatorState state, LicenseRecord license)
    {
        int consumed = Holders(state, license).Count();
        var json = new JsonObject
        {
            ["id"] = license.Id,
            ["name"] = license.Name,
            ["totalUnits"] = license.TotalUnits,
            ["consumedUnits"] = consumed,
            ["consumedByUsers"] = consumed,
            ["consumedByWorkspaces"] = 0,
            ["subscriptionId"] = "Sub-simulator",
        };
        if (license.SiteUrl is not null)
        {
            json["siteUrl"] = license.SiteUrl;
            json["siteType"] = "Control Hub managed site";
        }
        return json;
    }

    private static JsonNode UserJson(PersonRecord p)
    {
        var json = new JsonObject { ["id"] = p.Id, ["type"] = "INTERNAL" };
        JsonBody.Put(json, "displayName", p.DisplayName);
        JsonBody.Put(json, "email", p.Emails.FirstOrDefault());
        return json;
    }

    /// <summary>
    /// Adds and removes a person's licenses, all or nothing: an unknown license is 400, as is a license with no units
    /// left; a Webex Calling license needs a location (the person's or the properties') and a number or extension, and
    /// gives the person that calling data; removing the last calling license takes it away.
    /// </summary>
    private static async Task<IResult> AssignAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        lock (state.Sync)
        {
            string? email = JsonBody.String(body, "email");
            string? personId = JsonBody.String(body, "personId");
            if (email is null && personId is null) return SimResults.BadRequest(context, "Either email or personId is required.");
            var person = personId is not null
                ? state.FindPerson(personId)
                : state.People.Values.FirstOrDefault(p => p.Emails.Contains(email!, StringComparer.OrdinalIgnoreCase));
            if (person is null) return SimResults.NotFound(context, "User not found.");
            var store = state.Area<LicenseStore>();
            var licenses = new List<string>(person.Licenses);
            LocationRecord? location = person.Location;
            string? extension = person.Extension;
            string? phoneNumber = person.PhoneNumbers.FirstOrDefault(n => n.Primary)?.Value;
            foreach (var request in (body["licenses"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var license = store.Find(JsonBody.String(request, "id"));
                if (license is null) return SimResults.BadRequest(context, $"License '{JsonBody.String(request, "id")}' not found.");
                string operation = JsonBody.String(request, "operation") ?? "add";
                if (operation == "remove")
                {
                    licenses.Remove(license.Id);
                    continue;
                }
                if (operation != "add") return SimResults.BadRequest(context, $"Invalid value for field 'operation': '{operation}'.");
                if (licenses.Contains(license.Id)) continue;
                if (Holders(state, license).Count() >= license.TotalUnits)
                    return SimResults.BadRequest(context, $"No units of license '{license.Name}' are left.");
                if (license.Calling && request["properties"] is JsonObject properties)
                {
                    if (JsonBody.String(properties, "locationId") is { } locationId)
                    {
                        location = state.FindLocation(locationId);
                        if (location is null) return SimResults.BadRequest(context, $"Location '{locationId}' not found.");
                    }
                    extension = JsonBody.String(properties, "extension") ?? extension;
                    phoneNumber = JsonBody.String(properties, "phoneNumber") ?? phoneNumber;
                }
                if (license.Calling && (location is null || (extension is null && phoneNumber is null)))
                    return SimResults.BadRequest(context, "A Webex Calling license needs a location and a phone number or extension.");
                licenses.Add(license.Id);
            }
            var sites = store.Sites.TryGetValue(person.Uuid, out var known) ? new List<(string Site, string AccountType)>(known) : [];
            foreach (var request in (body["siteUrls"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (JsonBody.String(request, "siteUrl") is not { } site) return SimResults.BadRequest(context, "Missing required field(s): siteUrl.");
                sites.RemoveAll(s => s.Site == site);
                if ((JsonBody.String(request, "operation") ?? "add") == "add")
                    sites.Add((site, JsonBody.String(request, "accountType") ?? "attendee"));
            }
            // applied only once every request passed
            person.Licenses = licenses;
            store.Sites[person.Uuid] = sites;
            if (store.Licenses.Any(l => l.Calling && licenses.Contains(l.Id)))
            {
                person.Location = location;
                person.Extension = extension;
                if (phoneNumber is not null && person.PhoneNumbers.All(n => n.Value != phoneNumber))
                    person.PhoneNumbers = [new PhoneNumberRecord("work", phoneNumber, true), .. person.PhoneNumbers.Select(n => n with { Primary = false })];
            }
            else
            {
                // no calling license: no calling data
                person.Location = null;
                person.Extension = null;
                person.PhoneNumbers = [];
            }
            person.LastModified = state.Time.GetUtcNow();
            return SimResults.Json(new JsonObject
            {
                ["orgId"] = state.OrgId,
                ["personId"] = person.Id,
                ["email"] = person.Emails.FirstOrDefault(),
                ["licenses"] = JsonBody.Array(licenses),
                ["siteUrls"] = new JsonArray(sites.Select(s => (JsonNode)new JsonObject { ["siteUrl"] = s.Site, ["accountType"] = s.AccountType }).ToArray()),
            });
        }
    }
}
