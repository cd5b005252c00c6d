using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// The voice portal of each location (location-call-settings-voicemail.yml): settings (GET/PUT, partial), the admin
/// passcode (write-only: checked against the passcode rules and kept, never answered), the rules, and the numbers the
/// portal can take. A location that never changed its portal answers the defaults.
/// </summary>
internal static class VoicePortalEndpoints
{
    private const string Portal = "/telephony/config/locations/{locationId}/voicePortal";

    /// <summary>The announcement languages a portal may use, with the names Webex answers.</summary>
    private static readonly Dictionary<string, string> Languages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en_us"] = "English", ["en_gb"] = "UK English", ["en_au"] = "Australian English", ["es_es"] = "Spanish",
        ["es_mx"] = "Latin American Spanish", ["fr_fr"] = "French", ["fr_ca"] = "Canadian French", ["de_de"] = "German",
        ["it_it"] = "Italian", ["pt_br"] = "Brazilian Portuguese", ["ja_jp"] = "Japanese", ["nl_nl"] = "Dutch",
    };

    /// <summary>
    /// The passcode rules every location answers: the reference's example, except the length, which the example gives
    /// as 3 to 3; the simulator uses 6 to 30, the voicemail passcode length the reference documents elsewhere.
    /// </summary>
    private static readonly JsonObject Rules = new()
    {
        ["expirePasscode"] = new JsonObject { ["enabled"] = true, ["numberOfDays"] = 180 },
        ["failedAttempts"] = new JsonObject { ["enabled"] = true, ["attempts"] = 3 },
        ["blockPreviousPasscodes"] = new JsonObject { ["enabled"] = true, ["numberOfPasscodes"] = 10 },
        ["blockRepeatedDigits"] = new JsonObject { ["enabled"] = true, ["max"] = 3 },
        ["blockContiguousSequences"] = new JsonObject { ["enabled"] = true, ["numberOfAscendingDigits"] = 3, ["numberOfDescendingDigits"] = 3 },
        ["length"] = new JsonObject { ["min"] = 6, ["max"] = 30 },
        ["blockRepeatedPatternsEnabled"] = true,
        ["blockUserNumberEnabled"] = true,
        ["blockReversedUserNumberEnabled"] = true,
        ["blockReversedOldPasscodeEnabled"] = true,
    };

    private const int MinLength = 6, MaxLength = 30, MaxRepeated = 3, MaxSequence = 3, PreviousBlocked = 10;

    /// <summary>Each location's portal (created with the defaults on first use) and the passcodes it had.</summary>
    internal sealed class Store
    {
        public Dictionary<Guid, JsonObject> Settings { get; } = [];
        public Dictionary<Guid, List<string>> Passcodes { get; } = [];
    }

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet(Portal, (HttpContext context, string locationId) => Read(context, state, locationId));
        app.MapPut(Portal, (HttpContext context, string locationId) => UpdateAsync(context, state, locationId));
        app.MapGet($"{Portal}/passcodeRules", (HttpContext context, string locationId) => PasscodeRules(context, state, locationId));
        app.MapGet($"{Portal}/availableNumbers", (HttpContext context, string locationId) => AvailableNumbers(context, state, locationId));
    }

    /// <summary>
    /// The defaults of a location's portal. Its id is derived from the location's (not drawn from the random source),
    /// so that reading a portal changes no other seeded id.
    /// </summary>
    private static JsonObject Defaults(LocationRecord location)
    {
        var bytes = location.Uuid.ToByteArray();
        for (int i = 0; i < 8; i++) bytes[i] ^= 0x5A;
        var id = WebexIds.Encode("VOICEMAIL_GROUP", new Guid(bytes));
        return new JsonObject
        {
            ["id"] = id,
            ["name"] = $"{location.Name} Voice Portal",
            ["language"] = "English",
            ["languageCode"] = "en_us",
            ["firstName"] = "Voice",
            ["lastName"] = "Portal",
            ["directLineCallerIdName"] = new JsonObject { ["selection"] = "DISPLAY_NAME" },
            ["dialByName"] = $"{location.Name} Voice Portal",
        };
    }

    private static JsonObject Current(SimulatorState state, LocationRecord location)
    {
        var store = state.Area<Store>();
        if (!store.Settings.TryGetValue(location.Uuid, out var settings)) store.Settings[location.Uuid] = settings = Defaults(location);
        return settings;
    }

    private static IResult Read(HttpContext context, SimulatorState state, string locationId)
    {
        lock (state.Sync)
        {
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            return location is null ? error! : SimResults.Json(Current(state, location).DeepClone());
        }
    }

    private static IResult PasscodeRules(HttpContext context, SimulatorState state, string locationId)
    {
        lock (state.Sync)
        {
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            return location is null ? error! : SimResults.Json(Rules.DeepClone());
        }
    }

    /// <summary>The location's free numbers, without the one the portal has.</summary>
    private static IResult AvailableNumbers(HttpContext context, SimulatorState state, string locationId)
    {
        lock (state.Sync)
        {
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            string? own = JsonBody.String(Current(state, location), "phoneNumber");
            var numbers = PersonSettingsNumbers.FreeNumbers(state, location).Where(n => n != own).Select(n => new JsonObject
            {
                ["phoneNumber"] = n,
                ["state"] = "ACTIVE",
                ["isMainNumber"] = false,
                ["tollFreeNumber"] = false,
                ["telephonyType"] = "PSTN_NUMBER",
                ["isServiceNumber"] = false,
            }).ToList();
            numbers = PersonSettingsNumbers.FilterByPhoneNumber(numbers, context.Request.Query["phoneNumber"]);
            return Paging.Page(context, state, numbers, n => n, itemsKey: "phoneNumbers");
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, SimulatorState state, string locationId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context, allowEmpty: true).ConfigureAwait(false);
        if (body is null) return bodyError!;
        lock (state.Sync)
        {
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            var settings = (JsonObject)Current(state, location).DeepClone();
            if (Check(state, location, settings, body) is { } problem) return SimResults.BadRequest(context, problem);
            string? passcode = null;
            if (body["passcode"] is JsonNode node)
            {
                if (node is not JsonObject p) return SimResults.BadRequest(context, "passcode must be an object.");
                passcode = JsonBody.String(p, "newPasscode");
                if (passcode is null || passcode != JsonBody.String(p, "confirmPasscode"))
                    return SimResults.BadRequest(context, "newPasscode and confirmPasscode must be given and match.");
                if (CheckPasscode(state, location, settings, passcode) is { } passcodeProblem) return SimResults.BadRequest(context, passcodeProblem);
            }
            foreach (string key in new[] { "name", "languageCode", "extension", "phoneNumber", "firstName", "lastName", "dialByName" })
            {
                if (!body.ContainsKey(key)) continue;
                // null or empty clears the field, as the reference says of dialByName and customName
                if (JsonBody.String(body, key) is { Length: > 0 } value) settings[key] = value;
                else settings.Remove(key);
            }
            if (JsonBody.String(settings, "languageCode") is { } code) settings["language"] = Languages[code];
            if (body["directLineCallerIdName"] is JsonObject caller)
            {
                var merged = settings["directLineCallerIdName"] as JsonObject ?? [];
                foreach (var (key, value) in caller)
                {
                    if (value is null || (key == "customName" && JsonBody.Text(value) is "")) merged.Remove(key);
                    else merged[key] = value.DeepClone();
                }
                settings["directLineCallerIdName"] = merged;
            }
            state.Area<Store>().Settings[location.Uuid] = settings;
            if (passcode is not null)
            {
                var history = state.Area<Store>().Passcodes.TryGetValue(location.Uuid, out var h) ? h : state.Area<Store>().Passcodes[location.Uuid] = [];
                history.Add(passcode);
            }
            return SimResults.NoContent();
        }
    }

    /// <summary>The settings fields of an update: known language, unique extension, a free number, allowed characters.</summary>
    private static string? Check(SimulatorState state, LocationRecord location, JsonObject current, JsonObject body)
    {
        if (body.ContainsKey("name") && JsonBody.String(body, "name") is not { Length: > 0 and <= 30 })
            return "The voice portal name must be 1 to 30 characters.";
        if (JsonBody.String(body, "languageCode") is { } code && !Languages.ContainsKey(code))
            return $"Unsupported languageCode '{code}'.";
        if (JsonBody.String(body, "extension") is { Length: > 0 } extension)
        {
            if (extension.Length is < 2 or > 10 || !extension.All(char.IsAsciiDigit)) return "The extension must be 2 to 10 digits.";
            if (state.People.Values.Any(p => p.Location == location && p.Extension == extension))
                return $"The extension {extension} is already in use in the location.";
        }
        if (JsonBody.String(body, "phoneNumber") is { Length: > 0 } number && number != JsonBody.String(current, "phoneNumber")
            && !PersonSettingsNumbers.FreeNumbers(state, location).Contains(number))
            return $"The phone number {number} is not an unassigned number of the location.";
        if (JsonBody.String(body, "dialByName") is { } dialByName && dialByName.IndexOfAny(['%', '+', '\\', '"']) >= 0)
            return "dialByName must not contain %, +, \\ or \".";
        if (body["directLineCallerIdName"] is JsonObject caller)
        {
            string? selection = JsonBody.String(caller, "selection") ?? JsonBody.String(current["directLineCallerIdName"] as JsonObject ?? [], "selection");
            if (selection is not (null or "CUSTOM_NAME" or "DISPLAY_NAME")) return $"Invalid directLineCallerIdName.selection '{selection}'.";
            if (selection == "CUSTOM_NAME" && string.IsNullOrEmpty(JsonBody.String(caller, "customName")))
                return "directLineCallerIdName.customName is required when selection is CUSTOM_NAME.";
        }
        return null;
    }

    /// <summary>The passcode rules: length, digits, runs, sequences, patterns, the portal's numbers, earlier passcodes.</summary>
    private static string? CheckPasscode(SimulatorState state, LocationRecord location, JsonObject settings, string passcode)
    {
        if (passcode.Length is < MinLength or > MaxLength || !passcode.All(char.IsAsciiDigit))
            return $"The passcode must be {MinLength} to {MaxLength} digits.";
        // the rule broken first, reading the digits from the left (a repeated digit before a run at the same digit)
        int repeated = Passcodes.FirstRunBeyond(passcode, 0, MaxRepeated);
        int[] runs = [Passcodes.FirstRunBeyond(passcode, 1, MaxSequence), Passcodes.FirstRunBeyond(passcode, -1, MaxSequence)];
        int sequence = runs.Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (repeated >= 0 && (sequence < 0 || repeated <= sequence))
            return $"The passcode may not repeat a digit more than {MaxRepeated} times in a row.";
        if (sequence >= 0) return $"The passcode may not contain more than {MaxSequence} ascending or descending digits in a row.";
        if (Passcodes.IsRepeatedPattern(passcode)) return "The passcode may not be a repeated pattern.";
        var numbers = new[] { JsonBody.String(settings, "extension"), JsonBody.String(settings, "phoneNumber")?.TrimStart('+') }
            .Where(n => n is { Length: > 0 }).Select(n => n!).ToList();
        if (numbers.Any(n => n.Contains(passcode, StringComparison.Ordinal) || passcode.Contains(n, StringComparison.Ordinal)))
            return "The passcode may not contain the voice portal's phone number or extension.";
        if (numbers.Any(n => Reverse(n).Contains(passcode, StringComparison.Ordinal) || passcode.Contains(Reverse(n), StringComparison.Ordinal)))
            return "The passcode may not contain the voice portal's phone number or extension reversed.";
        if (state.Area<Store>().Passcodes.TryGetValue(location.Uuid, out var history))
        {
            if (history.TakeLast(PreviousBlocked).Contains(passcode)) return $"The passcode may not be one of the last {PreviousBlocked} passcodes.";
            if (history.Count > 0 && Reverse(history[^1]) == passcode) return "The passcode may not be the old passcode reversed.";
        }
        return null;
    }

    private static string Reverse(string value)
    {
        var chars = value.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }
}
