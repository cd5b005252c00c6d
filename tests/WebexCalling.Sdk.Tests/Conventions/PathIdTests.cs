using System.Collections;
using System.Net;
using System.Reflection;
using System.Text;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Conventions;

/// <summary>
/// Ids that become path segments, across every member reachable from <see cref="WebexSimpleApi"/> (issue #14: a floor
/// id of <c>..</c> deleted its location). Which string parameters are path ids is not guessed from their names: each
/// member is first called with a distinct harmless value per parameter, and a parameter whose value shows up as a
/// segment of the path it sent is a path id (<c>locationId</c> of <c>People.ListAsync</c> goes to the query, and
/// <c>orgId</c> always does).
/// </summary>
public class PathIdTests
{
    private static readonly string[] BadIds = [".", "..", "", "  ", " .. "];

    [Fact]
    public async Task EveryPathId_DotSegmentsBlankOrNull_ThrowBeforeAnyRequest_AndEscapedDotsStayOneSegment()
    {
        using var h = new ApiHarness(o => o.Retry.MaxTransientRetries = 0);
        h.Mock.Fallback.Respond(_ => ApiHarness.Json(HttpStatusCode.OK, "{}"));
        string wav = Path.Combine(Path.GetTempPath(), $"path-id-{Guid.NewGuid():N}.wav");
        await File.WriteAllBytesAsync(wav, Encoding.ASCII.GetBytes("RIFF\0\0\0\0WAVE"));
        var failures = new List<string>();
        var unclassified = new List<string>();
        int pathIds = 0;
        try
        {
            foreach (var (where, api) in Apis(h.Api))
            {
                foreach (var method in Members(api))
                {
                    string member = $"{where}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.Name))})";
                    var parameters = method.GetParameters();
                    var idParams = parameters.Where(IsIdNamedString).ToList();
                    if (idParams.Count == 0) continue;

                    // 1. which parameters does the member put in the path?
                    var args = Placeholders(parameters, wav);
                    var sent = await CallAsync(h, api, method, args);
                    if (sent.Request is null)
                    {
                        unclassified.Add($"{member}: sent nothing with placeholder values ({sent.Error?.GetType().Name}: {sent.Error?.Message})");
                        continue;
                    }
                    string[] segments = sent.Request.Uri.AbsolutePath.Split('/');
                    foreach (var p in idParams)
                    {
                        string marker = (string)args[p.Position]!;
                        int at = Array.IndexOf(segments, marker);
                        if (at < 0)
                        {
                            bool elsewhere = sent.Request.Uri.Query.Contains(marker, StringComparison.Ordinal)
                                || sent.Request.Body?.Contains(marker, StringComparison.Ordinal) == true;
                            if (!elsewhere) unclassified.Add($"{member}: {p.Name} is neither a path segment, in the query nor in the body");
                            continue;
                        }
                        pathIds++;

                        // 2. bad ids throw, naming the parameter, and send nothing
                        // an optional id (default null) may be left out: null then selects another path (the announcement
                        // repository's location, wxc_sdk's location_id=None), so only a given bad id must throw
                        bool optional = p.HasDefaultValue && p.DefaultValue is null;
                        foreach (string? bad in optional ? BadIds : BadIds.Append(null))
                        {
                            var badArgs = (object?[])args.Clone();
                            badArgs[p.Position] = bad;
                            var result = await CallAsync(h, api, method, badArgs);
                            string shown = bad is null ? "null" : $"\"{bad}\"";
                            if (result.Request is not null)
                                failures.Add($"{member} with {p.Name} = {shown} sent {result.Request.Method} {result.Request.Uri.AbsolutePath}");
                            else if (bad is null ? result.Error is not ArgumentNullException : result.Error is not ArgumentException)
                                failures.Add($"{member} with {p.Name} = {shown} threw {result.Error?.GetType().Name ?? "nothing"}");
                            else if (((ArgumentException)result.Error).ParamName != p.Name)
                                failures.Add($"{member} with {p.Name} = {shown}: ParamName is {((ArgumentException)result.Error).ParamName}");
                        }

                        // 3. "%2e%2e" is an id like any other: sent escaped, one segment in the same place
                        var dotArgs = (object?[])args.Clone();
                        dotArgs[p.Position] = "%2e%2e";
                        var escaped = await CallAsync(h, api, method, dotArgs);
                        string[]? escapedSegments = escaped.Request?.Uri.AbsolutePath.Split('/');
                        if (escapedSegments is null || escapedSegments.Length != segments.Length || escapedSegments[at] != "%252e%252e"
                            || !escapedSegments.Take(at).SequenceEqual(segments.Take(at)))
                            failures.Add($"{member} with {p.Name} = \"%2e%2e\" sent {escaped.Request?.Uri.AbsolutePath ?? "nothing"}, not {string.Join('/', segments.Take(at))}/%252e%252e/…");
                    }
                }
            }
        }
        finally
        {
            File.Delete(wav);
        }

        Assert.True(pathIds > 300, $"only {pathIds} path ids found: is the discovery broken?");
        Assert.True(failures.Count + unclassified.Count == 0,
            $"{failures.Count} wrong of {pathIds} path ids:\n" + string.Join('\n', failures)
            + $"\n{unclassified.Count} unclassified:\n" + string.Join('\n', unclassified));
    }

    private static bool IsIdNamedString(ParameterInfo p) =>
        p.ParameterType == typeof(string) && (p.Name == "id" || p.Name!.EndsWith("Id", StringComparison.Ordinal)) && p.Name != "orgId";

