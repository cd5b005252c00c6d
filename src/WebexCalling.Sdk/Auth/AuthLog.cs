using Microsoft.Extensions.Logging;

namespace WebexCalling.Sdk.Auth;

/// <summary>Log lines of the token code: expiries, paths and URLs without secrets, never a token.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Obtained a new access token, valid until {ExpiresAt}; refresh token valid until {RefreshTokenExpiresAt}")]
    internal static partial void Refreshed(ILogger logger, DateTimeOffset? expiresAt, DateTimeOffset? refreshTokenExpiresAt);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Read cached tokens from {Path}; access token valid until {ExpiresAt}")]
    internal static partial void CacheRead(ILogger logger, string path, DateTimeOffset? expiresAt);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug, Message = "Wrote tokens to {Path}")]
    internal static partial void CacheWritten(ILogger logger, string path);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information,
        Message = "Waiting for the OAuth redirect on {RedirectUrl} (up to {TimeoutSeconds} s)")]
    internal static partial void WaitingForRedirect(ILogger logger, Uri redirectUrl, long timeoutSeconds);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning,
        Message = "Could not open a browser; open this URL to authorise the integration: {AuthorizeUrl}")]
    internal static partial void OpenManually(ILogger logger, Uri authorizeUrl);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning,
        Message = "The cached refresh token was refused; starting a new OAuth flow: {Reason}")]
    internal static partial void RefreshRefused(ILogger logger, string reason);
}
