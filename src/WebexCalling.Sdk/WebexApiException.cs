using System.Net;
using System.Text;

namespace WebexCalling.Sdk;

/// <summary>
/// Webex answered a request with an error status, or with a success answer this SDK could not read, or the request got
/// no answer at all (<see cref="StatusCode"/> null, the <see cref="HttpRequestException"/> as inner exception). Switch on
/// <see cref="StatusCode"/>; quote <see cref="TrackingId"/> when you ask Webex support.
/// </summary>
public sealed class WebexApiException : Exception
{
    /// <summary>Creates the exception; the SDK raises it, tests and mocks may create it too.</summary>
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="requestUri">The URL that was called.</param>
    /// <param name="statusCode">The HTTP status Webex answered with.</param>
    /// <param name="webexMessage">Webex's <c>message</c>, or the start of a body that was not JSON.</param>
    /// <param name="errors">Webex's <c>errors</c> entries.</param>
    /// <param name="trackingId">The tracking id of the request.</param>
    /// <param name="retryAfter">The wait Webex asked for, if any.</param>
    /// <param name="innerException">What made a success answer unreadable, if that is the problem.</param>
    public WebexApiException(string method, Uri requestUri, HttpStatusCode statusCode, string? webexMessage = null,
        IReadOnlyList<WebexErrorDetail>? errors = null, string? trackingId = null, TimeSpan? retryAfter = null,
        Exception? innerException = null)
        : base(Describe(method, requestUri, statusCode, webexMessage, errors, trackingId), innerException)
    {
        Method = method;
        RequestUri = requestUri;
        StatusCode = statusCode;
        WebexMessage = webexMessage;
        Errors = errors ?? [];
        TrackingId = trackingId;
        RetryAfter = retryAfter;
    }

    /// <summary>Creates the exception for a request that got no answer: the connection was refused, reset or dropped.</summary>
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="requestUri">The URL that was called.</param>
    /// <param name="problem">What went wrong, e.g. the transport exception's message (no secrets).</param>
    /// <param name="trackingId">The tracking id the request was sent with.</param>
    /// <param name="innerException">The transport's exception, usually an <see cref="HttpRequestException"/>.</param>
    public WebexApiException(string method, Uri requestUri, string? problem, string? trackingId, Exception? innerException)
        : base(Describe(method, requestUri, null, problem, null, trackingId), innerException)
    {
        Method = method;
        RequestUri = requestUri;
        WebexMessage = null;
        Errors = [];
        TrackingId = trackingId;
    }

    /// <summary>The HTTP method of the failed request.</summary>
    public string Method { get; }

    /// <summary>The URL of the failed request, as it was called (the message masks secret query values).</summary>
    public Uri RequestUri { get; }

    /// <summary>
    /// The HTTP status Webex answered with (a 2xx status when the answer itself could not be read), or null when no
    /// answer arrived (see <see cref="Exception.InnerException"/>).
    /// </summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Webex's own <c>message</c>, or the start of a body that was not JSON.</summary>
    public string? WebexMessage { get; }

    /// <summary>Webex's <c>errors</c> entries; empty when it sent none.</summary>
    public IReadOnlyList<WebexErrorDetail> Errors { get; }

    /// <summary>The first error code Webex sent, if any.</summary>
    public int? ErrorCode => Errors.FirstOrDefault(e => e.ErrorCode is not null)?.ErrorCode;

    /// <summary>The tracking id of the request (Webex's <c>trackingId</c>, else the one the SDK sent).</summary>
    public string? TrackingId { get; }

    /// <summary>The wait Webex asked for with <c>Retry-After</c>, if any.</summary>
    public TimeSpan? RetryAfter { get; }

    private static string Describe(string method, Uri uri, HttpStatusCode? status, string? message,
        IReadOnlyList<WebexErrorDetail>? errors, string? trackingId)
    {
        var sb = new StringBuilder();
        sb.Append(method).Append(' ').Append(Rest.Redaction.PathAndQuery(uri)).Append(" → ");
        if (status is { } code) sb.Append((int)code).Append(' ').Append(ReasonPhrase(code));
        else sb.Append("no answer");
        var texts = new List<string>();
        if (errors is not null)
        {
            foreach (var e in errors)
            {
                string text = e.ErrorCode is null ? e.Description : $"{e.Description} (error {e.ErrorCode})";
                if (!texts.Contains(text)) texts.Add(text);
            }
        }
        if (!string.IsNullOrWhiteSpace(message) && !texts.Exists(t => t.StartsWith(message, StringComparison.Ordinal)))
            texts.Insert(0, message);
        if (texts.Count > 0) sb.Append(": ").AppendJoin("; ", texts);
        if (!string.IsNullOrEmpty(trackingId)) sb.Append(" (trackingId ").Append(trackingId).Append(')');
        return sb.ToString();
    }

    private static string ReasonPhrase(HttpStatusCode status) => status switch
    {
        HttpStatusCode.OK => "OK",
        HttpStatusCode.BadRequest => "Bad Request",
        HttpStatusCode.Unauthorized => "Unauthorized",
        HttpStatusCode.Forbidden => "Forbidden",
        HttpStatusCode.NotFound => "Not Found",
        HttpStatusCode.MethodNotAllowed => "Method Not Allowed",
        HttpStatusCode.Conflict => "Conflict",
        HttpStatusCode.TooManyRequests => "Too Many Requests",
        HttpStatusCode.InternalServerError => "Internal Server Error",
        HttpStatusCode.BadGateway => "Bad Gateway",
        HttpStatusCode.ServiceUnavailable => "Service Unavailable",
        HttpStatusCode.GatewayTimeout => "Gateway Timeout",
        _ => status.ToString(),
    };
}
