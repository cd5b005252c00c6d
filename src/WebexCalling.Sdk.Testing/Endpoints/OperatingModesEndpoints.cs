using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// Operating modes of the organisation and its locations (features-operating-modes.yml): CRUD with the reference's rules
/// (a location for LOCATION modes, the schedule its type needs, times unless all day, at most 100 modes per level and
/// 150 holidays per mode, unique names), holidays as a sub-collection, the modes available to a location's features and
/// the numbers a mode can forward to.
/// </summary>
internal static class OperatingModesEndpoints
{
    private const string Modes = "/telephony/config/operatingModes";
    private const string ModeKind = "OPERATING_MODE";
    private const int MaxModesPerLevel = 100;
    private const int MaxHolidays = 150;

    private static readonly string[] Types = ["SAME_HOURS_DAILY", "DIFFERENT_HOURS_DAILY", "HOLIDAY", "NONE"];
    private static readonly string[] WeekDays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
    private static readonly string[] Months =
        ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"];
    private static readonly string[] Weeks = ["FIRST", "SECOND", "THIRD", "FOURTH", "LAST"];

    /// <summary>The modes, in creation order (under the state lock).</summary>
    internal sealed class Store
    {
        public OrderedDictionary<Guid, ModeRecord> Modes { get; } = [];
    }

