using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.Tests.Conventions;

/// <summary>The rules of DESIGN.md and STYLE.md that every API area must follow, checked by reflection.</summary>
public class PublicSurfaceTests
{
    private static readonly Assembly Sdk = typeof(WebexSimpleApi).Assembly;
    private static readonly string[] NonModelNamespaces =
        ["WebexCalling.Sdk", "WebexCalling.Sdk.Rest", "WebexCalling.Sdk.Auth", "Microsoft.Extensions.DependencyInjection"];

    private static IEnumerable<Type> PublicTypes => Sdk.GetExportedTypes();

    private static IEnumerable<Type> ApiTypes => PublicTypes.Where(t => t.IsSubclassOf(typeof(ApiChild)));

    public static IEnumerable<Type> Models => PublicTypes.Where(t =>
        t.IsClass && !t.IsAbstract && !NonModelNamespaces.Contains(t.Namespace) && !t.IsSubclassOf(typeof(ApiChild))
        && !typeof(JsonConverter).IsAssignableFrom(t) && !typeof(JsonSerializerContext).IsAssignableFrom(t)
        && !typeof(Exception).IsAssignableFrom(t) // e.g. WebhookSignatureException: thrown, not serialized
        && !(t.IsAbstract && t.IsSealed));

    [Fact]
    public void Exceptions_ACallerCatches_LiveInTheRootNamespace()
    {
        // `using WebexCalling.Sdk;` (the quick start) is all a caller needs to catch what the SDK throws
        var offenders = PublicTypes
            .Where(t => typeof(Exception).IsAssignableFrom(t) || t == typeof(WebexErrorDetail))
            .Where(t => t.Namespace != "WebexCalling.Sdk")
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(offenders);
        Assert.Contains(typeof(WebexApiException), PublicTypes);
    }

    [Fact]
    public void AsyncMembers_EndWithAnOptionalCancellationToken()
    {
        var offenders = PublicTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && m.Name != "DisposeAsync" && IsAsync(m.ReturnType))
            .Where(m =>
            {
                var last = m.GetParameters().LastOrDefault();
                return last is null || last.ParameterType != typeof(CancellationToken) || last.Name != "cancellationToken"
                    || !last.HasDefaultValue;
            })
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void AsyncMembers_EndInAsync()
    {
        var offenders = PublicTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && IsAsync(m.ReturnType) && !m.Name.EndsWith("Async", StringComparison.Ordinal))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");

        Assert.Empty(offenders);
    }

    [Fact]
    public void Models_AreSealedRecordsWithExtensionData()
    {
        Assert.NotEmpty(Models);
        var offenders = Models.Where(t =>
        {
            bool isRecord = t.GetMethod("<Clone>$") is not null;
            var extension = t.GetProperty("ExtensionData");
            bool hasExtensionData = extension?.PropertyType == typeof(Dictionary<string, JsonElement>)
                && extension.GetCustomAttribute<JsonExtensionDataAttribute>() is not null
                && extension.SetMethod?.ReturnParameter.GetRequiredCustomModifiers().Length == 0; // set, not init
            return !t.IsSealed || !isRecord || !hasExtensionData;
        }).Select(t => t.FullName);

        Assert.Empty(offenders);
    }

    [Fact]
    public void Models_AreAllInTheSourceGeneratedContext()
    {
        var offenders = Models.Where(t => WebexJson.Default.GetTypeInfo(t) is null).Select(t => t.FullName);

        Assert.Empty(offenders);
    }

    [Fact]
    public void Models_DateProperties_WriteWebexTimestamps()
    {
        var offenders = Models.SelectMany(t => t.GetProperties())
            .Where(p => Nullable.GetUnderlyingType(p.PropertyType) == typeof(DateTimeOffset) || p.PropertyType == typeof(DateTimeOffset))
            .Where(p => p.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType != typeof(WebexDateTimeConverter))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        Assert.Empty(offenders);
    }

    [Fact]
    public void Models_UseNoClrEnumsOnTheWire()
    {
        var offenders = Models.SelectMany(t => t.GetProperties())
            .Where(p => (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType).IsEnum)
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        Assert.Empty(offenders);
    }

    [Fact]
    public void WireValues_CarryTheirConverter()
    {
        var wireValues = PublicTypes.Where(t => t.IsValueType && t.GetInterfaces()
            .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IWireValue<>))).ToList();

        Assert.NotEmpty(wireValues);
        Assert.All(wireValues, t => Assert.Equal(typeof(WireValueConverter<>).MakeGenericType(t),
            t.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType));
    }

    [Fact]
    public void ApiAreas_AreMockable()
    {
        Assert.NotEmpty(ApiTypes);
        Assert.All(ApiTypes, t =>
        {
            Assert.False(t.IsSealed, $"{t.Name} is sealed");
            Assert.NotNull(t.GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes));
            var notVirtual = t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && !m.IsVirtual).Select(m => m.Name);
            Assert.Empty(notVirtual);
        });
    }

    [Fact]
    public void ApiAreas_AreReachableFromTheRoot()
    {
        // walk the properties from the root down: api.PersonSettings.PermissionsOut.DigitPatterns is reachable too
        var reachable = new HashSet<Type>();
        var pending = new Queue<Type>([typeof(WebexSimpleApi)]);
        while (pending.TryDequeue(out var type))
        {
            foreach (var property in type.GetProperties().Select(p => p.PropertyType).Where(t => t.IsSubclassOf(typeof(ApiChild))))
                if (reachable.Add(property)) pending.Enqueue(property);
        }

        Assert.All(ApiTypes.Where(t => !t.IsAbstract), t => Assert.Contains(t, reachable));
    }

    private static bool IsAsync(Type type) =>
        typeof(Task).IsAssignableFrom(type) || type == typeof(ValueTask)
        || (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(ValueTask<>)
            || type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>)));
}
