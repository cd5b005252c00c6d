namespace WebexCalling.Sdk;

/// <summary>
/// A webhook request was refused because its <c>X-Spark-Signature</c> is missing or does not match the body and the
/// secret. Answer such a request with 401 or 403 and do not act on it. The message never contains the secret.
/// </summary>
public sealed class WebhookSignatureException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public WebhookSignatureException() : base("The webhook request's signature is missing or wrong.") { }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was wrong; must not contain the secret.</param>
    public WebhookSignatureException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What was wrong; must not contain the secret.</param>
    /// <param name="innerException">The cause.</param>
    public WebhookSignatureException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>True when the request carried no signature at all (as opposed to a wrong one).</summary>
    public bool SignatureMissing { get; init; }
}
