using WebexCalling.Sdk;
using WebexCalling.Sdk.Locations;

namespace WebexCalling.Samples;

/// <summary>Finding the location a sample's <c>--location NAME</c> (or a CSV column) names.</summary>
public static class SampleLocations
{
    /// <summary>
    /// The location whose name is exactly <paramref name="name"/> (the list's name filter also matches other names), or
    /// null, after printing "No location named '...'." to standard error.
    /// </summary>
    /// <param name="api">The organisation.</param>
    /// <param name="name">The location's name.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The location, or null when there is none of that name.</returns>
    /// <exception cref="WebexApiException">The list failed.</exception>
    public static async Task<Location?> FindAsync(WebexSimpleApi api, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        var location = await api.Locations.ListAsync(name: name, cancellationToken: cancellationToken)
            .FirstOrDefaultAsync(l => l.Name == name, cancellationToken).ConfigureAwait(false);
        if (location is null) await Console.Error.WriteLineAsync($"No location named '{name}'.").ConfigureAwait(false);
        return location;
    }
}
