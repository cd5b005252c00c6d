namespace WebexCalling.Sdk;

/// <summary>
/// New tokens cannot be obtained without a person: the refresh token is missing, has expired, or the token endpoint
/// refused it (HTTP 400/401, e.g. <c>invalid_grant</c> after a revocation). The user must authorise the integration
/// again, or an administrator the service app. The message never holds token text; the Webex answer, if any, is the
/// <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class TokenRefreshException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed and what to do.</param>
    /// <param name="innerException">The token endpoint's error answer, if any.</param>
    public TokenRefreshException(string message, Exception? innerException = null) : base(message, innerException)
    {
    }
}
