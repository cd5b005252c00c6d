using WebexCalling.Sdk.Testing.Infrastructure;

namespace WebexCalling.Sdk.Testing.State;

/// <summary>A virtual extension: an extension that reaches an external number, of a location or (null) of the organisation.</summary>
internal sealed class VirtualExtensionRecord(Guid uuid)
{
    public const string Kind = "VIRTUAL_EXTENSION";

    public Guid Uuid { get; } = uuid;

    public string Id { get; } = WebexIds.Encode(Kind, uuid);

    public LocationRecord? Location { get; set; }

    public string Extension { get; set; } = "";

    public string PhoneNumber { get; set; } = "";

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string DisplayName { get; set; } = "";
}

/// <summary>A virtual extension range: extension patterns and the prefix that makes their numbers.</summary>
internal sealed class VirtualExtensionRangeRecord(Guid uuid)
{
    public const string Kind = "VIRTUAL_EXTENSION_RANGE";

    public Guid Uuid { get; } = uuid;

    public string Id { get; } = WebexIds.Encode(Kind, uuid);

    public LocationRecord? Location { get; set; }

    public string Name { get; set; } = "";

    public string Prefix { get; set; } = "";

    public List<string> Patterns { get; } = [];
}

/// <summary>
/// The organisation's virtual extensions and ranges and its virtual extension mode. Reached by
/// <c>state.Area&lt;VirtualExtensionStore&gt;()</c> under the state lock.
/// </summary>
internal sealed class VirtualExtensionStore
{
    public OrderedDictionary<Guid, VirtualExtensionRecord> Extensions { get; } = [];

    public OrderedDictionary<Guid, VirtualExtensionRangeRecord> Ranges { get; } = [];

    /// <summary>STANDARD or ENHANCED.</summary>
    public string Mode { get; set; } = "STANDARD";
}
