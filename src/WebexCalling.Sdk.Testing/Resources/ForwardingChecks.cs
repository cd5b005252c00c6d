using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WebexCalling.Sdk.Testing.Resources;

/// <summary>
/// What Webex refuses in an owner's call forwarding (people, workspaces, virtual lines: <c>…/features/callForwarding</c>)
/// after a write is merged: an enabled rule without a destination, a destination that is not a phone number or an
/// extension, a ring count outside 2–20.
/// </summary>
internal static partial class ForwardingChecks
{
    private static readonly string[] Rules = ["always", "busy", "noAnswer"];

    /// <summary>The reason the merged document is refused, or null when it is acceptable.</summary>
    public static string? Check(string routePath, JsonObject document)
    {
        if (!routePath.EndsWith("/callForwarding", StringComparison.Ordinal)
            || !(routePath.StartsWith("/people/", StringComparison.Ordinal) || routePath.StartsWith("/workspaces/", StringComparison.Ordinal)
                || routePath.StartsWith("/telephony/config/virtualLines/", StringComparison.Ordinal)))
            return null;
        var rules = Rules.Select(name => ($"callForwarding.{name}", document["callForwarding"]?[name] as JsonObject))
            .Append(("businessContinuity", document["businessContinuity"] as JsonObject));
        foreach (var (name, rule) in rules)
        {
            if (rule is null) continue;
            string destination = rule["destination"] is JsonValue d && d.TryGetValue(out string? text) ? text.Trim() : "";
            bool enabled = rule["enabled"] is JsonValue e && e.TryGetValue(out bool on) && on;
            if (enabled && destination.Length == 0)
                return $"{name}.destination is required when {name} is enabled.";
            if (destination.Length > 0 && !Destination().IsMatch(destination))
                return $"Invalid {name}.destination '{destination}': enter a phone number (E.164 such as +14085550123) or an extension.";
            if (rule["numberOfRings"] is JsonValue r && r.TryGetValue(out int rings) && rings is < 2 or > 20)
                return $"{name}.numberOfRings must be between 2 and 20.";
        }
        return null;
    }

    // a phone number (optionally E.164 with +), an extension, or a routing prefix + extension; dashes and spaces allowed
    [GeneratedRegex(@"^\+?[0-9][0-9 \-]{1,30}$")]
    private static partial Regex Destination();
}
