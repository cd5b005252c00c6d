namespace WebexCalling.Sdk.Auth;

/// <summary>Settings of a <see cref="RefreshingTokenProvider"/>.</summary>
public sealed class RefreshingTokenProviderOptions
{
    /// <summary>How long before expiry the access token is renewed; default 5 minutes.</summary>
    public TimeSpan Margin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The clock expiries are compared with; tests pass a fake one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>A YAML file (see <see cref="TokenCache"/>) every renewed set of tokens is written to; null: none.</summary>
    public string? CachePath { get; set; }

    /// <summary>Called with every renewed set of tokens, after <see cref="CachePath"/> was written; null: none.</summary>
    public Func<Tokens, CancellationToken, Task>? OnRefreshed { get; set; }

    /// <summary>
    /// After a failed renewal (network, 5xx) while the current token is still valid, the provider keeps using it and
    /// tries again after this pause; default 30 seconds.
    /// </summary>
    public TimeSpan RetryAfterFailure { get; set; } = TimeSpan.FromSeconds(30);
}
