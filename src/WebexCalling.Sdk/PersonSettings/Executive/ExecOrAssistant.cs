using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.PersonSettings.Executive;

/// <summary>An executive or an assistant.</summary>
public sealed record ExecOrAssistant
{
    /// <summary>The person id.</summary>
    public string? Id { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Direct number.</summary>
    public string? DirectNumber { get; init; }

    /// <summary>Extension.</summary>
    public string? Extension { get; init; }

    /// <summary>True when the assistant has opted in for this executive.</summary>
    public bool? OptInEnabled { get; init; }

    /// <summary>The person's location.</summary>
    public IdAndName? Location { get; init; }

    /// <summary>Fields this SDK version does not know; kept so that an update sends them back unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
