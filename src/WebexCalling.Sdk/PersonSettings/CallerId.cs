using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>An entity's caller ID settings: what outgoing calls show.</summary>
public sealed record CallerId
{
    /// <summary>The values <see cref="Selected"/> may take; read-only.</summary>
    [JsonPropertyName("types")]
    public IReadOnlyList<CallerIdSelectedType>? CallerIdTypes { get; init; }

    /// <summary>Which number outgoing calls show.</summary>
    public CallerIdSelectedType? Selected { get; init; }

    /// <summary>The direct number; read-only.</summary>
    public string? DirectNumber { get; init; }

    /// <summary>The extension; read-only.</summary>
    public string? ExtensionNumber { get; init; }

    /// <summary>The location's number; read-only.</summary>
    public string? LocationNumber { get; init; }

    /// <summary>The mobile number; read-only.</summary>
    public string? MobileNumber { get; init; }

    /// <summary>True when the location number is toll-free; read-only.</summary>
    public bool? TollFreeLocationNumber { get; init; }

    /// <summary>The number shown for <c>CUSTOM</c>.</summary>
    public string? CustomNumber { get; init; }

    /// <summary>Caller ID first name (deprecated by Webex).</summary>
    public string? FirstName { get; init; }

    /// <summary>Caller ID last name (deprecated by Webex).</summary>
    public string? LastName { get; init; }

    /// <summary>True to block the identity on transferred or forwarded calls.</summary>
    public bool? BlockInForwardCallsEnabled { get; init; }

    /// <summary>Which name external calls show.</summary>
    public ExternalCallerIdNamePolicy? ExternalCallerIdNamePolicy { get; init; }

    /// <summary>The name shown for <c>OTHER</c>.</summary>
    public string? CustomExternalCallerIdName { get; init; }

    /// <summary>The location's caller ID name.</summary>
    public string? LocationExternalCallerIdName { get; init; }

    /// <summary>True to use the main number as additional external caller ID.</summary>
    public bool? AdditionalExternalCallerIdDirectLineEnabled { get; init; }

    /// <summary>True to use the location number as additional external caller ID.</summary>
    public bool? AdditionalExternalCallerIdLocationNumberEnabled { get; init; }

    /// <summary>A number of any location as additional external caller ID.</summary>
    public string? AdditionalExternalCallerIdCustomNumber { get; init; }

    /// <summary>Workspace caller ID display name (deprecated by Webex).</summary>
    public string? DisplayName { get; init; }

    /// <summary>Workspace caller ID display details (deprecated by Webex).</summary>
    public string? DisplayDetail { get; init; }

    /// <summary>The direct line caller ID name.</summary>
    public DirectLineCallerIdName? DirectLineCallerIdName { get; init; }

    /// <summary>The name used for dial by name.</summary>
    public string? DialByName { get; init; }

    /// <summary>The first name used for dial by name.</summary>
    public string? DialByFirstName { get; init; }

    /// <summary>The last name used for dial by name.</summary>
    public string? DialByLastName { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
