using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using WebexCalling.Sdk;
using WebexCalling.Sdk.Auth;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="WebexSimpleApi"/> with a dependency injection container.</summary>
public static class WebexServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient the SDK registers with IHttpClientFactory.</summary>
    public const string HttpClientName = "WebexCalling.Sdk";

    /// <summary>
    /// Registers a singleton <see cref="WebexSimpleApi"/> on a named HttpClient (<see cref="HttpClientName"/>). The
    /// token comes from an <see cref="ITokenProvider"/> registered in the container.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="configure">Sets options; <see cref="WebexApiOptions.HttpClient"/> is supplied by the factory,
    /// and <see cref="WebexApiOptions.LoggerFactory"/> by the container unless you set it.</param>
    /// <returns>The HttpClient's builder, to add handlers of your own.</returns>
    public static IHttpClientBuilder AddWebexSimpleApi(this IServiceCollection services, Action<WebexApiOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(sp =>
        {
            var options = new WebexApiOptions();
            configure?.Invoke(options);
            options.LoggerFactory ??= sp.GetService<ILoggerFactory>();
            options.HttpClient = sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            var tokens = sp.GetService<ITokenProvider>()
                ?? throw new InvalidOperationException(
                    "AddWebexSimpleApi needs an ITokenProvider in the container: register one, or call AddWebexSimpleApi(accessToken, ...).");
            return new WebexSimpleApi(tokens, options);
        });
        return services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            // the API is a singleton, so its client lives long: let the handler recycle connections instead (DNS changes)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                AutomaticDecompression = System.Net.DecompressionMethods.All,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
    }

    /// <summary>Registers a singleton <see cref="WebexSimpleApi"/> for a fixed access token.</summary>
    /// <param name="services">The container.</param>
    /// <param name="accessToken">The access token.</param>
    /// <param name="configure">Sets options.</param>
    /// <returns>The HttpClient's builder, to add handlers of your own.</returns>
    /// <exception cref="ArgumentException">The token is null or empty.</exception>
    public static IHttpClientBuilder AddWebexSimpleApi(this IServiceCollection services, string accessToken,
        Action<WebexApiOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ITokenProvider>(new StaticTokenProvider(accessToken));
        return services.AddWebexSimpleApi(configure);
    }
}
