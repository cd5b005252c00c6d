using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace WebexCalling.Sdk.Common;

/// <summary>
/// The JSON metadata of every model: the areas' source-generated contexts (one per namespace, generated with the area
/// from tools/api) combined, with a property per type (<c>WebexJson.Default.Location</c>). camelCase names, nulls left
/// out, numbers and booleans also read from strings (Webex's examples carry <c>"latitude": "12.93"</c> and
/// <c>"invitePending": "false"</c>). Pass it (or one of its properties) to <see cref="Rest.RestSession"/> calls and to
/// <see cref="JsonSerializer"/>.
/// </summary>
public sealed partial class WebexJson : JsonSerializerContext, IJsonTypeInfoResolver
{
    private static readonly JsonSerializerOptions Defaults = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = { new LenientBooleanConverter() },
    };

    private readonly IJsonTypeInfoResolver _areas = JsonTypeInfoResolver.Combine(Areas());

    /// <summary>The instance the SDK uses, on options like the areas' own.</summary>
    public static WebexJson Default { get; } = new();

    /// <summary>Creates a context on options like the areas' own.</summary>
    public WebexJson() : this(new JsonSerializerOptions(Defaults)) { }

    /// <summary>Creates a context bound to <paramref name="options"/> (which it takes as its resolver).</summary>
    /// <param name="options">The options; they must not have been used yet.</param>
    public WebexJson(JsonSerializerOptions options) : base(options) { }

    /// <inheritdoc />
    protected override JsonSerializerOptions? GeneratedSerializerOptions => Defaults;

    /// <inheritdoc />
    public override JsonTypeInfo? GetTypeInfo(Type type) => _areas.GetTypeInfo(type, Options);

    JsonTypeInfo? IJsonTypeInfoResolver.GetTypeInfo(Type type, JsonSerializerOptions options) => _areas.GetTypeInfo(type, options);
}
