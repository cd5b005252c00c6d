using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Locations;
using WebexCalling.Sdk.People;
using WebexCalling.Sdk.PersonSettings;

namespace WebexCalling.Sdk.Common;

/// <summary>
/// Source-generated JSON metadata for every model: camelCase names, nulls left out, numbers and booleans also read
/// from strings (Webex's examples carry <c>"latitude": "12.93"</c> and <c>"invitePending": "false"</c>).
/// Every model's attribute sits on this one declaration, in its area's block: the generator does not merge
/// <c>[JsonSerializable]</c> attributes spread over partial declarations (it emits duplicate files and fails).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(LenientBooleanConverter)])]
// Common
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(CodeAndReason))]
// Auth
[JsonSerializable(typeof(WebexCalling.Sdk.Auth.Tokens))]

// Locations
[JsonSerializable(typeof(Location))]
[JsonSerializable(typeof(Floor))]
// People
[JsonSerializable(typeof(Person))]
// PersonSettings
[JsonSerializable(typeof(EnabledSetting))]
// PersonSettings group A

// PersonSettings group B

// PersonSettings group C

// Telephony (call queues)

// Calls

// VoiceMessages

// Webhooks

public sealed partial class WebexJson : JsonSerializerContext;
