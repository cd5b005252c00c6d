using WebexCalling.Sdk.Auth;

namespace UserPortal;

/// <summary>
/// The portal's Webex configuration, from the environment, appsettings.json or a <c>.env</c> file in the working
/// folder: the integration users sign in with and the service app that makes the changes.
/// </summary>
public sealed record PortalSettings
{
    public const string IntegrationClientIdVariable = "WEBEX_INTEGRATION_CLIENT_ID";
    public const string IntegrationClientSecretVariable = "WEBEX_INTEGRATION_CLIENT_SECRET";
    public const string IntegrationRedirectUriVariable = "WEBEX_INTEGRATION_REDIRECT_URI";

    /// <summary>What the portal asks users for: who they are (OpenID Connect), nothing more.</summary>
    public static readonly string[] UserScopes = ["openid", "email", "profile"];

    public string? IntegrationClientId { get; init; }
    public string? IntegrationClientSecret { get; init; }
    public Uri? IntegrationRedirectUri { get; init; }
    public string? ServiceAppClientId { get; init; }
    public string? ServiceAppClientSecret { get; init; }
    public string? ServiceAppRefreshToken { get; init; }

    /// <summary>True when nothing is configured: the portal then runs against the built-in simulator.</summary>
    public bool IsEmpty => IntegrationClientId is null && ServiceAppClientId is null;

    public static PortalSettings From(IConfiguration configuration)
    {
        string? Get(string name) => string.IsNullOrWhiteSpace(configuration[name]) ? null : configuration[name]!.Trim();
        string? redirect = Get(IntegrationRedirectUriVariable);
        return new PortalSettings
        {
            IntegrationClientId = Get(IntegrationClientIdVariable),
            IntegrationClientSecret = Get(IntegrationClientSecretVariable),
            IntegrationRedirectUri = redirect is null ? null : new Uri(redirect, UriKind.Absolute),
            ServiceAppClientId = Get(ServiceApp.ClientIdVariable),
            ServiceAppClientSecret = Get(ServiceApp.ClientSecretVariable),
            ServiceAppRefreshToken = Get(ServiceApp.RefreshTokenVariable),
        };
    }

    /// <summary>The names of the settings a real organisation needs that are missing.</summary>
    public IReadOnlyList<string> Missing()
    {
        var missing = new List<string>();
        if (IntegrationClientId is null) missing.Add(IntegrationClientIdVariable);
        if (IntegrationClientSecret is null) missing.Add(IntegrationClientSecretVariable);
        if (IntegrationRedirectUri is null) missing.Add(IntegrationRedirectUriVariable);
        if (ServiceAppClientId is null) missing.Add(ServiceApp.ClientIdVariable);
        if (ServiceAppClientSecret is null) missing.Add(ServiceApp.ClientSecretVariable);
        if (ServiceAppRefreshToken is null) missing.Add(ServiceApp.RefreshTokenVariable);
        return missing;
    }

    /// <summary>Shows which settings are present, never a secret.</summary>
    public override string ToString() =>
        $"{nameof(PortalSettings)} {{ IntegrationClientId = {IntegrationClientId}, IntegrationRedirectUri = {IntegrationRedirectUri}, "
        + $"ServiceAppClientId = {ServiceAppClientId}, secrets = *** }}";
}
