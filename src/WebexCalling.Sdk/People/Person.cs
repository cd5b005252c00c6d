using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.People;

public sealed partial record Person
{
    /// <summary>The person id in UUID form, as Control Hub shows it.</summary>
    [JsonIgnore]
    public string? PersonIdUuid => WebexId.ToUuid(PersonId);
    /// <summary>The person's +E.164 numbers.</summary>
    [JsonIgnore]
    public IReadOnlyList<PhoneNumber> PlusE164 =>
        PhoneNumbers?.Where(n => n.Value?.StartsWith('+') == true).ToList() ?? [];
    /// <summary>The person's first +E.164 number (wxc_sdk: <c>tn</c>), or null.</summary>
    [JsonIgnore]
    public PhoneNumber? Tn => PhoneNumbers?.FirstOrDefault(n => n.Value?.StartsWith('+') == true);
}
