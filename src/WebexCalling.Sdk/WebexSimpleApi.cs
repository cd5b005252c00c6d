using WebexCalling.Sdk.Auth;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk;

/// <summary>
/// The root of the SDK: one object per access token (or token provider) with every API area as a property, all
/// sharing one <see cref="RestSession"/> and so one concurrency limit and one rate-limit pause.
/// </summary>
/// <example>
/// <code>
/// using var api = new WebexSimpleApi(Environment.GetEnvironmentVariable("WEBEX_ACCESS_TOKEN")!);
/// await foreach (var location in api.Locations.ListAsync())
///     Console.WriteLine(location.Name);
/// </code>
/// </example>
public partial class WebexSimpleApi : IDisposable, IAsyncDisposable
{
    private bool _disposed;

    /// <summary>Creates the API for a fixed access token (personal access token, bot or integration token).</summary>
    /// <param name="accessToken">The access token.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <exception cref="ArgumentException">The token is null or empty, or an option is out of range.</exception>
    public WebexSimpleApi(string accessToken, WebexApiOptions? options = null)
        : this(new StaticTokenProvider(accessToken), options)
    {
    }

    /// <summary>For mocking: an API object without a session, whose members must be overridden.</summary>
    protected WebexSimpleApi()
    {
        Session = null!;
    }

    /// <summary>The HTTP session every area uses; call it directly for endpoints the SDK does not cover yet.</summary>
    public RestSession Session { get; }

    /// <summary>Disposes the HTTP client if the SDK created it; a client passed in options stays open.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc cref="Dispose()"/>
    public ValueTask DisposeAsync()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Releases the session.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (_disposed) return;
        _disposed = true;
        if (disposing) Session?.Dispose();
    }
}
