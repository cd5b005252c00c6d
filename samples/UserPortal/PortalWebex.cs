using WebexCalling.Sdk;
using WebexCalling.Sdk.Auth;
using WebexCalling.Sdk.Common;

namespace UserPortal;

/// <summary>
/// The portal's two Webex identities: the integration users sign in with ("Login with Webex": PKCE, userinfo) and one
/// <see cref="WebexSimpleApi"/> on the service app's token, which renews itself before it expires. The service app's
/// token stays in this process: no page, header or script ever carries it.
/// </summary>
public sealed class PortalWebex : IDisposable
{
    private Integration? _integration;
    private WebexSimpleApi? _api;
    private ServiceApp? _serviceApp;
    private RefreshingTokenProvider? _provider;
    private readonly List<IDisposable> _owned = [];

    /// <summary>The integration users sign in with.</summary>
    public Integration Integration => _integration ?? throw NotReady();

    /// <summary>The service app's API: every read and change the portal makes for a user goes through it.</summary>
    public WebexSimpleApi Api => _api ?? throw NotReady();

    /// <summary>True when the portal runs against the built-in simulator.</summary>
    public bool IsSimulator { get; private set; }

    internal void Configure(Integration integration, ServiceApp serviceApp, WebexApiOptions apiOptions, bool isSimulator,
        IEnumerable<IDisposable> owned)
    {
        if (_integration is not null) throw new InvalidOperationException("The portal's Webex access is configured once.");
        _integration = integration;
        _serviceApp = serviceApp;
        _provider = serviceApp.CreateTokenProvider();
        _api = new WebexSimpleApi(_provider, apiOptions);
        IsSimulator = isSimulator;
        _owned.AddRange(owned);
    }

    /// <summary>
    /// The person id of a signed-in user: looked up by the email of their userinfo answer with the service app (only
    /// people of the service app's organisation are found), the one whose UUID is the userinfo <c>sub</c> when several
    /// share the email.
    /// </summary>
    /// <returns>The person, or null when the user is not in the organisation.</returns>
    public async Task<WebexCalling.Sdk.People.Person?> FindPersonAsync(UserInfo user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(user.Email)) return null;
        var candidates = new List<WebexCalling.Sdk.People.Person>();
        await foreach (var person in Api.People.ListAsync(email: user.Email, cancellationToken: cancellationToken).ConfigureAwait(false))
            if (person.Emails?.Contains(user.Email, StringComparer.OrdinalIgnoreCase) == true) candidates.Add(person);
        return candidates.Find(p => string.Equals(WebexId.ToUuid(p.PersonId), user.Sub, StringComparison.OrdinalIgnoreCase))
            ?? (candidates.Count == 1 ? candidates[0] : null);
    }

    public void Dispose()
    {
        _api?.Dispose();
        _provider?.Dispose();
        _serviceApp?.Dispose();
        _integration?.Dispose();
        foreach (var item in _owned) item.Dispose();
    }

    private static InvalidOperationException NotReady() =>
        new("The portal's Webex access is not configured yet (PortalApp.StartAsync configures it).");
}
