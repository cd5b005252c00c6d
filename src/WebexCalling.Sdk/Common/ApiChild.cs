using System.Runtime.CompilerServices;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Common;

/// <summary>
/// Base of every API area: holds the shared <see cref="RestSession"/> and builds the area's URLs.
/// </summary>
public abstract class ApiChild
{
    private readonly RestSession? _session;
    private readonly string _basePath = "";

    /// <summary>Creates an area rooted at <paramref name="basePath"/> (e.g. <c>locations</c>).</summary>
    /// <param name="session">The session all requests go through.</param>
    /// <param name="basePath">The area's path below the base URL, without slashes at either end.</param>
    private protected ApiChild(RestSession session, string basePath)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        _basePath = basePath.Trim('/');
    }

    /// <summary>For mocking frameworks: an area without a session, whose members must all be overridden.</summary>
    protected ApiChild() { }

    /// <summary>The session this area sends its requests through.</summary>
    protected RestSession Session => _session
        ?? throw new InvalidOperationException($"{GetType().Name} was created for mocking and has no session; override the member you call.");

    /// <summary>
    /// The area's path with <paramref name="segments"/> appended, each escaped as a whole (an id containing
    /// <c>/</c> stays one segment). A null, blank or dot segment throws, so that no request goes to a wrong path; prefer
    /// <see cref="Id"/> for ids, whose exception names the caller's parameter.
    /// </summary>
    /// <param name="segments">Path segments: ids and fixed names such as <c>floors</c>.</param>
    private protected string Url(params string[] segments) => Path(_basePath, segments);

    /// <summary>
    /// An id as one escaped path segment. Null, empty or blank ids and the dot segments <c>.</c> and <c>..</c> throw
    /// before any request: <see cref="Uri"/> would resolve a dot segment and send the request to another resource.
    /// </summary>
    /// <param name="value">The id.</param>
    /// <param name="name">The parameter (or expression) the id came from, for the exception.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, blank or a dot segment.</exception>
    private protected static string Id(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (string.IsNullOrWhiteSpace(value) || value.Trim() is "." or "..")
            throw new ArgumentException($"'{value}' is not an id.", name);
        return Uri.EscapeDataString(value);
    }

    /// <summary>Joins a base path (kept as is, slashes included) and escaped segments.</summary>
    private protected static string Path(string basePath, params string[] segments)
    {
        var parts = new List<string>(segments.Length + 1);
        if (basePath.Length > 0) parts.Add(basePath);
        foreach (string segment in segments)
        {
            // the same rule as Id(): a dot segment would send the request to another resource
            if (string.IsNullOrWhiteSpace(segment) || segment.Trim() is "." or "..")
                throw new ArgumentException($"'{segment}' is not a path segment.", nameof(segments));
            parts.Add(Uri.EscapeDataString(segment));
        }
        return string.Join('/', parts);
    }
}
