using Microsoft.Extensions.Logging;

namespace WebexCalling.Sdk.Rest;

/// <summary>
/// Every log line the session writes, with fixed event ids. Nothing here ever receives the Authorization header or a
/// token; bodies are logged only at Trace level and only after <see cref="Redaction.Body"/>.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug,
        Message = "{Method} {Path} → {Status} in {ElapsedMs} ms (attempt {Attempt}, trackingId {TrackingId})")]
    internal static partial void RequestCompleted(ILogger logger, string method, string path, int status, long elapsedMs,
        int attempt, string trackingId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "{Method} {Path} → 429 Too Many Requests; pausing the session for {WaitMs} ms (retry {Retry} of {MaxRetries})")]
    internal static partial void RateLimited(ILogger logger, string method, string path, long waitMs, int retry, int maxRetries);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning,
        Message = "{Method} {Path} failed ({Reason}); retrying in {WaitMs} ms (retry {Retry} of {MaxRetries})")]
    internal static partial void TransientRetry(ILogger logger, string method, string path, string reason, long waitMs,
        int retry, int maxRetries);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Debug,
        Message = "{Method} {Path} failed after {ElapsedMs} ms (attempt {Attempt}, trackingId {TrackingId}): {Reason}")]
    internal static partial void RequestFailed(ILogger logger, string method, string path, long elapsedMs, int attempt,
        string trackingId, string reason);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information,
        Message = "{Method} {Path} → 401 Unauthorized; the token provider refreshed the token, retrying once")]
    internal static partial void RetryingAfterRefresh(ILogger logger, string method, string path);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Trace, Message = "{Method} {Path} request body: {Body}")]
    internal static partial void RequestBody(ILogger logger, string method, string path, string body);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Trace, Message = "{Method} {Path} response body: {Body}")]
    internal static partial void ResponseBody(ILogger logger, string method, string path, string body);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Debug, Message = "GET {Path}: page {Page} with {Count} items")]
    internal static partial void PageRead(ILogger logger, string path, int page, int count);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Warning,
        Message = "{Method} {Path} → 429 Too Many Requests; retrying this request in {WaitMs} ms (retry {Retry} of {MaxRetries}), the others keep flowing at the learned pace")]
    internal static partial void RateLimitedPaced(ILogger logger, string method, string path, long waitMs, int retry, int maxRetries);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information,
        Message = "{Method} {Path} → 429 Too Many Requests; pacing the session at {RequestsPerSecond} requests/s")]
    internal static partial void PaceChanged(ILogger logger, string method, string path, double requestsPerSecond);
}
