namespace UserPortal;

/// <summary>What the portal keeps in a user's server-side session (never in a cookie: the cookie holds the session key).</summary>
public static class SessionKeys
{
    public const string PersonId = "person.id";
    public const string PersonName = "person.name";
    public const string PersonEmail = "person.email";
    public const string OAuthState = "oauth.state";
    public const string PkceVerifier = "oauth.verifier";
}
