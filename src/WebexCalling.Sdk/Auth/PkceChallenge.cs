using System.Security.Cryptography;
using System.Text;

namespace WebexCalling.Sdk.Auth;

/// <summary>
/// A Proof Key for Code Exchange pair (RFC 7636, method <c>S256</c>): the authorize request carries
/// <see cref="Challenge"/>, the code exchange carries <see cref="Verifier"/>, so a stolen authorization code is useless
/// without the verifier that only the party who started the sign-in holds.
/// </summary>
/// <remarks>
/// Make a new one per sign-in with <see cref="Create()"/>, keep it server-side (e.g. in the session) until the redirect
/// comes back, and use it once. <see cref="ToString"/> never shows the verifier.
/// </remarks>
public sealed class PkceChallenge
{
    /// <summary>The only method this type produces: the challenge is the SHA-256 of the verifier.</summary>
    public const string S256 = "S256";

    private PkceChallenge(string verifier)
    {
        Verifier = verifier;
        Challenge = ComputeChallenge(verifier);
    }

    /// <summary>The secret sent with the code exchange (<c>code_verifier</c>); 43–128 characters of <c>[A-Za-z0-9-._~]</c>.</summary>
    public string Verifier { get; }

    /// <summary>base64url(SHA-256(<see cref="Verifier"/>)) without padding, sent with the authorize request (<c>code_challenge</c>).</summary>
    public string Challenge { get; }

    /// <summary>The <c>code_challenge_method</c>: always <c>S256</c>.</summary>
    public string Method { get; } = S256;

    /// <summary>A new pair with a verifier of 43 characters from 32 cryptographically random bytes.</summary>
    public static PkceChallenge Create() => Create(32);

    /// <summary>A new pair whose verifier is the base64url text of <paramref name="randomBytes"/> random bytes.</summary>
    /// <param name="randomBytes">32 to 96 bytes (43 to 128 characters, the range RFC 7636 allows).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="randomBytes"/> is outside 32–96.</exception>
    public static PkceChallenge Create(int randomBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(randomBytes, 32);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(randomBytes, 96);
        return new PkceChallenge(Base64Url(RandomNumberGenerator.GetBytes(randomBytes)));
    }

    /// <summary>The pair of a verifier made elsewhere, e.g. one kept in a session as text.</summary>
    /// <param name="verifier">43–128 characters of <c>[A-Za-z0-9-._~]</c>.</param>
    /// <exception cref="ArgumentException">The verifier is not one RFC 7636 allows.</exception>
    public static PkceChallenge FromVerifier(string verifier)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        if (verifier.Length is < 43 or > 128 || !verifier.All(IsUnreserved))
            throw new ArgumentException("A PKCE code verifier is 43 to 128 characters of A-Z, a-z, 0-9, '-', '.', '_' and '~'.",
                nameof(verifier));
        return new PkceChallenge(verifier);
    }

    /// <summary>The S256 challenge of a verifier: base64url(SHA-256(ASCII(verifier))), no padding.</summary>
    /// <param name="verifier">The code verifier.</param>
    public static string ComputeChallenge(string verifier)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        return Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
    }

    /// <summary>Shows the challenge and method, never the verifier.</summary>
    public override string ToString() => $"{nameof(PkceChallenge)} {{ Challenge = {Challenge}, Method = {Method}, Verifier = *** }}";

    private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
