using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.CallQueue;

/// <summary>
/// Walks an SDK model and lists the JSON fields that landed in an <c>ExtensionData</c> bag: fields the simulator sent
/// that the SDK's model does not know (a shape disagreement between the two).
/// </summary>
internal static class UnknownFields
{
    public static List<string> Of(object? model)
    {
        var found = new List<string>();
        Walk(model, "", found, 0);
        return found;
    }

    private static void Walk(object? value, string path, List<string> found, int depth)
    {
        if (value is null || depth > 10) return;
        var type = value.GetType();
        if (type.IsPrimitive || value is string || value is JsonElement || value is DateTimeOffset) return;
        if (value is IEnumerable items and not IDictionary)
        {
            int i = 0;
            foreach (var item in items) Walk(item, $"{path}[{i++}]", found, depth + 1);
            return;
        }
        if (type.Namespace?.StartsWith("WebexCalling.Sdk", StringComparison.Ordinal) != true) return;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0) continue;
            var child = property.GetValue(value);
            if (property.Name == "ExtensionData")
            {
                if (child is Dictionary<string, JsonElement> bag)
                    found.AddRange(bag.Keys.Select(k => $"{path}.{k}".TrimStart('.')));
                continue;
            }
            if (!property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is null) Walk(child, $"{path}.{property.Name}", found, depth + 1);
        }
    }
}
