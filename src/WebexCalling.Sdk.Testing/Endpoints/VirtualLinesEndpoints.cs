using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.Resources;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// Virtual lines (<c>/v1/telephony/config/virtualLines</c>, virtual line call settings of the 2026 reference) over the
/// <see cref="OwnerEntities"/> records: create (a location and a phone number or extension, free in the location: 409
/// when in use, 400 for a number the location does not have), list with the reference's filters (each may repeat or be
/// comma-separated) and Link pages, details, partial update, delete (its settings go with it), the number and the
/// directory search flag.
/// </summary>
internal static class VirtualLinesEndpoints
{
    private const string Root = "/telephony/config/virtualLines";

    /// <summary>The fields a virtual line keeps in its body as written.</summary>
    private static readonly string[] CreateRequired = ["firstName", "lastName", "locationId"];

    private static readonly string[] CallerIdFields = ["callerIdLastName", "callerIdFirstName", "callerIdNumber", "announcementLanguage", "timeZone"];

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet(Root, (HttpContext context) => List(context, state));
        app.MapPost(Root, (Func<HttpContext, Task<IResult>>)(context => CreateAsync(context, state)));
        app.MapGet(Root + "/{virtualLineId}", (HttpContext context, string virtualLineId) => Locked(context, state, () =>
            Find(context, state, virtualLineId, out var error) is { } v ? SimResults.Json(DetailsJson(state, v)) : error!));
        app.MapPut(Root + "/{virtualLineId}", (HttpContext context, string virtualLineId) => WithBodyAsync(context, state, body =>
            Update(context, state, virtualLineId, body)));
        app.MapDelete(Root + "/{virtualLineId}", (HttpContext context, string virtualLineId) => Locked(context, state, () =>
        {
            if (Find(context, state, virtualLineId, out var error) is not { } v) return error!;
            state.Area<OwnerEntities>().VirtualLines.Remove(v.Uuid);
            state.Area<ResourceStore>().RemoveOwner(v.Id);
            state.Area<PersonSettingsStore>().RemoveOwner(v.Uuid);
            return SimResults.NoContent();
        }));
        app.MapGet(Root + "/{virtualLineId}/number", (HttpContext context, string virtualLineId) => Locked(context, state, () =>
        {
            if (Find(context, state, virtualLineId, out var error) is not { } v) return error!;
            var number = new JsonObject();
            JsonBody.Put(number, "directNumber", v.PhoneNumber);
            JsonBody.Put(number, "extension", v.Extension);
            number["primary"] = true;
            return SimResults.Json(new JsonObject { ["phoneNumber"] = number });
        }));
        app.MapPut(Root + "/{virtualLineId}/directorySearch", (HttpContext context, string virtualLineId) => WithBodyAsync(context, state, body =>
        {
            if (Find(context, state, virtualLineId, out var error) is not { } v) return error!;
            if (JsonBody.Bool(body, "enabled") is not { } enabled) return SimResults.BadRequest(context, "Missing required field(s): enabled.");
            v.Body["directorySearchEnabled"] = enabled;
            return SimResults.NoContent();
        }));
    }

    private static IResult Locked(HttpContext context, SimulatorState state, Func<IResult> op)
    {
        lock (state.Sync) return LocationsEndpoints.CheckOrg(context, state) ?? op();
    }

    private static async Task<IResult> WithBodyAsync(HttpContext context, SimulatorState state, Func<JsonObject, IResult> op)
    {
        var (body, error) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return error!;
        return Locked(context, state, () => op(body));
    }

    private static VirtualLineRecord? Find(HttpContext context, SimulatorState state, string id, out IResult? error)
    {
        error = null;
        if (!WebexIds.TryDecode(id, WebexIds.VirtualLine, out _))
        {
            error = SimResults.BadRequest(context, $"Invalid virtual line id: '{id}'.");
            return null;
        }
        var line = state.Area<OwnerEntities>().FindVirtualLine(id);
        if (line is null) error = SimResults.NotFound(context, "Virtual line not found.");
        return line;
    }

    private static JsonObject Number(SimulatorState state, VirtualLineRecord v) =>
        WorkspacesEndpoints.UserNumber(v.PhoneNumber, v.Extension, VirtualExtensionsEndpoints.RoutingPrefix(state, v.Location), primary: true);

    /// <summary>An item of the list: names, caller id, number, location, devices count and billing plan.</summary>
    private static JsonObject ListJson(SimulatorState state, VirtualLineRecord v)
    {
        var json = new JsonObject { ["id"] = v.Id, ["lastName"] = v.LastName, ["firstName"] = v.FirstName };
        json["callerIdLastName"] = JsonBody.String(v.Body, "callerIdLastName") ?? v.LastName;
        json["callerIdFirstName"] = JsonBody.String(v.Body, "callerIdFirstName") ?? v.FirstName;
        JsonBody.Put(json, "callerIdNumber", JsonBody.String(v.Body, "callerIdNumber") ?? v.PhoneNumber);
        json["externalCallerIdNamePolicy"] = "DIRECT_LINE";
        json["number"] = Number(state, v);
        json["location"] = new JsonObject { ["name"] = v.Location.Name, ["id"] = v.Location.Id };
        json["numberOfDevicesAssigned"] = 0;
        json["billingPlan"] = "BCOCP1";
        return json;
    }

    /// <summary>The details: names, directory search, language, time zone, number, devices and the location with its address.</summary>
    private static JsonObject DetailsJson(SimulatorState state, VirtualLineRecord v)
    {
        var json = new JsonObject { ["id"] = v.Id, ["firstName"] = v.FirstName, ["lastName"] = v.LastName };
        JsonBody.Put(json, "displayName", v.DisplayName);
        json["directorySearchEnabled"] = JsonBody.Bool(v.Body, "directorySearchEnabled") ?? true;
        json["announcementLanguage"] = JsonBody.String(v.Body, "announcementLanguage") ?? v.Location.AnnouncementLanguage ?? "English";
        json["timeZone"] = JsonBody.String(v.Body, "timeZone") ?? v.Location.TimeZone;
        var number = new JsonObject();
        JsonBody.Put(number, "external", v.PhoneNumber);
        JsonBody.Put(number, "extension", v.Extension);
        number["primary"] = true;
        json["number"] = number;
        json["devices"] = new JsonArray();
        var address = new JsonObject();
        JsonBody.Put(address, "address1", v.Location.Address1);
        JsonBody.Put(address, "address2", v.Location.Address2);
        JsonBody.Put(address, "city", v.Location.City);
        JsonBody.Put(address, "state", v.Location.State);
        JsonBody.Put(address, "postalCode", v.Location.PostalCode);
        JsonBody.Put(address, "country", v.Location.Country);
        json["location"] = new JsonObject { ["name"] = v.Location.Name, ["id"] = v.Location.Id, ["address"] = address };
        return json;
    }

    /// <summary>A list filter's values: repeated (<c>?id=a&amp;id=b</c>, the reference) or comma-separated (this SDK).</summary>
    private static List<string>? Values(StringValues values)
    {
        if (values.Count == 0) return null;
        return [.. values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
    }

    private static IResult List(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            IEnumerable<VirtualLineRecord> found = state.Area<OwnerEntities>().VirtualLines.Values;
            if (Values(query["locationId"]) is { } locations) found = found.Where(v => locations.Contains(v.Location.Id));
            if (Values(query["id"]) is { } ids) found = found.Where(v => ids.Contains(v.Id));
            if (Values(query["ownerName"]) is { } names)
                found = found.Where(v => names.Any(n => Name(v).Contains(n, StringComparison.OrdinalIgnoreCase)));
            if (Values(query["phoneNumber"]) is { } numbers)
                found = found.Where(v => v.PhoneNumber is not null && numbers.Any(n => v.PhoneNumber.EndsWith(n.TrimStart('+'), StringComparison.Ordinal)));
            if (Values(query["locationName"]) is { } locationNames)
                found = found.Where(v => locationNames.Any(n => string.Equals(v.Location.Name, n, StringComparison.OrdinalIgnoreCase)));
            if (query["hasDeviceAssigned"].ToString() is { Length: > 0 } devices) found = found.Where(_ => devices != "true");
            if (query["hasExtensionAssigned"].ToString() is { Length: > 0 } hasExtension)
                found = found.Where(v => (v.Extension is not null) == (hasExtension == "true"));
            if (query["hasDnAssigned"].ToString() is { Length: > 0 } hasDn)
                found = found.Where(v => (v.PhoneNumber is not null) == (hasDn == "true"));
            var list = found.ToList();
            if (Values(query["order"]) is { Count: > 0 } orders)
            {
                if (orders.Count > 3) return SimResults.BadRequest(context, "At most 3 orders are allowed.");
                IOrderedEnumerable<VirtualLineRecord>? sorted = null;
                foreach (string order in orders)
                {
                    string[] parts = order.Split('-');
                    bool desc = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
                    Func<VirtualLineRecord, string> key = parts[0].ToLowerInvariant() switch
                    {
                        "lastname" => v => v.LastName,
                        "firstname" => v => v.FirstName,
                        "extension" => v => v.Extension ?? "",
                        "dn" or "phonenumber" => v => v.PhoneNumber ?? "",
                        "locationname" => v => v.Location.Name,
                        _ => v => Name(v),
                    };
                    sorted = sorted is null
                        ? desc ? list.OrderByDescending(key, StringComparer.OrdinalIgnoreCase) : list.OrderBy(key, StringComparer.OrdinalIgnoreCase)
                        : desc ? sorted.ThenByDescending(key, StringComparer.OrdinalIgnoreCase) : sorted.ThenBy(key, StringComparer.OrdinalIgnoreCase);
                }
                list = [.. sorted!];
            }
            return Paging.Page(context, state, list, v => ListJson(state, v), itemsKey: "virtualLines");
        }
    }

    private static string Name(VirtualLineRecord v) => v.DisplayName ?? (v.FirstName + " " + v.LastName);

    private static string? ValidateName(JsonObject body, string field, bool required)
    {
        string? value = JsonBody.String(body, field);
        if (value is null) return required ? $"Missing required field(s): {field}." : null;
        return value.Length is < 1 or > 30 ? $"Invalid value for field '{field}': 1 to 30 characters." : null;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        var missing = CreateRequired.Where(f => string.IsNullOrWhiteSpace(JsonBody.String(body, f))).ToList();
        if (missing.Count > 0) return SimResults.BadRequest(context, "Missing required field(s): " + string.Join(", ", missing) + ".");
        if ((ValidateName(body, "firstName", true) ?? ValidateName(body, "lastName", true)) is { } invalid)
            return SimResults.BadRequest(context, invalid);
        string? number = JsonBody.String(body, "phoneNumber");
        string? extension = JsonBody.String(body, "extension");
        if (number is null && extension is null) return SimResults.BadRequest(context, "Either phoneNumber or extension is required.");
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            var location = state.FindLocation(JsonBody.String(body, "locationId"));
            if (location is null) return SimResults.BadRequest(context, $"Invalid location id: '{JsonBody.String(body, "locationId")}'.");
            var line = new VirtualLineRecord(state.NewGuid(), location)
            {
                FirstName = JsonBody.String(body, "firstName")!,
                LastName = JsonBody.String(body, "lastName")!,
                DisplayName = JsonBody.String(body, "displayName"),
                PhoneNumber = number,
                Extension = extension,
            };
            if (WorkspacesEndpoints.NumberConflict(context, state, line, location, number, extension) is { } conflict) return conflict;
            foreach (string field in CallerIdFields)
                if (JsonBody.String(body, field) is { } value) line.Body[field] = value;
            state.Area<OwnerEntities>().VirtualLines.Add(line.Uuid, line);
            return SimResults.Json(new JsonObject { ["id"] = line.Id }, StatusCodes.Status201Created);
        }
    }

    private static IResult Update(HttpContext context, SimulatorState state, string virtualLineId, JsonObject body)
    {
        if (Find(context, state, virtualLineId, out var error) is not { } v) return error!;
        if ((ValidateName(body, "firstName", false) ?? ValidateName(body, "lastName", false)) is { } invalid)
            return SimResults.BadRequest(context, invalid);
        string? number = body.ContainsKey("phoneNumber") ? JsonBody.String(body, "phoneNumber") : v.PhoneNumber;
        string? extension = body.ContainsKey("extension") ? JsonBody.String(body, "extension") : v.Extension;
        if (number is null && extension is null) return SimResults.BadRequest(context, "Either phoneNumber or extension is required.");
        if ((number != v.PhoneNumber || extension != v.Extension)
            && WorkspacesEndpoints.NumberConflict(context, state, v, v.Location, number != v.PhoneNumber ? number : null,
                extension != v.Extension ? extension : null) is { } conflict)
            return conflict;
        if (JsonBody.String(body, "firstName") is { } first) v.FirstName = first;
        if (JsonBody.String(body, "lastName") is { } last) v.LastName = last;
        if (body.ContainsKey("displayName")) v.DisplayName = JsonBody.String(body, "displayName");
        v.PhoneNumber = number;
        v.Extension = extension;
        foreach (string field in CallerIdFields)
            if (body.ContainsKey(field))
            {
                if (JsonBody.String(body, field) is { } value) v.Body[field] = value;
                else v.Body.Remove(field);
            }
        return SimResults.NoContent();
    }
}
