using System.Net.Http.Headers;

namespace WebexCalling.Sdk.Testing.Infrastructure;

/// <summary>
/// Delivers webhook events in the background: one outgoing <see cref="HttpClient"/> (created on the first event), one
/// ordered queue per webhook (events of different webhooks go out in parallel), failures swallowed (a receiver that is
/// down or slow never reaches the simulator). <see cref="WaitForIdleAsync"/> waits until every queue is drained;
/// <see cref="Dispose"/> stops delivery (queued events are dropped, sends in flight are cancelled).
/// Reached by <c>state.Area&lt;WebhookDispatcher&gt;()</c>; <see cref="Enqueue"/> may be called under the state lock.
/// </summary>
internal sealed class WebhookDispatcher : IDisposable
{
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(30);
    private readonly object _lock = new();
    private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private HttpClient? _client;
    private TaskCompletionSource _idle = NewIdle(completed: true);
    private int _pending;
    private long _delivered;
    private long _failed;
    private bool _disposed;

    /// <summary>Events answered with a 2xx by their receiver.</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    /// <summary>Events whose delivery failed (no answer, an error status, timeout).</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Queues one POST of <paramref name="body"/> to <paramref name="target"/> behind the earlier events of the same webhook.</summary>
    public void Enqueue(string webhookId, Uri target, byte[] body, string? signature)
    {
        lock (_lock)
        {
            if (_disposed) return;
            _client ??= new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
            {
                Timeout = SendTimeout,
            };
            if (_pending++ == 0) _idle = NewIdle(completed: false);
            var previous = _tails.GetValueOrDefault(webhookId, Task.CompletedTask);
            _tails[webhookId] = SendAfterAsync(previous, _client, target, body, signature, _stop.Token);
        }
    }

    /// <summary>Completes when no event is queued or in flight.</summary>
    public Task WaitForIdleAsync(CancellationToken cancellationToken)
    {
        Task idle;
        lock (_lock) idle = _idle.Task;
        return idle.WaitAsync(cancellationToken);
    }

    private async Task SendAfterAsync(Task previous, HttpClient client, Uri target, byte[] body, string? signature,
        CancellationToken stop)
    {
        try
        {
            // never send on the caller's thread: Enqueue runs under the simulator's state lock
            await previous.ConfigureAwait(ConfigureAwaitOptions.ForceYielding | ConfigureAwaitOptions.SuppressThrowing);
            stop.ThrowIfCancellationRequested();
            using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            if (signature is not null) request.Headers.TryAddWithoutValidation("X-Spark-Signature", signature);
            using var response = await client.SendAsync(request, stop).ConfigureAwait(false);
            if (response.IsSuccessStatusCode) Interlocked.Increment(ref _delivered);
            else Interlocked.Increment(ref _failed);
        }
#pragma warning disable CA1031 // a receiver's failure (refused, timeout, disposed client) must never reach the simulator
        catch (Exception)
#pragma warning restore CA1031
        {
            Interlocked.Increment(ref _failed);
        }
        finally
        {
            lock (_lock)
            {
                if (--_pending == 0) _idle.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource NewIdle(bool completed)
    {
        var tcs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed) tcs.SetResult();
        return tcs;
    }

    public void Dispose()
    {
        HttpClient? client;
        lock (_lock)
        {
            if (_disposed) return;
            _disposed = true;
            client = _client;
            _client = null;
        }
        _stop.Cancel();
        client?.Dispose();
    }
}
