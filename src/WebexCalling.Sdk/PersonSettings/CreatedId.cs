using System.Text.Json;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>Reads the <c>{"id": "…"}</c> answer of a create (or a rename, which changes the id).</summary>
internal static class CreatedId
{
    internal static string Of(JsonElement answer) =>
        SettingsResponseFields.String(answer, "id") ?? throw new JsonException("The answer carries no id.");
}
