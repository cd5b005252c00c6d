using WebexCalling.Sdk.Auth;
using WebexCalling.Sdk.Calls;
using WebexCalling.Sdk.Locations;
using WebexCalling.Sdk.People;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Rest;
using WebexCalling.Sdk.VoiceMessages;
using WebexCalling.Sdk.Webhooks;
using WebexCalling.Sdk.Telephony;

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
public class WebexSimpleApi : IDisposable, IAsyncDisposable
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

    /// <summary>Creates the API for a token provider that can renew the token (integration, service app).</summary>
    /// <param name="tokens">Supplies the access token for every request.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public WebexSimpleApi(ITokenProvider tokens, WebexApiOptions? options = null)
    {
        Session = new RestSession(tokens, options);
        Locations = new LocationsApi(Session);
        People = new PeopleApi(Session);
        PersonSettings = new PersonSettingsApi(Session);
        Calls = new CallsApi(Session);
        VoiceMessages = new VoiceMessagesApi(Session);
        Webhooks = new WebhooksApi(Session);
        Telephony = new TelephonyApi(Session);
    }

    /// <summary>For mocking: an API object without a session, whose members must be overridden.</summary>
    protected WebexSimpleApi()
    {
        Session = null!;
        Locations = null!;
        People = null!;
        PersonSettings = null!;
        Calls = null!;
        VoiceMessages = null!;
        Webhooks = null!;
        Telephony = null!;
    }

    /// <summary>The HTTP session every area uses; call it directly for endpoints the SDK does not cover yet.</summary>
    public RestSession Session { get; }

    /// <summary>Locations and their floors.</summary>
    public virtual LocationsApi Locations { get; }

    /// <summary>People (users), with their Webex Calling data.</summary>
    public virtual PeopleApi People { get; }

    /// <summary>The Webex Calling settings of people: forwarding, voicemail, caller id, permissions, ….</summary>
    public virtual PersonSettingsApi PersonSettings { get; }

    /// <summary>Call control for the token's user: dial, answer, hold, transfer, park, record, active calls, call history.</summary>
    public virtual CallsApi Calls { get; }

    /// <summary>The voicemail messages of the token's user.</summary>
    public virtual VoiceMessagesApi VoiceMessages { get; }

    /// <summary>Webhooks: create, list, update and delete them; see <see cref="WebhookReceiver"/> for receiving events.</summary>
    public virtual WebhooksApi Webhooks { get; }
    /// <summary>Webex Calling telephony configuration: call queues and, later, the other telephony features.</summary>
    public virtual TelephonyApi Telephony { get; }

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
