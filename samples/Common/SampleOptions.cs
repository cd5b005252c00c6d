using System.CommandLine;
using WebexCalling.Sdk;

namespace WebexCalling.Samples;

/// <summary>Command-line options several samples have, and what they take to check them.</summary>
public static class SampleOptions
{
    /// <summary>The exit code of a script for bad arguments.</summary>
    public const int BadArguments = 2;

    /// <summary>A <c>--concurrency</c> option: requests in flight at once, 10 by default.</summary>
    /// <returns>The option.</returns>
    public static Option<int> Concurrency() =>
        new("--concurrency") { Description = "Requests in flight at once", DefaultValueFactory = _ => 10 };

    /// <summary>Checks a <c>--concurrency</c> value before any request; prints why it is bad to <paramref name="error"/>.</summary>
    /// <param name="concurrency">The value.</param>
    /// <param name="error">Where the message goes.</param>
    /// <returns>True when it is at least 1.</returns>
    public static bool CheckConcurrency(int concurrency, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (concurrency >= 1) return true;
        error.WriteLine("--concurrency must be at least 1.");
        return false;
    }

    /// <summary>A <c>--location NAME</c> option (one location, by name).</summary>
    /// <param name="description">What the location limits.</param>
    /// <returns>The option.</returns>
    public static Option<string?> Location(string description) => new("--location") { Description = description };

    /// <summary>
    /// The id of the location a <c>--location</c> option names: (true, null) when no name was given, (true, id) when
    /// the organisation has a location of that name, and (false, null) after printing "No location named 'X'." to
    /// <paramref name="error"/>.
    /// </summary>
    /// <param name="api">The API.</param>
    /// <param name="name">The option's value.</param>
    /// <param name="error">Where the message goes.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>Whether to go on, and the location id.</returns>
    /// <exception cref="WebexApiException">The locations could not be listed.</exception>
    public static async Task<(bool Ok, string? LocationId)> LocationIdAsync(WebexSimpleApi api, string? name, TextWriter error,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(error);
        if (name is null) return (true, null);
        var location = await Lookups.LocationAsync(api, name, error, cancellationToken).ConfigureAwait(false);
        if (location is not null) return (true, location.LocationId);
        return (false, null);
    }
}
