using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// The organisation's voicemail passcode rules (<c>GET/PUT /telephony/config/voicemail/rules</c>), seeded with the
/// reference's example. A PUT is validated as the reference documents it: passcode expiry 15 to 100 days, changes 1
/// to 7 days apart, 1 to 10 previous passcodes blocked; a default passcode must satisfy the passcode rules (digits,
/// length, repeated digits, ascending and descending runs, repeated patterns), and switching the default passcode on
/// needs one. The passcode requirements themselves are informational and cannot be changed; the passcode is never
/// answered. Nothing changes when a PUT is refused.
/// </summary>
internal static class VoicemailRulesEndpoints
{
    private const string Path = "/telephony/config/voicemail/rules";

    // the reference's example answer (calling-service-settings.yml, Get Voicemail Rules)
    private const string Seed = """
        {
          "defaultVoicemailPinRules": {
            "blockRepeatedPatternsEnabled": true,
            "blockRepeatedDigits": { "enabled": true, "max": 3 },
            "blockContiguousSequences": { "enabled": true, "numberOfAscendingDigits": 3, "numberOfDescendingDigits": 3 },
            "length": { "min": 6, "max": 30 },
            "defaultVoicemailPinEnabled": true
          },
          "expirePasscode": { "enabled": true, "numberOfDays": 100 },
          "changePasscode": { "enabled": true, "numberOfDays": 1 },
          "blockPreviousPasscodes": { "enabled": false, "numberOfPasscodes": 10 }
        }
        """;

    private sealed class VoicemailRulesStore
    {
        public JsonObject Rules { get; set; } = (JsonObject)JsonNode.Parse(Seed)!;

        /// <summary>The default passcode (the reference's example rules have it on); never answered.</summary>
        public string? DefaultPin { get; set; } = "740816";
    }

    // the documented ranges of the numbers a PUT sets: (object, field, min, max)
    private static readonly (string Parent, string Field, int Min, int Max)[] Ranges =
    [
        ("expirePasscode", "numberOfDays", 15, 100),
        ("changePasscode", "numberOfDays", 1, 7),
        ("blockPreviousPasscodes", "numberOfPasscodes", 1, 10),
    ];

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet(Path, (HttpContext context) =>
        {
            lock (state.Sync)
            {
                if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
                return SimResults.Json(state.Area<VoicemailRulesStore>().Rules.DeepClone());
            }
        });
        app.MapPut(Path, (Delegate)((HttpContext context) => UpdateAsync(context, state)));
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            if (body is null) return bodyError!;
            var store = state.Area<VoicemailRulesStore>();
            var rules = (JsonObject)store.Rules.DeepClone();
            foreach (string part in new[] { "expirePasscode", "changePasscode", "blockPreviousPasscodes" })
            {
                if (!body.ContainsKey(part)) continue;
                if (body[part] is not JsonObject given) return SimResults.BadRequest(context, $"Invalid value for field '{part}'.");
                var target = (JsonObject)rules[part]!;
                foreach (var (name, value) in given)
                {
                    if (name == "enabled")
                    {
                        if (JsonBody.Bool(given, name) is not { } enabled) return SimResults.BadRequest(context, $"Invalid value for field '{part}.enabled'.");
                        target[name] = enabled;
                    }
                    else if (Ranges.FirstOrDefault(r => r.Parent == part && r.Field == name) is { Parent: not null } range)
                    {
                        if (JsonBody.Int(given, name) is not { } number || number < range.Min || number > range.Max)
                            return SimResults.BadRequest(context, $"{part}.{name} must be between {range.Min} and {range.Max}.");
                        target[name] = number;
                    }
                }
            }
            var pinRules = (JsonObject)rules["defaultVoicemailPinRules"]!;
            string? pin = store.DefaultPin;
            if (body.ContainsKey("defaultVoicemailPin"))
            {
                pin = JsonBody.String(body, "defaultVoicemailPin");
                string? problem = pin is null ? "not a string." : PinProblem(pin, pinRules);
                if (problem is not null) return SimResults.BadRequest(context, "Invalid defaultVoicemailPin: " + problem);
            }
            if (body.ContainsKey("defaultVoicemailPinEnabled"))
            {
                if (JsonBody.Bool(body, "defaultVoicemailPinEnabled") is not { } enabled)
                    return SimResults.BadRequest(context, "Invalid value for field 'defaultVoicemailPinEnabled'.");
                if (enabled && pin is null)
                    return SimResults.BadRequest(context, "defaultVoicemailPin is required to enable the default voicemail passcode.");
                pinRules["defaultVoicemailPinEnabled"] = enabled;
            }
            store.Rules = rules;
            store.DefaultPin = pin;
        }
        return SimResults.NoContent();
    }

    /// <summary>Why a passcode breaks the rules, or null when it satisfies them.</summary>
    private static string? PinProblem(string pin, JsonObject rules)
    {
        if (pin.Length == 0 || !pin.All(char.IsAsciiDigit)) return "only digits are allowed.";
        var length = rules["length"] as JsonObject ?? [];
        int min = JsonBody.Int(length, "min") ?? 6, max = JsonBody.Int(length, "max") ?? 30;
        if (pin.Length < min || pin.Length > max) return $"the passcode must have {min} to {max} digits.";
        if (rules["blockRepeatedDigits"] is JsonObject repeated && JsonBody.Bool(repeated, "enabled") == true
            && JsonBody.Int(repeated, "max") is { } maxRepeated && Passcodes.FirstRunBeyond(pin, 0, maxRepeated) >= 0)
            return $"a digit may repeat at most {maxRepeated} times in a row.";
        if (rules["blockContiguousSequences"] is JsonObject sequences && JsonBody.Bool(sequences, "enabled") == true)
        {
            if (JsonBody.Int(sequences, "numberOfAscendingDigits") is { } up && Passcodes.FirstRunBeyond(pin, 1, up) >= 0)
                return $"at most {up} ascending digits in a row are allowed.";
            if (JsonBody.Int(sequences, "numberOfDescendingDigits") is { } down && Passcodes.FirstRunBeyond(pin, -1, down) >= 0)
                return $"at most {down} descending digits in a row are allowed.";
        }
        if (JsonBody.Bool(rules, "blockRepeatedPatternsEnabled") == true && Passcodes.IsRepeatedPattern(pin))
            return "repeated patterns (such as 121212 or 123123) are not allowed.";
        return null;
    }
}
