using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;
using static WebexCalling.Sdk.Testing.Endpoints.LocationFeatures;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// Voicemail groups (<c>/telephony/config/voicemailGroups</c> organisation-wide, CRUD and available numbers per
/// location). The passcode is kept but never answered, as in Webex; the extension is unique in the location and the
/// phone and fax numbers unused elsewhere.
/// </summary>
internal static class VoicemailGroupEndpoints
{
    private const string Groups = "/telephony/config/locations/{locationId}/voicemailGroups";
    private const string NotFound = "Voicemail group not found.";
    private static readonly string[] Required =
        ["name", "extension", "passcode", "languageCode", "messageStorage", "notifications", "faxMessage", "transferToNumber", "emailCopyOfMessage"];
    private static readonly string[] Fields =
        ["name", "phoneNumber", "extension", "firstName", "lastName", "enabled", "languageCode", "greeting", "greetingDescription",
         "messageStorage", "notifications", "faxMessage", "transferToNumber", "emailCopyOfMessage", "directLineCallerIdName", "dialByName"];

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet("/telephony/config/voicemailGroups", (HttpContext context) =>
        {
            lock (state.Sync)
            {
                if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
                var groups = ByName(context, ByLocationAndNumber(context, state.Area<LocationFeatureStore>().Items(VoicemailGroup)));
                return Paging.Page(context, state, groups, Listed, itemsKey: "voicemailGroups");
            }
        });
        app.MapPost(Groups, (HttpContext context, string locationId) => SaveAsync(context, state, locationId, null));
        app.MapGet(Groups + "/availableNumbers", (HttpContext context, string locationId) => FreeNumbers(context, state, locationId));
        app.MapGet(Groups + "/faxMessage/availableNumbers", (HttpContext context, string locationId) => FreeNumbers(context, state, locationId));
        app.MapGet(Groups + "/{voicemailGroupId}", (HttpContext context, string locationId, string voicemailGroupId) =>
        {
            lock (state.Sync)
            {
                var group = Find(context, state, VoicemailGroup, locationId, voicemailGroupId, NotFound, out var error);
                return group is null ? error! : SimResults.Json(Details(group));
            }
        });
        app.MapPut(Groups + "/{voicemailGroupId}", (HttpContext context, string locationId, string voicemailGroupId) =>
            SaveAsync(context, state, locationId, voicemailGroupId));
        app.MapDelete(Groups + "/{voicemailGroupId}", (HttpContext context, string locationId, string voicemailGroupId) =>
        {
            lock (state.Sync)
            {
                var group = Find(context, state, VoicemailGroup, locationId, voicemailGroupId, NotFound, out var error);
                if (group is null) return error!;
                state.Area<LocationFeatureStore>().Items(VoicemailGroup).Remove(group);
                return SimResults.NoContent();
            }
        });
    }

    private static JsonObject Listed(LocationFeatureRecord g)
    {
        var json = new JsonObject { ["id"] = g.Id, ["name"] = g.Name, ["locationName"] = g.Location.Name, ["locationId"] = g.Location.Id };
        JsonBody.Put(json, "phoneNumber", g.PhoneNumber);
        JsonBody.Put(json, "extension", g.Extension);
        json["enabled"] = g.Body["enabled"]?.DeepClone() ?? true;
        json["tollFreeNumber"] = false;
        return json;
    }

    private static JsonObject Details(LocationFeatureRecord g)
    {
        var json = new JsonObject { ["id"] = g.Id };
        foreach (var (name, value) in g.Body) json[name] = value?.DeepClone();
        json["tollFreeNumber"] = false;
        json["greetingUploaded"] = false;
        json["voiceMessageForwardingEnabled"] = true;
        return json;
    }

    /// <summary>What a new group holds before the create body is merged over it (the shape of the reference's answer).</summary>
    private static JsonObject Defaults() => new()
    {
        ["name"] = "",
        ["extension"] = "",
        ["firstName"] = "",
        ["lastName"] = "",
        ["enabled"] = true,
        ["languageCode"] = "en_us",
        ["greeting"] = "DEFAULT",
        ["messageStorage"] = new JsonObject { ["storageType"] = "INTERNAL" },
        ["notifications"] = new JsonObject { ["enabled"] = false },
        ["faxMessage"] = new JsonObject { ["enabled"] = false },
        ["transferToNumber"] = new JsonObject { ["enabled"] = false },
        ["emailCopyOfMessage"] = new JsonObject { ["enabled"] = false },
        ["directLineCallerIdName"] = new JsonObject { ["selection"] = "DISPLAY_NAME" },
    };

    private static async Task<IResult> SaveAsync(HttpContext context, SimulatorState state, string locationId, string? voicemailGroupId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
            if (location is null) return error!;
            LocationFeatureRecord? group = null;
            if (voicemailGroupId is not null)
            {
                group = Find(context, state, VoicemailGroup, locationId, voicemailGroupId, NotFound, out error);
                if (group is null) return error!;
            }
            if (body is null) return bodyError!;
            if (group is null && Required.Where(f => body[f] is null).ToList() is { Count: > 0 } missing)
                return SimResults.BadRequest(context, $"Missing required field(s): {string.Join(", ", missing)}.");
            string? passcode = JsonBody.String(body, "passcode");
            if (body.ContainsKey("passcode") && passcode is not { Length: >= 4 and <= 30 } || (passcode is not null && !passcode.All(char.IsAsciiDigit)))
                return SimResults.BadRequest(context, "Invalid value for field 'passcode': 4 to 30 digits.");
            if (JsonBody.String(body, "extension") is "") return SimResults.BadRequest(context, "Invalid value for field 'extension'.");
            var merged = (JsonObject)(group?.Body ?? Defaults()).DeepClone();
            if (Merge(context, merged, body, Defaults(), Fields) is { } mergeError) return mergeError;
            if (CheckNumbers(context, state, location, body, group) is { } numberError) return numberError;

            bool created = group is null;
            group ??= new LocationFeatureRecord(VoicemailGroup, WebexIds.Encode(VoicemailGroup, state.NewGuid()), location);
            if (created)
            {
                if (JsonBody.String(merged, "firstName") is "") merged["firstName"] = merged["name"]!.DeepClone();
                if (JsonBody.String(merged, "lastName") is "") merged["lastName"] = ".";
            }
            group.Body = merged;
            if (passcode is not null) group.Secret = passcode;
            if (!created) return SimResults.NoContent();
            state.Area<LocationFeatureStore>().Items(VoicemailGroup).Add(group);
            return SimResults.Json(new JsonObject { ["id"] = group.Id }, StatusCodes.Status201Created);
        }
    }

    /// <summary>Per demo location: a shared voicemail box (extension n086) whose notifications go to one of its people.</summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        foreach (var location in demo.Locations)
        {
            var people = demo.People.Where(p => p.Location == location).ToList();
            if (people.FirstOrDefault()?.Extension is not { Length: > 2 } first) continue;
            var group = new LocationFeatureRecord(VoicemailGroup, WebexIds.Encode(VoicemailGroup, state.NewGuid()), location);
            var body = Defaults();
            body["name"] = $"{location.Name} voicemail";
            body["extension"] = first[..^2] + "86";
            body["firstName"] = location.Name;
            body["lastName"] = "Voicemail";
            var notified = CallParkEndpoints.Draw(state, people, 1)[0];
            body["notifications"] = new JsonObject { ["enabled"] = true, ["destination"] = notified.Emails.FirstOrDefault() };
            group.Body = body;
            group.Secret = LocationFeatures.Digits(100000 + state.Random.Next(900000));
            state.Area<LocationFeatureStore>().Items(VoicemailGroup).Add(group);
        }
    }
}
