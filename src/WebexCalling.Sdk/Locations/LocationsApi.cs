namespace WebexCalling.Sdk.Locations;

// The members generated from tools/api/locations.yml are in LocationsApi.g.cs.
public partial class LocationsApi
{
    /// <summary>Finds the location with exactly this name (the list filter matches parts of names too).</summary>
    /// <param name="name">The location's name.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The location, or null when there is none of that name.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<Location?> ByNameAsync(string name, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        await foreach (var location in ListAsync(name: name, orgId: orgId, cancellationToken: cancellationToken).ConfigureAwait(false))
            if (location.Name == name) return location;
        return null;
    }
}
