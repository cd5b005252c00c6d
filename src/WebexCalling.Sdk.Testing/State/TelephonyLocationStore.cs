using System.Text.Json.Nodes;

namespace WebexCalling.Sdk.Testing.State;

/// <summary>
/// The Webex Calling side of locations: which locations are enabled for calling and their calling details, their
/// receptionist contact directories, outgoing-permission digit patterns and the settings documents with behaviour
/// (outgoing permissions, music on hold, call captions, emergency callback number). Keyed by the location's UUID.
/// </summary>
internal sealed class TelephonyLocationStore
{
    /// <summary>The calling details of each location enabled for calling (the fields of the details answer it keeps).</summary>
    public Dictionary<Guid, JsonObject> Calling { get; } = [];

    /// <summary>Receptionist contact directories by id, in creation order.</summary>
    public OrderedDictionary<string, ContactDirectoryRecord> Directories { get; } = new(StringComparer.Ordinal);

    /// <summary>Digit patterns of each location, by id in creation order.</summary>
    public Dictionary<Guid, OrderedDictionary<string, JsonObject>> DigitPatterns { get; } = [];

    /// <summary>Settings documents of each location by feature (<c>outgoingPermission</c>, <c>musicOnHold</c>, ...).</summary>
    public Dictionary<(Guid Location, string Feature), JsonObject> Documents { get; } = [];

    public OrderedDictionary<string, JsonObject> PatternsOf(LocationRecord location)
    {
        if (!DigitPatterns.TryGetValue(location.Uuid, out var patterns)) DigitPatterns[location.Uuid] = patterns = new(StringComparer.Ordinal);
        return patterns;
    }
}

/// <summary>A receptionist contact directory: a named list of people and location features.</summary>
internal sealed class ContactDirectoryRecord(string id, LocationRecord location)
{
    public string Id { get; } = id;

    public LocationRecord Location { get; } = location;

    public string Name { get; set; } = "";

    /// <summary>The contacts: a person's id, or a feature's id with its type (null when not given).</summary>
    public List<(string? PersonId, string? FeatureId, string? Type)> Contacts { get; set; } = [];
}
