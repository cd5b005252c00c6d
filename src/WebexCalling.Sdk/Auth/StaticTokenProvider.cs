namespace WebexCalling.Sdk.Auth;

/// <summary>
/// A fixed access token, such as the personal access token from developer.webex.com (valid for 12 hours) or a
/// bot token. It cannot be refreshed: a 401 surfaces as <see cref="WebexApiException"/>.
/// </summary>
public sealed class StaticTokenProvider : ITokenProvider
{
    private readonly string _accessToken;

    /// <summary>Wraps a token.</summary>
    /// <param name="accessToken">The access token; not empty.</param>
    /// <exception cref="ArgumentException">The token is null, empty or white space.</exception>
    public StaticTokenProvider(string accessToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        _accessToken = accessToken.Trim();
    }

    /// <inheritdoc />
    public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_accessToken);

    /// <summary>Shows the type only: the token never appears in logs or debugger output.</summary>
    public override string ToString() => nameof(StaticTokenProvider) + " { AccessToken = *** }";
}
