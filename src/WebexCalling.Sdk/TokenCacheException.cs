namespace WebexCalling.Sdk;

/// <summary>
/// A token cache file exists but cannot be used: it is not YAML, not a mapping of token fields, or a field has a value
/// of the wrong kind. The message names the file and the problem, never a token; delete the file (or fix it) and
/// obtain tokens again.
/// </summary>
public sealed class TokenCacheException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The cache file.</param>
    /// <param name="problem">What is wrong with it.</param>
    /// <param name="innerException">The parser's exception, if any.</param>
    public TokenCacheException(string path, string problem, Exception? innerException = null)
        : base($"The token cache {path} cannot be used: {problem}. Delete it to obtain new tokens.", innerException)
    {
        Path = path;
    }

    /// <summary>The cache file.</summary>
    public string Path { get; }
}
