using System.Security.Cryptography;
using System.Text;

namespace WebexCalling.Sdk.Webhooks;

/// <summary>
/// Checks the <c>X-Spark-Signature</c> header Webex sends with each event of a webhook that has a secret: the
/// lowercase hex HMAC-SHA1 of the raw request body, keyed with the secret.
/// </summary>
/// <remarks>Verify the exact bytes received, before any parsing or re-serialization.</remarks>
public static class WebhookSignature
{
    /// <summary>The name of the header that carries the signature.</summary>
    public const string HeaderName = "X-Spark-Signature";

    private const int HashSize = 20; // SHA-1

    /// <summary>Tells whether a signature header matches a body (UTF-8) and a secret.</summary>
    /// <param name="body">The raw request body as text.</param>
    /// <param name="signatureHeader">The <c>X-Spark-Signature</c> value; null or empty when the request had none.</param>
    /// <param name="secret">The webhook's secret.</param>
    /// <returns>True only for a well-formed signature that matches; false for a missing, malformed or wrong one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is null or empty.</exception>
    public static bool Verify(string body, string? signatureHeader, string secret)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Verify(Encoding.UTF8.GetBytes(body), signatureHeader, secret);
    }

    /// <summary>Tells whether a signature header matches a body and a secret.</summary>
    /// <param name="body">The raw request body's bytes.</param>
    /// <param name="signatureHeader">The <c>X-Spark-Signature</c> value; null or empty when the request had none.</param>
    /// <param name="secret">The webhook's secret.</param>
    /// <returns>True only for a well-formed signature that matches; false for a missing, malformed or wrong one.</returns>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is null or empty.</exception>
    public static bool Verify(ReadOnlySpan<byte> body, string? signatureHeader, string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        if (string.IsNullOrEmpty(signatureHeader)) return false;
        var hex = signatureHeader.AsSpan().Trim();
        Span<byte> claimed = stackalloc byte[HashSize];
        if (!TryParseHex(hex, claimed)) return false;
        Span<byte> actual = stackalloc byte[HashSize];
        Hash(body, secret, actual);
        return CryptographicOperations.FixedTimeEquals(actual, claimed);
    }

    /// <summary>Computes the signature Webex would send for a body: what a test or a simulator puts in the header.</summary>
    /// <param name="body">The raw request body's bytes.</param>
    /// <param name="secret">The webhook's secret.</param>
    /// <returns>The lowercase hex HMAC-SHA1 (40 characters).</returns>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is null or empty.</exception>
    public static string Sign(ReadOnlySpan<byte> body, string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        Span<byte> hash = stackalloc byte[HashSize];
        Hash(body, secret, hash);
        return Convert.ToHexString(hash).ToLowerInvariant();
    }

    /// <inheritdoc cref="Sign(ReadOnlySpan{byte}, string)"/>
    /// <param name="body">The raw request body as text (UTF-8).</param>
    /// <param name="secret">The webhook's secret.</param>
    public static string Sign(string body, string secret)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Sign(Encoding.UTF8.GetBytes(body), secret);
    }

    private static void Hash(ReadOnlySpan<byte> body, string secret, Span<byte> destination)
    {
        byte[] key = Encoding.UTF8.GetBytes(secret);
        try
        {
            // Webex signs with HMAC-SHA1; the algorithm is theirs, not a choice of this SDK
#pragma warning disable CA5350
            HMACSHA1.HashData(key, body, destination);
#pragma warning restore CA5350
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static bool TryParseHex(ReadOnlySpan<char> hex, Span<byte> destination)
    {
        if (hex.Length != destination.Length * 2) return false;
        for (int i = 0; i < destination.Length; i++)
        {
            int high = HexValue(hex[2 * i]);
            int low = HexValue(hex[2 * i + 1]);
            if (high < 0 || low < 0) return false;
            destination[i] = (byte)((high << 4) | low);
        }
        return true;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
