using WebexCalling.Sdk;
using WebexCalling.Sdk.Locations;

namespace WebexCalling.Samples;

/// <summary>Finding what a sample's command line names.</summary>
public static class Lookups
{
    /// <summary>
    /// The location with exactly this name, or null after printing "No location named 'X'." to
    /// <paramref name="error"/> (standard error when null).
    /// </summary>
    /// <param name="api">The organisation.</param>
    /// <param name="name">The name as given.</param>
    /// <param name="error">Where the line goes when there is no such location.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The location, or null.</returns>
    /// <exception cref="WebexApiException">The listing failed.</exception>
    public static async Task<Location?> LocationAsync(WebexSimpleApi api, string name, TextWriter? error = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        var location = await api.Locations.ListAsync(name: name, cancellationToken: cancellationToken)
            .FirstOrDefaultAsync(l => l.Name == name, cancellationToken).ConfigureAwait(false);
        if (location is null) (error ?? Console.Error).WriteLine($"No location named '{name}'.");
        return location;
    }
}
