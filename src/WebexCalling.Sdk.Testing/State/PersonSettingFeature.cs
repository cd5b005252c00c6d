using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace WebexCalling.Sdk.Testing.State;

/// <summary>
/// One plain person setting: a GET and a PUT on <see cref="Path"/> (relative to /v1, with <c>{personId}</c>), the
/// document a person has before changing it, the fields a PUT cannot change, and optional hooks.
/// </summary>
/// <param name="Path">The route, e.g. <c>/people/{personId}/features/callWaiting</c>.</param>
/// <param name="Default">The answer for a person who never changed the setting (built per person: names, numbers).</param>
/// <param name="ReadOnly">Dotted paths of fields a PUT ignores (e.g. <c>callForwarding.noAnswer.systemMaxNumberOfRings</c>).</param>
/// <param name="Prepare">Rewrites a PUT body into the stored shape (ids into members, renamed fields), or answers an error.</param>
/// <param name="Decorate">Adds computed fields to the answer of a GET (e.g. the criteria of a selective setting).</param>
/// <param name="PutStatus">200 where the reference answers the PUT with the new settings, else 204.</param>
internal sealed record PersonSettingFeature(
    string Path,
    Func<SimulatorState, SettingsOwnerRecord, JsonObject> Default,
    string[]? ReadOnly = null,
    Func<HttpContext, SimulatorState, SettingsOwnerRecord, JsonObject, IResult?>? Prepare = null,
    Action<SimulatorState, SettingsOwnerRecord, JsonObject>? Decorate = null,
    int PutStatus = StatusCodes.Status204NoContent)
{
    /// <summary>A short name for the feature: the path after the person id.</summary>
    public string Name => Path[(Path.IndexOf("{personId}", StringComparison.Ordinal) + "{personId}".Length)..].TrimStart('/');

    public override string ToString() => Path;
}
