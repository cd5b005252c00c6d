using System.Diagnostics;
using WebexCalling.Sdk;

namespace WebexCalling.Samples;

/// <summary>What a bulk run did: how many items, how many failed, how long it took.</summary>
/// <param name="Total">Items worked on.</param>
/// <param name="Failed">Items whose call failed (each was reported as it failed).</param>
/// <param name="Elapsed">Wall time of the run.</param>
public sealed record BulkResult(int Total, int Failed, TimeSpan Elapsed)
{
    /// <summary>Items that succeeded.</summary>
    public int Succeeded => Total - Failed;

    /// <summary>The summary line, e.g. "24 done, 0 failed in 120.3 ms".</summary>
    public override string ToString() =>
        $"{Succeeded} done, {Failed} failed in {Elapsed.TotalMilliseconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)} ms";
}

/// <summary>Runs one call per item, several at a time, with progress counts and every failure reported.</summary>
public static class Bulk
{
    /// <summary>
    /// Runs <paramref name="action"/> for every item, at most <paramref name="concurrency"/> at a time (the SDK also caps
    /// and paces its requests). Progress ("  12/24 done, 0 failed") is printed after every tenth of the items; a
    /// <see cref="WebexApiException"/> of an item is printed with the item's name and counted, and the run goes on.
    /// Any other exception is a bug and ends the run; cancellation ends it too.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="action">The work for one item.</param>
    /// <param name="name">How an item is named in a failure line.</param>
    /// <param name="output">Where progress and failures go.</param>
    /// <param name="concurrency">Items in flight at once.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>Counts and time.</returns>
    public static async Task<BulkResult> RunAsync<T>(IReadOnlyCollection<T> items, Func<T, CancellationToken, Task> action,
        Func<T, string> name, TextWriter output, int concurrency = 10, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        int total = items.Count;
        int step = Math.Max(1, total / 10);
        int done = 0;
        int failed = 0;
        var gate = new Lock();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (item, token) =>
            {
                string? failure = null;
                try
                {
                    await action(item, token).ConfigureAwait(false);
                }
                catch (WebexApiException e)
                {
                    failure = $"  failed: {name(item)}: {e.Message}";
                }
                lock (gate)
                {
                    if (failure is not null)
                    {
                        failed++;
                        output.WriteLine(failure);
                    }
                    done++;
                    if (done % step == 0 || done == total) output.WriteLine($"  {done}/{total} done, {failed} failed");
                }
            }).ConfigureAwait(false);
        return new BulkResult(total, failed, watch.Elapsed);
    }
}
