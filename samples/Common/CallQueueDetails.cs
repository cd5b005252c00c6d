using System.Collections.Concurrent;
using WebexCalling.Sdk;
using WebexCalling.Sdk.Telephony.CallQueue;

namespace WebexCalling.Samples;

/// <summary>Reads the details (agents and all) of many call queues; a list of queues carries only their summaries.</summary>
public static class CallQueueDetails
{
    /// <summary>
    /// Reads the details of every queue of <paramref name="queues"/> with <see cref="Bulk.RunAsync{T}"/> (progress and
    /// each failure printed to <paramref name="output"/>). The details keep the summary's id and location name (the
    /// details answer has no location name).
    /// </summary>
    /// <param name="api">The API.</param>
    /// <param name="queues">Queues as <c>api.Telephony.CallQueue.ListAsync</c> returned them.</param>
    /// <param name="output">Where progress and failures go.</param>
    /// <param name="concurrency">Reads in flight at once.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The details of the queues that could be read, in the order of <paramref name="queues"/>, and the counts.</returns>
    public static async Task<(IReadOnlyList<CallQueue> Details, BulkResult Result)> ReadAsync(WebexSimpleApi api,
        IReadOnlyCollection<CallQueue> queues, TextWriter output, int concurrency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(queues);
        var read = new ConcurrentDictionary<string, CallQueue>(StringComparer.Ordinal);
        var result = await Bulk.RunAsync(queues, async (queue, ct) =>
            {
                var details = await api.Telephony.CallQueue.DetailsAsync(queue.LocationId!, queue.Id!, cancellationToken: ct)
                    .ConfigureAwait(false);
                read[queue.Id!] = details with { Id = queue.Id, LocationName = queue.LocationName };
            },
            Names.Queue, output, concurrency, cancellationToken).ConfigureAwait(false);
        return ([.. queues.Where(q => read.ContainsKey(q.Id!)).Select(q => read[q.Id!])], result);
    }

    /// <summary>
    /// Gives every queue of <paramref name="updates"/> its new agent list, one update per queue, with
    /// <see cref="Bulk.RunAsync{T}"/> (progress and each failure printed to <paramref name="output"/>).
    /// </summary>
    /// <param name="api">The API.</param>
    /// <param name="updates">The queues (with their ids and location ids) and their new agents.</param>
    /// <param name="output">Where progress and failures go.</param>
    /// <param name="concurrency">Updates in flight at once.</param>
    /// <param name="cancellationToken">Cancels the updates.</param>
    /// <returns>The counts.</returns>
    public static Task<BulkResult> UpdateAgentsAsync(WebexSimpleApi api, IReadOnlyCollection<(CallQueue Queue, List<Agent> Agents)> updates,
        TextWriter output, int concurrency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        return Bulk.RunAsync(updates,
            (u, ct) => api.Telephony.CallQueue.UpdateAsync(u.Queue.LocationId!, u.Queue.Id!, new CallQueue { Agents = u.Agents }, cancellationToken: ct),
            u => Names.Queue(u.Queue), output, concurrency, cancellationToken);
    }
}
