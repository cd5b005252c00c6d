using System.Text;

namespace WebexCalling.Sdk.Testing.Infrastructure;

/// <summary>
/// Webex ids: <c>ciscospark://us/PEOPLE/&lt;uuid&gt;</c> as base64url without padding, the shape of the ids in the
/// official reference's examples.
/// </summary>
internal static class WebexIds
{
    public const string People = "PEOPLE";
    public const string Location = "LOCATION";
    public const string Workspace = "PLACE";
    public const string VirtualLine = "VIRTUAL_LINE";
    public const string Organization = "ORGANIZATION";
    public const string Role = "ROLE";
    public const string License = "LICENSE";
    public const string Floor = "WORKSPACE_LOCATION_FLOOR";
    public const string Application = "APPLICATION";
    public const string CallQueue = "CALL_QUEUE";
    public const string Schedule = "SCHEDULE";
    public const string ScheduleEvent = "SCHEDULE_EVENT";
    public const string Criteria = "CRITERIA";
    public const string DigitPattern = "DIGIT_PATTERN";
    public const string SingleNumberReach = "SINGLE_NUMBER_REACH";
    public const string CallForwardingRule = "CALL_FORWARDING_SELECTIVE_RULE";
    public const string Dnis = "DNIS";
    public const string AnnouncementFile = "ANNOUNCEMENT_FILE";
    public const string Call = "CALL";
    public const string VoiceMessage = "MESSAGE";
    public const string Webhook = "WEBHOOK";

    /// <summary>The cluster part of most ids; floors use a longer one, as in the reference example.</summary>
    public static string ClusterOf(string kind) => kind == Floor ? "urn:TEAM:us-east-2_a" : "us";

    public static string Encode(string kind, Guid uuid) =>
        Base64Url(Encoding.UTF8.GetBytes($"ciscospark://{ClusterOf(kind)}/{kind}/{uuid:D}"));

    /// <summary>Decodes an id of the given kind; false for anything else (malformed, or an id of another kind).</summary>
    public static bool TryDecode(string? id, string kind, out Guid uuid)
    {
        uuid = Guid.Empty;
        if (string.IsNullOrWhiteSpace(id)) return false;
        string? text = DecodeText(id.Trim());
        if (text is null || !text.StartsWith("ciscospark://", StringComparison.Ordinal)) return false;
        var parts = text.Split('/');
        return parts.Length >= 2 && parts[^2] == kind && Guid.TryParse(parts[^1], out uuid);
    }

    private static string? DecodeText(string id)
    {
        var s = id.Replace('-', '+').Replace('_', '/');
        switch (s.Length % 4)
        {
            case 2: s += "=="; break;
            case 3: s += "="; break;
            case 1: return null;
        }
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(s));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
