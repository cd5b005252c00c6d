using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Locations;

public sealed partial record Location
{
    /// <summary>The location id in UUID form, as Control Hub shows it; null when there is no id.</summary>
    [JsonIgnore]
    public string? LocationIdUuid => WebexId.ToUuid(LocationId);
}
