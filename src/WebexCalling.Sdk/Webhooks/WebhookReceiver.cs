using System.Text;

namespace WebexCalling.Sdk.Webhooks;

/// <summary>
/// Receives a webhook request in one step: verifies <c>X-Spark-Signature</c> against the raw body and the secret, then
/// parses the event. Needs no web framework; in ASP.NET Core pass the body you read and
/// <c>name =&gt; Request.Headers[name]</c>.
/// </summary>
/// <example>
/// <code>
/// app.MapPost("/webhook", async (HttpRequest request) =>
/// {
///     using var reader = new StreamReader(request.Body);
///     string body = await reader.ReadToEndAsync();
///     try
///     {
///         var evt = WebhookReceiver.VerifyAndParse(body, name => request.Headers[name], secret);
///         if (evt.Data is TelephonyEventData call) Console.WriteLine($"{call.EventType} {call.CallId}");
///         return Results.Ok();
///     }
///     catch (WebhookSignatureException) { return Results.Unauthorized(); }
/// });
/// </code>
/// </example>
public static class WebhookReceiver
{
    /// <summary>Verifies the signature of a request and parses its event.</summary>
    /// <param name="body">The raw request body as text.</param>
    /// <param name="header">Looks up a request header by name (case-insensitively, as HTTP does); null when absent.</param>
    /// <param name="secret">The webhook's secret.</param>
    /// <returns>The verified event.</returns>
    /// <exception cref="WebhookSignatureException">The signature header is missing, malformed or does not match.</exception>
    /// <exception cref="System.Text.Json.JsonException">The signature matched but the body is not a webhook event.</exception>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is null or empty.</exception>
    public static WebhookEvent VerifyAndParse(string body, Func<string, string?> header, string secret)
    {
        ArgumentNullException.ThrowIfNull(body);
        return VerifyAndParse(Encoding.UTF8.GetBytes(body), header, secret);
    }

    /// <summary>Verifies the signature of a request and parses its event.</summary>
    /// <param name="body">The raw request body's bytes.</param>
    /// <param name="header">Looks up a request header by name (case-insensitively, as HTTP does); null when absent.</param>
    /// <param name="secret">The webhook's secret.</param>
    /// <returns>The verified event.</returns>
    /// <exception cref="WebhookSignatureException">The signature header is missing, malformed or does not match.</exception>
    /// <exception cref="System.Text.Json.JsonException">The signature matched but the body is not a webhook event.</exception>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is null or empty.</exception>
    public static WebhookEvent VerifyAndParse(ReadOnlySpan<byte> body, Func<string, string?> header, string secret)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        string? signature = header(WebhookSignature.HeaderName);
        if (string.IsNullOrWhiteSpace(signature))
            throw new WebhookSignatureException($"The request has no {WebhookSignature.HeaderName} header.") { SignatureMissing = true };
        if (!WebhookSignature.Verify(body, signature, secret))
            throw new WebhookSignatureException(
                $"The {WebhookSignature.HeaderName} header does not match the request body and the webhook secret.");
        return WebhookEvent.Parse(body);
    }

    /// <summary>Verifies the signature of a request and parses its event.</summary>
    /// <param name="body">The raw request body as text.</param>
    /// <param name="headers">The request headers; names are matched case-insensitively.</param>
    /// <param name="secret">The webhook's secret.</param>
    /// <returns>The verified event.</returns>
    /// <exception cref="WebhookSignatureException">The signature header is missing, malformed or does not match.</exception>
    /// <exception cref="System.Text.Json.JsonException">The signature matched but the body is not a webhook event.</exception>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is null or empty.</exception>
    public static WebhookEvent VerifyAndParse(string body, IReadOnlyDictionary<string, string> headers, string secret)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return VerifyAndParse(body, name => Lookup(headers, name), secret);
    }

    /// <summary>Verifies the signature of a request and parses its event.</summary>
    /// <param name="body">The raw request body's bytes.</param>
    /// <param name="headers">The request headers; names are matched case-insensitively.</param>
    /// <param name="secret">The webhook's secret.</param>
    /// <returns>The verified event.</returns>
    /// <exception cref="WebhookSignatureException">The signature header is missing, malformed or does not match.</exception>
    /// <exception cref="System.Text.Json.JsonException">The signature matched but the body is not a webhook event.</exception>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is null or empty.</exception>
    public static WebhookEvent VerifyAndParse(ReadOnlySpan<byte> body, IReadOnlyDictionary<string, string> headers, string secret)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return VerifyAndParse(body, name => Lookup(headers, name), secret);
    }

    private static string? Lookup(IReadOnlyDictionary<string, string> headers, string name)
    {
        if (headers.TryGetValue(name, out var value)) return value;
        foreach (var (key, candidate) in headers)
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) return candidate;
        return null;
    }
}
