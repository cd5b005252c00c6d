using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// The organisation's Microsoft Teams settings (<c>GET/PUT /telephony/config/settings/msTeams</c>). A PUT sets one
/// setting (<c>HIDE_WEBEX_APP</c> or <c>PRESENCE_SYNC</c>) to a boolean; until one is set the answer's level is
/// <c>GLOBAL</c> (Webex's defaults), afterwards <c>ORGANIZATION</c>.
/// </summary>
internal static class MsTeamsEndpoints
{
    private const string Path = "/telephony/config/settings/msTeams";

    private static readonly string[] Names = ["HIDE_WEBEX_APP", "PRESENCE_SYNC"];

    private sealed class MsTeamsStore
    {
        /// <summary>The settings the organisation set, by name: value and when.</summary>
        public Dictionary<string, (bool Value, DateTimeOffset Modified)> Set { get; } = new(StringComparer.Ordinal);
    }

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet(Path, (HttpContext context) => Read(context, state));
        app.MapPut(Path, (Delegate)((HttpContext context) => UpdateAsync(context, state)));
    }

    private static IResult Read(HttpContext context, SimulatorState state)
    {
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            var set = state.Area<MsTeamsStore>().Set;
            var settings = new JsonArray();
            foreach (string name in Names)
            {
                bool isSet = set.TryGetValue(name, out var entry);
                settings.Add(new JsonObject
                {
                    ["settingName"] = name,
                    ["level"] = isSet ? "ORGANIZATION" : "GLOBAL",
                    // Webex's defaults: the Webex App shows, presence is synced
                    ["value"] = isSet ? entry.Value : name == "PRESENCE_SYNC",
                    ["lastModified"] = (isSet ? entry.Modified : SimulatorState.SeedEpoch).UtcDateTime
                        .ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
                });
            }
            return SimResults.Json(new JsonObject
            {
                ["level"] = set.Count == 0 ? "GLOBAL" : "ORGANIZATION",
                ["orgId"] = state.OrgId,
                ["settings"] = settings,
            });
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        lock (state.Sync)
        {
            if (LocationsEndpoints.CheckOrg(context, state) is { } orgError) return orgError;
            if (body is null) return bodyError!;
            string? name = JsonBody.String(body, "settingName");
            if (name is null || Array.IndexOf(Names, name) < 0)
                return SimResults.BadRequest(context, "Missing or invalid field: settingName (HIDE_WEBEX_APP or PRESENCE_SYNC).");
            if (JsonBody.Bool(body, "value") is not { } value)
                return SimResults.BadRequest(context, "Missing or invalid field: value (true or false).");
            state.Area<MsTeamsStore>().Set[name] = (value, state.Time.GetUtcNow());
        }
        return SimResults.NoContent();
    }
}