    /// <summary>A mode: its fixed type, level and location, and its settings as the reference answers them.</summary>
    internal sealed class ModeRecord(Guid uuid, string type, LocationRecord? location)
    {
        public Guid Uuid { get; } = uuid;
        public string Id { get; } = WebexIds.Encode(ModeKind, uuid);
        public string Type { get; } = type;
        public LocationRecord? Location { get; } = location;
        public string Name { get; set; } = "";
        public JsonObject? SameHoursDaily { get; set; }
        public JsonObject? DifferentHoursDaily { get; set; }
        public OrderedDictionary<Guid, JsonObject> Holidays { get; } = [];
        public JsonObject CallForwarding { get; set; } = new() { ["enabled"] = false, ["destinationVoicemailEnabled"] = false };
    }

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet(Modes, (HttpContext context) => List(context, state));
        app.MapPost(Modes, (Func<HttpContext, Task<IResult>>)(context => CreateAsync(context, state)));
        app.MapGet($"{Modes}/{{modeId}}", (HttpContext context, string modeId) => Details(context, state, modeId));
        app.MapPut($"{Modes}/{{modeId}}", (HttpContext context, string modeId) => UpdateAsync(context, state, modeId));
        app.MapDelete($"{Modes}/{{modeId}}", (HttpContext context, string modeId) => Delete(context, state, modeId));
        app.MapPost($"{Modes}/{{modeId}}/holidays", (HttpContext context, string modeId) => CreateHolidayAsync(context, state, modeId));
        app.MapGet($"{Modes}/{{modeId}}/holidays/{{holidayId}}", (HttpContext context, string modeId, string holidayId) =>
            HolidayDetails(context, state, modeId, holidayId));
        app.MapPut($"{Modes}/{{modeId}}/holidays/{{holidayId}}", (HttpContext context, string modeId, string holidayId) =>
            UpdateHolidayAsync(context, state, modeId, holidayId));
        app.MapDelete($"{Modes}/{{modeId}}/holidays/{{holidayId}}", (HttpContext context, string modeId, string holidayId) =>
            DeleteHoliday(context, state, modeId, holidayId));
        app.MapGet("/telephony/config/locations/{locationId}/operatingModes/availableOperatingModes",
            (HttpContext context, string locationId) => Available(context, state, locationId));
        app.MapGet("/telephony/config/locations/{locationId}/operatingModes/callForwarding/availableNumbers",
            (HttpContext context, string locationId) => ForwardNumbers(context, state, locationId));
    }

    /// <summary>
    /// The demo organisation's modes: organisation-wide business hours (weekdays 09:00–17:00) and US holidays (two
    /// yearly holidays), and after-hours forwarding of the first location to its main number.
    /// </summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        lock (state.Sync)
        {
            var store = state.Area<Store>();
            var hours = new ModeRecord(state.NewGuid(), "SAME_HOURS_DAILY", null)
            {
                Name = "Business Hours",
                SameHoursDaily = new JsonObject
                {
                    ["mondayToFriday"] = new JsonObject { ["enabled"] = true, ["allDayEnabled"] = false, ["startTime"] = "09:00", ["endTime"] = "17:00" },
                    ["saturdayToSunday"] = new JsonObject { ["enabled"] = false, ["allDayEnabled"] = false },
                },
            };
            store.Modes.Add(hours.Uuid, hours);
            var holidays = new ModeRecord(state.NewGuid(), "HOLIDAY", null) { Name = "US Holidays" };
            foreach (var (name, date, recurrence) in new[]
            {
                ("Independence Day", "2024-07-04", new JsonObject { ["recurYearlyByDate"] = new JsonObject { ["dayOfMonth"] = 4, ["month"] = "JULY" } }),
                ("Thanksgiving", "2024-11-28", new JsonObject { ["recurYearlyByDay"] = new JsonObject { ["day"] = "THURSDAY", ["week"] = "FOURTH", ["month"] = "NOVEMBER" } }),
            })
            {
                var uuid = state.NewGuid();
                holidays.Holidays.Add(uuid, new JsonObject
                {
                    ["id"] = WebexIds.Encode(WebexIds.ScheduleEvent, uuid), ["name"] = name, ["allDayEnabled"] = true,
                    ["startDate"] = date, ["endDate"] = date, ["recurrence"] = recurrence,
                });
            }
            store.Modes.Add(holidays.Uuid, holidays);
            if (demo.Locations.Count > 0)
            {
                var first = demo.Locations[0];
                var afterHours = new ModeRecord(state.NewGuid(), "NONE", first) { Name = $"{first.Name} After Hours" };
                afterHours.CallForwarding = new JsonObject { ["enabled"] = true, ["destinationVoicemailEnabled"] = false };
                JsonBody.Put(afterHours.CallForwarding, "destination", first.MainNumber);
                store.Modes.Add(afterHours.Uuid, afterHours);
            }
        }
    }

    // ---- shapes --------------------------------------------------------------------------------------------------

    private static JsonObject Summary(ModeRecord mode)
    {
        var json = new JsonObject
        {
            ["id"] = mode.Id,
            ["name"] = mode.Name,
            ["type"] = mode.Type,
            ["level"] = mode.Location is null ? "ORGANIZATION" : "LOCATION",
        };
        if (mode.Location is { } location) json["location"] = new JsonObject { ["id"] = location.Id, ["name"] = location.Name };
        json["callForwarding"] = mode.CallForwarding.DeepClone();
        return json;
    }

    private static JsonObject Full(ModeRecord mode)
    {
        var json = Summary(mode);
        if (mode.SameHoursDaily is { } same) json["sameHoursDaily"] = same.DeepClone();
        if (mode.DifferentHoursDaily is { } different) json["differentHoursDaily"] = different.DeepClone();
        if (mode.Type == "HOLIDAY") json["holidays"] = new JsonArray(mode.Holidays.Values.Select(h => h.DeepClone()).ToArray());
        return json;
    }

    private static ModeRecord? Find(HttpContext context, SimulatorState state, string modeId, out IResult? error)
    {
        error = null;
        if (!WebexIds.TryDecode(modeId, ModeKind, out var uuid))
        {
            error = SimResults.BadRequest(context, $"Invalid operating mode id: '{modeId}'.");
            return null;
        }
        if (state.Area<Store>().Modes.TryGetValue(uuid, out var mode)) return mode;
        error = SimResults.NotFound(context, "Operating mode not found.");
        return null;
    }

    // ---- validation (the reference's rules) -----------------------------------------------------------------------

    private static bool IsTime(string? value) =>
        TimeOnly.TryParseExact(value, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>A day schedule: booleans, and start before end unless disabled or all day.</summary>
    private static string? CheckDay(JsonNode? node, string where)
    {
        if (node is not JsonObject day) return $"{where} is required.";
        bool enabled = JsonBody.Bool(day, "enabled") ?? false;
        bool allDay = JsonBody.Bool(day, "allDayEnabled") ?? false;
        day["enabled"] = enabled;
        day["allDayEnabled"] = allDay;
        string? start = JsonBody.String(day, "startTime"), end = JsonBody.String(day, "endTime");
        if (enabled && !allDay)
        {
            if (!IsTime(start) || !IsTime(end)) return $"{where}: startTime and endTime (HH:MM) are required unless allDayEnabled is true.";
            if (string.CompareOrdinal(Normal(start!), Normal(end!)) >= 0) return $"{where}: startTime must be before endTime.";
        }
        else if ((start is not null && !IsTime(start)) || (end is not null && !IsTime(end)))
            return $"{where}: times must be HH:MM.";
        return null;
    }

    private static string Normal(string time) => TimeOnly.ParseExact(time, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture).ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string? CheckSchedule(string type, JsonObject body, bool required)
    {
        if (body["sameHoursDaily"] is JsonNode same)
        {
            if (type != "SAME_HOURS_DAILY") return "sameHoursDaily is only allowed for a mode of type SAME_HOURS_DAILY.";
            if (same is not JsonObject obj) return "sameHoursDaily must be an object.";
            if (CheckDay(obj["mondayToFriday"], "sameHoursDaily.mondayToFriday") is { } e1) return e1;
            if (CheckDay(obj["saturdayToSunday"], "sameHoursDaily.saturdayToSunday") is { } e2) return e2;
        }
        else if (required && type == "SAME_HOURS_DAILY") return "sameHoursDaily is required for a mode of type SAME_HOURS_DAILY.";
        if (body["differentHoursDaily"] is JsonNode different)
        {
            if (type != "DIFFERENT_HOURS_DAILY") return "differentHoursDaily is only allowed for a mode of type DIFFERENT_HOURS_DAILY.";
            if (different is not JsonObject obj) return "differentHoursDaily must be an object.";
            foreach (string day in WeekDays)
                if (CheckDay(obj[day], $"differentHoursDaily.{day}") is { } e) return e;
        }
        else if (required && type == "DIFFERENT_HOURS_DAILY") return "differentHoursDaily is required for a mode of type DIFFERENT_HOURS_DAILY.";
        if (body["holidays"] is JsonNode holidays)
        {
            if (type != "HOLIDAY") return "holidays are only allowed for a mode of type HOLIDAY.";
            if (holidays is not JsonArray list) return "holidays must be a list.";
            if (list.Count > MaxHolidays) return $"An operating mode has at most {MaxHolidays} holidays.";
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in list)
            {
                if (item is not JsonObject h) return "Each holiday must be an object.";
                if (CheckHoliday(h) is { } e) return e;
                if (!names.Add(JsonBody.String(h, "name")!)) return $"Duplicate holiday name '{JsonBody.String(h, "name")}'.";
            }
        }
        else if (required && type == "HOLIDAY") return "holidays are required for a mode of type HOLIDAY.";
        return null;
    }

    /// <summary>A complete holiday: name, all-day flag and dates; times unless all day; a valid recurrence.</summary>
    private static string? CheckHoliday(JsonObject h)
    {
        string? name = JsonBody.String(h, "name");
        if (string.IsNullOrWhiteSpace(name)) return "The holiday name is required.";
        if (JsonBody.Bool(h, "allDayEnabled") is not { } allDay) return $"Holiday '{name}': allDayEnabled is required.";
        h["allDayEnabled"] = allDay;
        if (!DateOnly.TryParseExact(JsonBody.String(h, "startDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !DateOnly.TryParseExact(JsonBody.String(h, "endDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
            return $"Holiday '{name}': startDate and endDate (YYYY-MM-DD) are required.";
        if (end < start) return $"Holiday '{name}': endDate must not be before startDate.";
        string? startTime = JsonBody.String(h, "startTime"), endTime = JsonBody.String(h, "endTime");
        if (!allDay)
        {
            if (!IsTime(startTime) || !IsTime(endTime)) return $"Holiday '{name}': startTime and endTime are mandatory when allDayEnabled is false.";
            if (start == end && string.CompareOrdinal(Normal(startTime!), Normal(endTime!)) >= 0) return $"Holiday '{name}': startTime must be before endTime.";
        }
        if (h["recurrence"] is JsonNode recurrence)
        {
            if (recurrence is not JsonObject r) return $"Holiday '{name}': recurrence must be an object.";
            if (r["recurYearlyByDate"] is JsonObject byDate
                && (JsonBody.Int(byDate, "dayOfMonth") is not (>= 1 and <= 31) || !Months.Contains(JsonBody.String(byDate, "month"))))
                return $"Holiday '{name}': recurYearlyByDate needs dayOfMonth (1 to 31) and month.";
            if (r["recurYearlyByDay"] is JsonObject byDay
                && (!WeekDays.Contains(JsonBody.String(byDay, "day")?.ToLowerInvariant()) || !Weeks.Contains(JsonBody.String(byDay, "week"))
                    || !Months.Contains(JsonBody.String(byDay, "month"))))
                return $"Holiday '{name}': recurYearlyByDay needs day, week and month.";
        }
        return null;
    }

    private static string? CheckForwarding(JsonNode? node)
    {
        if (node is null) return null;
        if (node is not JsonObject f) return "callForwarding must be an object.";
        if ((JsonBody.Bool(f, "enabled") ?? false) && string.IsNullOrWhiteSpace(JsonBody.String(f, "destination")))
            return "callForwarding.destination is required when call forwarding is enabled.";
        return null;
    }

    private static JsonObject StoredHoliday(JsonObject h, Guid uuid)
    {
        var stored = new JsonObject { ["id"] = WebexIds.Encode(WebexIds.ScheduleEvent, uuid) };
        foreach (string key in new[] { "name", "allDayEnabled", "startDate", "endDate", "startTime", "endTime", "recurrence" })
            if (h[key] is { } value) stored[key] = value.DeepClone();
        if (JsonBody.Bool(stored, "allDayEnabled") == true)
        {
            stored.Remove("startTime");
            stored.Remove("endTime");
        }
        return stored;
    }

    private static IResult? CheckName(HttpContext context, Store store, string? name, LocationRecord? location, ModeRecord? self)
    {
        if (string.IsNullOrWhiteSpace(name)) return SimResults.BadRequest(context, "The operating mode name is required.");
        if (name.Length > 40) return SimResults.BadRequest(context, "The operating mode name is at most 40 characters.");
        if (store.Modes.Values.Any(m => m != self && m.Location == location && string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase)))
            return SimResults.Conflict(context, $"An operating mode named '{name}' exists already at this level.");
        return null;
    }

    // ---- modes ---------------------------------------------------------------------------------------------------

    private static IResult List(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        lock (state.Sync)
        {
            IEnumerable<ModeRecord> modes = state.Area<Store>().Modes.Values;
            if (query["limitToLocationId"].ToString() is { Length: > 0 } locationId)
            {
                var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
                if (location is null) return error!;
                modes = modes.Where(m => m.Location == location);
            }
            if (JsonBody.QueryFlag(context, "limitToOrgLevelEnabled")) modes = modes.Where(m => m.Location is null);
            if (query["name"].ToString() is { Length: > 0 } name) modes = modes.Where(m => m.Name.Contains(name, StringComparison.OrdinalIgnoreCase));
            string order = query["order"].ToString();
            if (order is not ("" or "asc" or "desc")) return SimResults.BadRequest(context, $"Invalid order '{order}': expected asc or desc.");
            modes = order == "desc" ? modes.OrderByDescending(m => m.Name, StringComparer.OrdinalIgnoreCase)
                : modes.OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase);
            return Paging.Page(context, state, modes.ToList(), Summary, itemsKey: "operatingModes");
        }
    }

    private static IResult Details(HttpContext context, SimulatorState state, string modeId)
    {
        lock (state.Sync)
        {
            var mode = Find(context, state, modeId, out var error);
            return mode is null ? error! : SimResults.Json(Full(mode));
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        lock (state.Sync)
        {
            var store = state.Area<Store>();
            string? type = JsonBody.String(body, "type");
            string? level = JsonBody.String(body, "level");
            if (type is null || !Types.Contains(type)) return SimResults.BadRequest(context, $"Invalid or missing type '{type}'.");
            if (level is not ("ORGANIZATION" or "LOCATION")) return SimResults.BadRequest(context, $"Invalid or missing level '{level}'.");
            LocationRecord? location = null;
            if (level == "LOCATION")
            {
                string? locationId = JsonBody.String(body, "locationId");
                if (locationId is null) return SimResults.BadRequest(context, "locationId is mandatory when level is LOCATION.");
                location = LocationsEndpoints.Resolve(context, state, locationId, out var locationError);
                if (location is null) return locationError!;
            }
            if (CheckName(context, store, JsonBody.String(body, "name"), location, null) is { } nameError) return nameError;
            if (store.Modes.Values.Count(m => m.Location == location) >= MaxModesPerLevel)
                return SimResults.BadRequest(context, $"At most {MaxModesPerLevel} operating modes can be defined at this level.");
            if (CheckSchedule(type, body, required: true) is { } scheduleError) return SimResults.BadRequest(context, scheduleError);
            if (CheckForwarding(body["callForwarding"]) is { } forwardError) return SimResults.BadRequest(context, forwardError);
            var mode = new ModeRecord(state.NewGuid(), type, location) { Name = JsonBody.String(body, "name")! };
            Apply(state, mode, body);
            store.Modes.Add(mode.Uuid, mode);
            return SimResults.Json(new JsonObject { ["id"] = mode.Id }, StatusCodes.Status201Created);
        }
    }

    /// <summary>Takes the schedule, holidays (replacing them) and forwarding a valid body sets.</summary>
    private static void Apply(SimulatorState state, ModeRecord mode, JsonObject body)
    {
        if (body["sameHoursDaily"] is JsonObject same) mode.SameHoursDaily = (JsonObject)same.DeepClone();
        if (body["differentHoursDaily"] is JsonObject different) mode.DifferentHoursDaily = (JsonObject)different.DeepClone();
        if (body["holidays"] is JsonArray holidays)
        {
            mode.Holidays.Clear();
            foreach (var h in holidays.OfType<JsonObject>())
            {
                var uuid = state.NewGuid();
                mode.Holidays.Add(uuid, StoredHoliday(h, uuid));
            }
        }
        if (body["callForwarding"] is JsonObject forwarding)
        {
            var merged = (JsonObject)mode.CallForwarding.DeepClone();
            foreach (var (key, value) in forwarding) merged[key] = value?.DeepClone();
            mode.CallForwarding = merged;
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, SimulatorState state, string modeId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context, allowEmpty: true).ConfigureAwait(false);
        if (body is null) return bodyError!;
        lock (state.Sync)
        {
            var mode = Find(context, state, modeId, out var error);
            if (mode is null) return error!;
            var store = state.Area<Store>();
            if (JsonBody.Has(body, "name") && CheckName(context, store, JsonBody.String(body, "name"), mode.Location, mode) is { } nameError)
                return nameError;
            if (CheckSchedule(mode.Type, body, required: false) is { } scheduleError) return SimResults.BadRequest(context, scheduleError);
            if (CheckForwarding(body["callForwarding"]) is { } forwardError) return SimResults.BadRequest(context, forwardError);
            if (JsonBody.String(body, "name") is { } name) mode.Name = name;
            Apply(state, mode, body);
            return SimResults.NoContent();
        }
    }

    private static IResult Delete(HttpContext context, SimulatorState state, string modeId)
    {
        lock (state.Sync)
        {
            var mode = Find(context, state, modeId, out var error);
            if (mode is null) return error!;
            state.Area<Store>().Modes.Remove(mode.Uuid);
            return SimResults.NoContent();
        }
    }

    // ---- holidays ------------------------------------------------------------------------------------------------

    private static JsonObject? FindHoliday(HttpContext context, ModeRecord mode, string holidayId, out Guid uuid, out IResult? error)
    {
        error = null;
        if (!WebexIds.TryDecode(holidayId, WebexIds.ScheduleEvent, out uuid))
        {
            error = SimResults.BadRequest(context, $"Invalid holiday id: '{holidayId}'.");
            return null;
        }
        if (mode.Holidays.TryGetValue(uuid, out var holiday)) return holiday;
        error = SimResults.NotFound(context, "Holiday not found.");
        return null;
    }

    private static async Task<IResult> CreateHolidayAsync(HttpContext context, SimulatorState state, string modeId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        lock (state.Sync)
        {
            var mode = Find(context, state, modeId, out var error);
            if (mode is null) return error!;
            if (mode.Type != "HOLIDAY") return SimResults.BadRequest(context, "Holidays can only be added to an operating mode of type HOLIDAY.");
            if (mode.Holidays.Count >= MaxHolidays) return SimResults.BadRequest(context, $"An operating mode has at most {MaxHolidays} holidays.");
            if (CheckHoliday(body) is { } holidayError) return SimResults.BadRequest(context, holidayError);
            if (mode.Holidays.Values.Any(h => string.Equals(JsonBody.String(h, "name"), JsonBody.String(body, "name"), StringComparison.OrdinalIgnoreCase)))
                return SimResults.Conflict(context, $"A holiday named '{JsonBody.String(body, "name")}' exists already.");
            var uuid = state.NewGuid();
            var holiday = StoredHoliday(body, uuid);
            mode.Holidays.Add(uuid, holiday);
            return SimResults.Json(new JsonObject { ["id"] = holiday["id"]!.DeepClone() }, StatusCodes.Status201Created);
        }
    }

    private static IResult HolidayDetails(HttpContext context, SimulatorState state, string modeId, string holidayId)
    {
        lock (state.Sync)
        {
            var mode = Find(context, state, modeId, out var error);
            if (mode is null) return error!;
            var holiday = FindHoliday(context, mode, holidayId, out _, out error);
            return holiday is null ? error! : SimResults.Json(holiday.DeepClone());
        }
    }

    /// <summary>A partial update: the fields sent replace the stored ones, then the whole holiday must be valid.</summary>
    private static async Task<IResult> UpdateHolidayAsync(HttpContext context, SimulatorState state, string modeId, string holidayId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context, allowEmpty: true).ConfigureAwait(false);
        if (body is null) return bodyError!;
        lock (state.Sync)
        {
            var mode = Find(context, state, modeId, out var error);
            if (mode is null) return error!;
            var holiday = FindHoliday(context, mode, holidayId, out var uuid, out error);
            if (holiday is null) return error!;
            var merged = (JsonObject)holiday.DeepClone();
            foreach (var (key, value) in body)
                if (key != "id") merged[key] = value?.DeepClone();
            if (CheckHoliday(merged) is { } holidayError) return SimResults.BadRequest(context, holidayError);
            if (mode.Holidays.Any(h => h.Key != uuid && string.Equals(JsonBody.String(h.Value, "name"), JsonBody.String(merged, "name"), StringComparison.OrdinalIgnoreCase)))
                return SimResults.Conflict(context, $"A holiday named '{JsonBody.String(merged, "name")}' exists already.");
            mode.Holidays[uuid] = StoredHoliday(merged, uuid);
            return SimResults.NoContent();
        }
    }

    private static IResult DeleteHoliday(HttpContext context, SimulatorState state, string modeId, string holidayId)
    {
        lock (state.Sync)
        {
            var mode = Find(context, state, modeId, out var error);
            if (mode is null) return error!;
            if (FindHoliday(context, mode, holidayId, out var uuid, out error) is null) return error!;
            mode.Holidays.Remove(uuid);
            return SimResults.NoContent();
        }
    }

    // ---- location views ------------------------------------------------------------------------------------------

    /// <summary>The modes a feature of the location can use: the organisation's and the location's own.</summary>
    private static IResult Available(HttpContext context, SimulatorState state, string locationId)
    {
        lock (state.Sync)
        {
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            var modes = state.Area<Store>().Modes.Values.Where(m => m.Location is null || m.Location == location)
                .OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase).Take(200)
                .Select(m => (JsonNode)new JsonObject { ["id"] = m.Id, ["name"] = m.Name }).ToArray();
            return SimResults.Json(new JsonObject { ["operatingModes"] = new JsonArray(modes) });
        }
    }

    /// <summary>The location's assigned numbers (its people's), with their owners: where a mode can forward calls.</summary>
    private static IResult ForwardNumbers(HttpContext context, SimulatorState state, string locationId)
    {
        var query = context.Request.Query;
        lock (state.Sync)
        {
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            string? ownerName = query["ownerName"], extension = query["extension"];
            var numbers = new List<JsonObject>();
            foreach (var p in state.People.Values.Where(p => p.Location == location))
            {
                if (ownerName is { Length: > 0 } && !$"{p.FirstName} {p.LastName} {p.DisplayName}".Contains(ownerName, StringComparison.OrdinalIgnoreCase)) continue;
                if (extension is { Length: > 0 } && p.Extension != extension) continue;
                foreach (var n in p.PhoneNumbers)
                {
                    var json = new JsonObject { ["phoneNumber"] = n.Value };
                    JsonBody.Put(json, "extension", p.Extension);
                    json["state"] = "ACTIVE";
                    json["isMainNumber"] = n.Value == location.MainNumber;
                    json["tollFreeNumber"] = false;
                    json["telephonyType"] = "PSTN_NUMBER";
                    json["isServiceNumber"] = false;
                    var owner = new JsonObject { ["id"] = p.Id, ["type"] = "PEOPLE" };
                    JsonBody.Put(owner, "firstName", p.FirstName);
                    JsonBody.Put(owner, "lastName", p.LastName);
                    json["owner"] = owner;
                    numbers.Add(json);
                }
            }
            numbers = PersonSettingsNumbers.FilterByPhoneNumber(numbers, query["phoneNumber"]);
            return Paging.Page(context, state, numbers, n => n, itemsKey: "phoneNumbers");
        }
    }
}