    /// <summary>Every API object below the root, once per place (the same class serves people and workspaces).</summary>
    private static IEnumerable<(string Where, ApiChild Api)> Apis(object root)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Queue<(string, object)>([("api", root)]);
        while (pending.Count > 0)
        {
            var (where, node) = pending.Dequeue();
            foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var type = property.PropertyType;
                bool sdkObject = type.IsClass && type != typeof(WebexCalling.Sdk.Rest.RestSession)
                    && type.Namespace?.StartsWith("WebexCalling.Sdk", StringComparison.Ordinal) == true;
                if (property.GetIndexParameters().Length > 0 || !sdkObject) continue;
                if (property.GetValue(node) is not { } child || !seen.Add(child)) continue;
                string path = $"{where}.{property.Name}";
                if (child is ApiChild api) yield return (path, api);
                pending.Enqueue((path, child));
            }
        }
    }

    private static IEnumerable<MethodInfo> Members(ApiChild api) =>
        api.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.DeclaringType != typeof(object) && !m.IsSpecialName && !m.IsGenericMethodDefinition && IsAsync(m.ReturnType))
            .OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.GetParameters().Length);

    private static bool IsAsync(Type t) =>
        typeof(Task).IsAssignableFrom(t) || t == typeof(ValueTask)
        || t.IsGenericType && (t.GetGenericTypeDefinition() == typeof(ValueTask<>) || t.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>));

    private static object?[] Placeholders(ParameterInfo[] parameters, string wav) =>
        parameters.Select(p => p.Name switch
        {
            _ when p.ParameterType == typeof(string) && p.Name is "path" or "filePath" => wav,
            _ when p.ParameterType == typeof(string) => $"zq{p.Position}{p.Name}x",
            _ => Placeholder(p.ParameterType, p),
        }).ToArray();

    private static object? Placeholder(Type type, ParameterInfo? p)
    {
        if (type == typeof(CancellationToken)) return CancellationToken.None;
        if (Nullable.GetUnderlyingType(type) is not null) return null;
        if (type == typeof(Stream)) return new MemoryStream(Encoding.ASCII.GetBytes("RIFF\0\0\0\0WAVE"));
        if (type == typeof(byte[])) return Encoding.ASCII.GetBytes("RIFF\0\0\0\0WAVE");
        if (type == typeof(ReadOnlyMemory<byte>)) return new ReadOnlyMemory<byte>(Encoding.ASCII.GetBytes("RIFF\0\0\0\0WAVE"));
        if (type == typeof(bool)) return true;
        if (type == typeof(int)) return 1;
        if (type == typeof(DateTimeOffset)) return new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        if (type == typeof(DateOnly)) return new DateOnly(2026, 1, 1);
        if (type == typeof(TimeSpan)) return TimeSpan.FromMinutes(1);
        if (type == typeof(Uri)) return new Uri("https://example.com/zqurix.wav");
        if (type.IsValueType)
        {
            // a wire value: its first known value (default would carry a null string)
            var known = type.GetProperties(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(s => s.PropertyType == type);
            return known?.GetValue(null) ?? Activator.CreateInstance(type);
        }
        if (type.IsArray) return Array.CreateInstance(type.GetElementType()!, 0);
        if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var element = type.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(element == typeof(string) ? "zqitemx" : Placeholder(element, null));
            return list;
        }
        if (p?.HasDefaultValue == true && p.DefaultValue is null) return null;
        var model = type.GetConstructor(Type.EmptyTypes)?.Invoke(null);
        // a model whose id the member puts in the path (SingleNumberReachNumber.Id) needs one
        if (type.GetProperty("Id") is { PropertyType: var idType, CanWrite: true } id && idType == typeof(string))
            id.SetValue(model, $"zqmodel{type.Name}x");
        return model;
    }

    private sealed record Outcome(RecordedRequest? Request, Exception? Error);

    /// <summary>Calls the member (enumerating a list's first item) and returns the first request it sent, if any.</summary>
    private static async Task<Outcome> CallAsync(ApiHarness h, object api, MethodInfo method, object?[] args)
    {
        int before = h.Requests.Count;
        Exception? error = null;
        try
        {
            object? result = method.Invoke(api, args);
            switch (result)
            {
                case Task task:
                    await task;
                    break;
                case ValueTask valueTask:
                    await valueTask;
                    break;
                case not null when result.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>)):
                    await EnumerateFirstAsync(result);
                    break;
                case not null when result.GetType().IsGenericType && result.GetType().GetGenericTypeDefinition() == typeof(ValueTask<>):
                    await (Task)result.GetType().GetMethod("AsTask")!.Invoke(result, null)!;
                    break;
            }
        }
        catch (TargetInvocationException e)
        {
            error = e.InnerException;
        }
        catch (Exception e)
        {
            error = e;
        }
        var requests = h.Requests;
        return new Outcome(requests.Count > before ? requests[before] : null, error);
    }

    private static async Task EnumerateFirstAsync(object sequence)
    {
        var getEnumerator = sequence.GetType().GetInterfaces()
            .First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
            .GetMethod("GetAsyncEnumerator")!;
        var enumerator = (IAsyncDisposable)getEnumerator.Invoke(sequence, [CancellationToken.None])!;
        await using (enumerator)
        {
            var moveNext = enumerator.GetType().GetInterfaces()
                .First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerator<>))
                .GetMethod("MoveNextAsync")!;
            await (ValueTask<bool>)moveNext.Invoke(enumerator, null)!;
        }
    }
}
