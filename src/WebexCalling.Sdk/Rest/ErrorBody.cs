using System.Text.Json;

namespace WebexCalling.Sdk.Rest;

/// <summary>Reads Webex's error answer leniently: whatever shape it has, the caller gets text, never an exception.</summary>
internal static class ErrorBody
{
    internal const int MaxQuotedLength = 1024;

    internal static (string? Message, List<WebexErrorDetail> Errors, string? TrackingId) Parse(string? body)
    {
        var errors = new List<WebexErrorDetail>();
        if (string.IsNullOrWhiteSpace(body)) return (null, errors, null);
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (Shorten(body), errors, null);
            string? message = Text(root, "message");
            string? trackingId = Text(root, "trackingId") ?? Text(root, "trackingID");
            int? topCode = Code(root, "errorCode");
            if (root.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array)
                AddAll(list, errors);
            // an older telephony shape: {"error": {"key": "400", "message": [{"description": ..., "code": ...}]}}
            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                if (error.TryGetProperty("message", out var inner) && inner.ValueKind == JsonValueKind.Array)
                    AddAll(inner, errors);
                message ??= Text(error, "message");
            }
            else
            {
                message ??= Text(root, "error") ?? Text(root, "error_description");
            }
            if (errors.Count == 0 && topCode is not null && message is not null)
                errors.Add(new WebexErrorDetail(message, topCode));
            return (message, errors, trackingId);
        }
        catch (JsonException)
        {
            return (Shorten(body), errors, null);
        }
    }

    internal static string Shorten(string text)
    {
        text = text.Trim();
        return text.Length <= MaxQuotedLength ? $"\"{text}\"" : $"\"{text[..MaxQuotedLength]}…\" ({text.Length} characters)";
    }

    private static void AddAll(JsonElement list, List<WebexErrorDetail> into)
    {
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object) continue;
            string? description = Text(item, "description") ?? Text(item, "message");
            if (description is not null) into.Add(new WebexErrorDetail(description, Code(item, "errorCode") ?? Code(item, "code")));
        }
    }

    private static string? Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Code(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int n)) return n;
        if (v.ValueKind == JsonValueKind.String && int.TryParse(v.GetString(), System.Globalization.NumberStyles.Integer,
                System.Globalization.CultureInfo.InvariantCulture, out n)) return n;
        return null;
    }
}
