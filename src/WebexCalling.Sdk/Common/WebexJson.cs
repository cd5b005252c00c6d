using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Locations;
using WebexCalling.Sdk.People;

namespace WebexCalling.Sdk.Common;

/// <summary>
/// Source-generated JSON metadata for every model: camelCase names, nulls left out, numbers and booleans also read
/// from strings (Webex's examples carry <c>"latitude": "12.93"</c> and <c>"invitePending": "false"</c>).
/// Each API area adds its models in a partial declaration of its own (<c>WebexJson.&lt;Area&gt;.cs</c>).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(LenientBooleanConverter)])]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(CodeAndReason))]
[JsonSerializable(typeof(Location))]
[JsonSerializable(typeof(Floor))]
[JsonSerializable(typeof(Person))]
public sealed partial class WebexJson : JsonSerializerContext;
