using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using WebexCalling.Sdk.Auth;

namespace WebexCalling.Sdk.Rest;

/// <summary>
/// The one place that talks HTTP to Webex: bearer authentication, a concurrency limit, a session-wide pause after
/// 429, retries, Link-header pagination, JSON through source-generated metadata, and <see cref="WebexApiException"/>
/// for every error answer. Every API area of <see cref="WebexSimpleApi"/> shares one session; use it directly to call
/// an endpoint the SDK does not cover yet.
/// </summary>
public sealed class RestSession : IDisposable
{
    private static readonly ResiliencePropertyKey<RequestState> StateKey = new("webex.request");
    private static readonly string UserAgent = BuildUserAgent();
    private const int MaxUnauthorizedRetries = 3;

    private readonly WebexApiOptions _options;
    private readonly ITokenProvider _tokens;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly SemaphoreSlim _slots;
    private readonly RateLimitGate _gate;
    private readonly AdaptivePacer? _pacer; // null: RateLimitMode.SessionPause
    // built when a first attempt needs a retry, not before: a process whose requests succeed at once never loads or
    // compiles Polly (~30 ms and ~500 methods JIT-compiled in a cold process)
    private readonly Lazy<ResiliencePipeline<HttpResponseMessage>> _pipeline;
    private readonly ILogger _logger;

    /// <summary>Creates a session; <see cref="WebexSimpleApi"/> does this for you.</summary>
    /// <param name="tokens">Supplies the access token for every request.</param>
    /// <param name="options">Settings; copied, so later changes have no effect.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public RestSession(ITokenProvider tokens, WebexApiOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        _options = (options ?? new WebexApiOptions()).Clone();
        _options.Validate();
        // longer than a timer can wait (60 days, TimeSpan.MaxValue): what the caller means is no timeout
        if (_options.Timeout > Backoff.TimerLimit) _options.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
        if (!_options.BaseUrl.AbsoluteUri.EndsWith('/'))
            _options.BaseUrl = new Uri(_options.BaseUrl.AbsoluteUri + "/");
        _tokens = tokens;
        _ownsHttp = _options.HttpClient is null;
        _http = _options.HttpClient ?? CreateOwnHttpClient(_options.ConcurrentRequests);
        _slots = new SemaphoreSlim(_options.ConcurrentRequests, _options.ConcurrentRequests);
        _gate = new RateLimitGate(_options.TimeProvider);
        _pacer = _options.Retry.RateLimitMode == RateLimitMode.Adaptive ? new AdaptivePacer(_options.TimeProvider) : null;
        _logger = _options.LoggerFactory?.CreateLogger("WebexCalling.Sdk.RestSession") ?? NullLogger.Instance;
        _pipeline = new(BuildPipeline, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The base URL every relative path is resolved against (always ends with <c>/</c>).</summary>
    public Uri BaseUrl => _options.BaseUrl;

    /// <summary>The clock the session waits with.</summary>
    public TimeProvider TimeProvider => _options.TimeProvider;

    /// <summary>
    /// The moment a 429 pause of this session ends, or null when requests flow freely; always null in
    /// <see cref="RateLimitMode.Adaptive"/>, which paces requests instead of pausing them (see <see cref="RequestsPerSecond"/>).
    /// </summary>
    public DateTimeOffset? RateLimitedUntil => _gate.PausedUntil;

    /// <summary>
    /// The pace <see cref="RateLimitMode.Adaptive"/> has learned from Webex's 429 answers, in requests per second, or
    /// null while requests are not paced (no 429 yet, or <see cref="RateLimitMode.SessionPause"/>).
    /// </summary>
    public double? RequestsPerSecond => _pacer?.Rate;

    /// <summary>Sends a GET and reads the JSON answer.</summary>
    /// <typeparam name="T">The answer's type.</typeparam>
    /// <param name="path">A path relative to <see cref="BaseUrl"/> (<c>locations/{id}</c>) or an absolute Webex URL.</param>
    /// <param name="query">Query parameters, or null.</param>
    /// <param name="resultType">Serialization metadata for the answer, e.g. <c>WebexJson.Default.Location</c>.</param>
    /// <param name="cancellationToken">Cancels the request and any wait before it.</param>
    /// <exception cref="WebexApiException">Webex answered with an error, or with JSON that does not fit <typeparamref name="T"/>.</exception>
    public async Task<T> GetAsync<T>(string path, Query? query, JsonTypeInfo<T> resultType,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resultType);
        var url = BuildUrl(path, query);
        using var response = await SendAsync(HttpMethod.Get, url, null, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync(response, resultType, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <see cref="GetAsync{T}(string, Query?, JsonTypeInfo{T}, CancellationToken)"/> for generated members: the answer's
    /// contract is built on the thread pool while the request is in flight, not before it is sent.
    /// </summary>
    internal async Task<T> GetAsync<T>(string path, Query? query, Func<JsonTypeInfo<T>> resultType,
        CancellationToken cancellationToken)
    {
        var url = BuildUrl(path, query);
        var contract = Contracts.Build(resultType);
        using var response = await SendAsync(HttpMethod.Get, url, null, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync(response, await contract.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a POST with a JSON body and reads the JSON answer.</summary>
    /// <exception cref="WebexApiException">Webex answered with an error, or with JSON that does not fit <typeparamref name="TResult"/>.</exception>
    /// <inheritdoc cref="PutAsync{TBody, TResult}"/>
    public Task<TResult> PostAsync<TBody, TResult>(string path, Query? query, TBody body, JsonTypeInfo<TBody> bodyType,
        JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken = default) =>
        SendJsonAsync(HttpMethod.Post, path, query, body, bodyType, resultType, cancellationToken);

    /// <summary>Sends a POST with a JSON body (or none) and ignores the answer's body.</summary>
    /// <exception cref="WebexApiException">Webex answered with an error.</exception>
    /// <inheritdoc cref="PutAsync{TBody, TResult}"/>
    public Task PostAsync<TBody>(string path, Query? query, TBody? body, JsonTypeInfo<TBody> bodyType,
        CancellationToken cancellationToken = default) =>
        SendJsonAsync(HttpMethod.Post, path, query, body, bodyType, cancellationToken);

    /// <summary>Sends a PUT with a JSON body and reads the JSON answer.</summary>
    /// <typeparam name="TBody">The body's type.</typeparam>
    /// <typeparam name="TResult">The answer's type.</typeparam>
    /// <param name="path">A path relative to <see cref="BaseUrl"/> or an absolute Webex URL.</param>
    /// <param name="query">Query parameters, or null.</param>
    /// <param name="body">The body; null values of its properties are left out.</param>
    /// <param name="bodyType">Serialization metadata for the body.</param>
    /// <param name="resultType">Serialization metadata for the answer.</param>
    /// <param name="cancellationToken">Cancels the request and any wait before it.</param>
    /// <exception cref="WebexApiException">Webex answered with an error, or with JSON that does not fit <typeparamref name="TResult"/>.</exception>
    public Task<TResult> PutAsync<TBody, TResult>(string path, Query? query, TBody body, JsonTypeInfo<TBody> bodyType,
        JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken = default) =>
        SendJsonAsync(HttpMethod.Put, path, query, body, bodyType, resultType, cancellationToken);

    /// <summary>Sends a PUT with a JSON body and ignores the answer's body.</summary>
    /// <exception cref="WebexApiException">Webex answered with an error.</exception>
    /// <inheritdoc cref="PutAsync{TBody, TResult}"/>
    public Task PutAsync<TBody>(string path, Query? query, TBody body, JsonTypeInfo<TBody> bodyType,
        CancellationToken cancellationToken = default) =>
        SendJsonAsync(HttpMethod.Put, path, query, body, bodyType, cancellationToken);

    /// <summary>Sends a PATCH with a JSON body and reads the JSON answer.</summary>
    /// <exception cref="WebexApiException">Webex answered with an error, or with JSON that does not fit <typeparamref name="TResult"/>.</exception>
    /// <inheritdoc cref="PutAsync{TBody, TResult}"/>
    public Task<TResult> PatchAsync<TBody, TResult>(string path, Query? query, TBody body, JsonTypeInfo<TBody> bodyType,
        JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken = default) =>
        SendJsonAsync(HttpMethod.Patch, path, query, body, bodyType, resultType, cancellationToken);

    /// <summary>Sends a PATCH with a JSON body and ignores the answer's body.</summary>
    /// <exception cref="WebexApiException">Webex answered with an error.</exception>
    /// <inheritdoc cref="PutAsync{TBody, TResult}"/>
    public Task PatchAsync<TBody>(string path, Query? query, TBody body, JsonTypeInfo<TBody> bodyType,
        CancellationToken cancellationToken = default) =>
        SendJsonAsync(HttpMethod.Patch, path, query, body, bodyType, cancellationToken);

    /// <summary>Sends a DELETE.</summary>
    /// <param name="path">A path relative to <see cref="BaseUrl"/> or an absolute Webex URL.</param>
    /// <param name="query">Query parameters, or null.</param>
    /// <param name="cancellationToken">Cancels the request and any wait before it.</param>
    /// <exception cref="WebexApiException">Webex answered with an error.</exception>
    public async Task DeleteAsync(string path, Query? query = null, CancellationToken cancellationToken = default)
    {
        var url = BuildUrl(path, query);
        using var response = await SendAsync(HttpMethod.Delete, url, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a DELETE with a JSON body (some Webex bulk deletes take the ids in the body).</summary>
    /// <exception cref="WebexApiException">Webex answered with an error.</exception>
    /// <inheritdoc cref="PutAsync{TBody, TResult}"/>
    public Task DeleteAsync<TBody>(string path, Query? query, TBody body, JsonTypeInfo<TBody> bodyType,
        CancellationToken cancellationToken = default) =>
        SendJsonAsync(HttpMethod.Delete, path, query, body, bodyType, cancellationToken);

    /// <summary>
    /// Lists a collection page by page, following <c>Link: &lt;…&gt;; rel="next"</c>. A page is requested only when
    /// the caller's enumeration reaches it; leaving the loop early sends no further request.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="path">A path relative to <see cref="BaseUrl"/> or an absolute Webex URL.</param>
    /// <param name="query">Filters; kept on every page even when Webex's next link drops them. <c>max</c> sets the page size.</param>
    /// <param name="itemType">Serialization metadata for one item.</param>
    /// <param name="itemsKey">The answer's property that holds the items: <c>items</c> for most lists, <c>queues</c>, <c>agents</c>, … for others.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <exception cref="WebexApiException">Webex answered with an error, or with a page that does not fit <typeparamref name="T"/>.</exception>
    public IAsyncEnumerable<T> PaginateAsync<T>(string path, Query? query, JsonTypeInfo<T> itemType, string itemsKey = "items",
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(itemType);
        ArgumentException.ThrowIfNullOrEmpty(itemsKey);
        var (first, filters) = FirstPage(path, query);
        return PaginateCoreAsync(first, filters, null, itemType, itemsKey, cancellationToken);
    }

    /// <summary>
    /// <see cref="PaginateAsync{T}(string, Query?, JsonTypeInfo{T}, string, CancellationToken)"/> for generated members:
    /// the item's contract is built on the thread pool while the first page is requested, not before it.
    /// </summary>
    internal IAsyncEnumerable<T> PaginateAsync<T>(string path, Query? query, Func<JsonTypeInfo<T>> itemType, string itemsKey,
        CancellationToken cancellationToken)
    {
        var (first, filters) = FirstPage(path, query);
        return PaginateCoreAsync(first, filters, itemType, null, itemsKey, cancellationToken);
    }

    // the first page's URL, and the filters every later page keeps: the caller's query and the page size
    private (Uri First, Query Filters) FirstPage(string path, Query? query)
    {
        var filters = new Query();
        if (query is not null)
            foreach (var (key, value) in query) filters[key] = value;
        if (_options.PageSize is int pageSize && !filters.Contains("max")) filters["max"] = pageSize;
        return (BuildUrl(path, filters), filters);
    }

    /// <summary>
    /// Sends one request through the whole pipeline (authentication, gates, retries) and returns the successful
    /// response; the caller disposes it. For endpoints whose answers are not JSON.
    /// </summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="url">An absolute URL on a Webex host (see <see cref="BuildUrl"/>).</param>
    /// <param name="content">The body and its media type, or null; sent again unchanged on a retry.</param>
    /// <param name="cancellationToken">Cancels the request and any wait before it.</param>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri url, RequestContent? content,
        CancellationToken cancellationToken = default) =>
        SendAsync(method, url, content, authenticate: true, cancellationToken);

    /// <summary>Resolves a path against <see cref="BaseUrl"/> and appends the query.</summary>
    /// <param name="path">A relative path (<c>people/me</c>) or an absolute URL.</param>
    /// <param name="query">Query parameters, or null.</param>
    public Uri BuildUrl(string path, Query? query = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        Uri url = Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? absolute
            : new Uri(_options.BaseUrl, path.TrimStart('/'));
        if (query is null || query.Count == 0) return url;
        var builder = new UriBuilder(url);
        string extra = query.ToString();
        builder.Query = string.IsNullOrEmpty(builder.Query) || builder.Query == "?" ? extra : builder.Query.TrimStart('?') + "&" + extra;
        return builder.Uri;
    }

    /// <summary>Disposes the HttpClient if the session created it.</summary>
    public void Dispose()
    {
        if (_ownsHttp) _http.Dispose();
        _slots.Dispose();
    }

    internal async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri url, RequestContent? content, bool authenticate,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(url);
        if (authenticate && !IsWebexHost(url))
            throw new InvalidOperationException(
                $"Refusing to send the access token to {url.GetLeftPart(UriPartial.Authority)}: it is not the Webex API host {_options.BaseUrl.GetLeftPart(UriPartial.Authority)}.");
        // read once, as the call starts: the caller's scope may end while this call is still retrying
        bool retryPosts = authenticate && WebexRequestOptions.RetryPostsInScope;
        // a 401 is worth another attempt while each is for a token the provider has since replaced: a request slow
        // enough for its short-lived token to expire in flight twice still succeeds; the same token twice ends it
        int refreshes = 0;
        string? rejected = null;
        while (true)
        {
            var state = new RequestState(method, url, content, authenticate) { RetryPosts = retryPosts };
            HttpResponseMessage response;
            try
            {
                response = await ExecuteAsync(state, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException e)
            {
                // after the retries: the same context an error answer carries, the transport's exception inside
                throw new WebexApiException(method.Method, url, Redaction.Body(e.Message, state.Token), state.TrackingId, e);
            }
            if (response.IsSuccessStatusCode) return response;
            if (response.StatusCode == HttpStatusCode.Unauthorized && state.Token is { } token
                && refreshes < MaxUnauthorizedRetries && !string.Equals(token, rejected, StringComparison.Ordinal)
                && await _tokens.TryRefreshAsync(token, cancellationToken).ConfigureAwait(false))
            {
                refreshes++;
                rejected = token;
                response.Dispose();
                Log.RetryingAfterRefresh(_logger, method.Method, url.AbsolutePath);
                continue;
            }
            using (response)
                throw await CreateExceptionAsync(response, state, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<TResult> SendJsonAsync<TBody, TResult>(HttpMethod method, string path, Query? query, TBody body,
        JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bodyType);
        ArgumentNullException.ThrowIfNull(resultType);
        var url = BuildUrl(path, query);
        var content = body is null ? null : RequestContent.Json(body, bodyType);
        using var response = await SendAsync(method, url, content, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync(response, resultType, cancellationToken).ConfigureAwait(false);
    }

    private async Task SendJsonAsync<TBody>(HttpMethod method, string path, Query? query, TBody? body,
        JsonTypeInfo<TBody> bodyType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bodyType);
        var url = BuildUrl(path, query);
        var content = body is null ? null : RequestContent.Json(body, bodyType);
        using var response = await SendAsync(method, url, content, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a body already made (a generated member's body by its rules) and reads the JSON answer.</summary>
    internal async Task<TResult> SendBodyAsync<TResult>(HttpMethod method, string path, Query? query, RequestContent body,
        JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, BuildUrl(path, query), body, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync(response, resultType, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a body already made and ignores the answer's body.</summary>
    internal async Task SendBodyAsync(HttpMethod method, string path, Query? query, RequestContent body,
        CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, BuildUrl(path, query), body, cancellationToken).ConfigureAwait(false);
    }

    private async IAsyncEnumerable<T> PaginateCoreAsync<T>(Uri first, Query filters, Func<JsonTypeInfo<T>>? contract,
        JsonTypeInfo<T>? itemType, string itemsKey, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var building = contract is null ? null : Contracts.Build(contract);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Uri? url = first;
        int page = 0;
        while (url is not null)
        {
            if (!seen.Add(url.AbsoluteUri))
                throw new InvalidOperationException($"Webex sent the page link {url.AbsolutePath} twice; stopping to avoid an endless list.");
            List<T> items;
            Uri? next;
            using (var response = await SendAsync(HttpMethod.Get, url, null, cancellationToken).ConfigureAwait(false))
            {
                next = LinkHeader.FindNext(response);
                byte[] bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                LogResponseBody(response, bytes);
                itemType ??= await building!.ConfigureAwait(false);
                items = ReadPage(bytes, itemsKey, itemType, response);
            }
            Log.PageRead(_logger, url.AbsolutePath, ++page, items.Count);
            foreach (var item in items) yield return item;
            if (items.Count == 0 || next is null) yield break;
            url = KeepFilters(next, filters);
        }
    }

    private async Task<HttpResponseMessage> ExecuteAsync(RequestState state, CancellationToken cancellationToken)
    {
        // the first attempt runs outside the pipeline: most requests succeed at once. An outcome one of the retry
        // strategies handles is handed to the pipeline as its first attempt's outcome, so that its delays, logging,
        // pauses and attempt numbers are those of a request the pipeline had sent itself
        Outcome<HttpResponseMessage> first;
        try
        {
            var response = await AttemptAsync(state, cancellationToken).ConfigureAwait(false);
            if (!IsRateLimited(response, _options.Retry) && !IsTransient(response, null, state, _options.Retry)) return response;
            first = Outcome.FromResult(response);
        }
        catch (Exception e) when (IsTransient(null, e, state, _options.Retry))
        {
            first = Outcome.FromException<HttpResponseMessage>(e);
        }
        state.Replay = first;
        var pipeline = _pipeline.Value;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(StateKey, state);
        try
        {
            var outcome = await pipeline.ExecuteOutcomeAsync(static async (ctx, self) =>
            {
                var state = ctx.Properties.GetValue(StateKey, null!);
                if (state.Replay is { } replay)
                {
                    state.Replay = null;
                    return replay;
                }
                try
                {
                    return Outcome.FromResult(await self.AttemptAsync(state, ctx.CancellationToken).ConfigureAwait(false));
                }
                catch (Exception e)
                {
                    return Outcome.FromException<HttpResponseMessage>(e);
                }
            }, context, this).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    // the rate-limit strategy's rule: a 429, while retries for it are configured
    private static bool IsRateLimited(HttpResponseMessage? response, WebexRetryOptions retry) =>
        retry.MaxRateLimitRetries > 0 && response?.StatusCode == HttpStatusCode.TooManyRequests;

    // the transient strategy's rule: a transport error, a timeout or 502/503/504 of a request that may be repeated
    private static bool IsTransient(HttpResponseMessage? response, Exception? exception, RequestState state, WebexRetryOptions retry) =>
        retry.MaxTransientRetries > 0 && (state.IsIdempotent || state.RetryPosts)
        && (exception is HttpRequestException or TimeoutException
            || response?.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout);

    private async ValueTask<HttpResponseMessage> AttemptAsync(RequestState state, CancellationToken cancellationToken)
    {
        // wait out any 429 pause, then for a slot; re-check the pause, which may have begun while we queued
        while (true)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (_gate.PausedUntil is null) break;
            _slots.Release();
        }
        try
        {
            // asked for on every attempt: after a long 429 pause the provider may have renewed it
            if (state.Authenticate) state.Token = await _tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
            if (_pacer is null) return await SendOnceAsync(state, cancellationToken).ConfigureAwait(false);
            // in its slot: the requests of the session leave evenly spaced at the learned pace
            state.PacedAfter = await _pacer.WaitAsync(cancellationToken).ConfigureAwait(false);
            var response = await SendOnceAsync(state, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.TooManyRequests) _pacer.OnSuccess();
            else if (_pacer.OnThrottled(state.PacedAfter) is double pace)
                Log.PaceChanged(_logger, state.Method.Method, Redaction.PathAndQuery(state.Url), Math.Round(pace, 1));
            return response;
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(RequestState state, CancellationToken cancellationToken)
    {
        state.Attempt++;
        state.TrackingId = NewTrackingId();
        long start = _options.TimeProvider.GetTimestamp();
        // the timeout covers the request only, not the waits before it: a queued request must not time out unsent
        using var timeout = _options.Timeout == System.Threading.Timeout.InfiniteTimeSpan
            ? null
            : new CancellationTokenSource(_options.Timeout, _options.TimeProvider);
        using var linked = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = new HttpRequestMessage(state.Method, state.Url);
            if (state.Token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", state.Token);
            request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
            request.Headers.TryAddWithoutValidation("TrackingID", state.TrackingId);
            request.Headers.TryAddWithoutValidation("Accept", "application/json");
            if (state.Content is { } body)
            {
                request.Content = new ReadOnlyMemoryContent(body.Bytes);
                request.Content.Headers.TryAddWithoutValidation("Content-Type", body.MediaType);
                if (_logger.IsEnabled(LogLevel.Trace))
                    Log.RequestBody(_logger, state.Method.Method, Redaction.PathAndQuery(state.Url),
                        Redaction.Body(Encoding.UTF8.GetString(body.Bytes.Span), state.Token));
            }
            var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked?.Token ?? cancellationToken)
                .ConfigureAwait(false);
            // the redacted path is a string made per request: only when the line is written
            if (_logger.IsEnabled(LogLevel.Debug))
                Log.RequestCompleted(_logger, state.Method.Method, Redaction.PathAndQuery(state.Url), (int)response.StatusCode,
                    (long)_options.TimeProvider.GetElapsedTime(start).TotalMilliseconds, state.Attempt, state.TrackingId);
            return response;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            Log.RequestFailed(_logger, state.Method.Method, Redaction.PathAndQuery(state.Url),
                (long)_options.TimeProvider.GetElapsedTime(start).TotalMilliseconds, state.Attempt, state.TrackingId,
                Redaction.Body(e.Message, state.Token));
            // our timeout, or the HttpClient's own one (a client passed in options may have one): not the caller's
            if (e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
                throw new TimeoutException(
                    $"{state.Method.Method} {state.Url.AbsolutePath} got no answer within {Describe(_options.Timeout)} (trackingId {state.TrackingId}).", e);
            // the caller's cancellation: HttpClient reports it with our linked token, which the caller cannot compare with
            if (e is OperationCanceledException canceled && canceled.CancellationToken != cancellationToken)
                throw canceled is TaskCanceledException
                    ? new TaskCanceledException(canceled.Message, canceled, cancellationToken)
                    : new OperationCanceledException(canceled.Message, canceled, cancellationToken);
            throw;
        }
    }

    // WEBEX_CS_SDK_ and a GUID, formatted straight into the one string
    private static string NewTrackingId() => string.Create(TrackingIdPrefix.Length + 36, Guid.NewGuid(), static (chars, guid) =>
    {
        TrackingIdPrefix.CopyTo(chars);
        guid.TryFormat(chars[TrackingIdPrefix.Length..], out _, "D");
    });

    private const string TrackingIdPrefix = "WEBEX_CS_SDK_";

    private static string Describe(TimeSpan timeout) =>
        timeout == System.Threading.Timeout.InfiniteTimeSpan ? "the HttpClient's timeout" : $"{timeout.TotalSeconds:0.#} s";

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline()
    {
        var retry = _options.Retry;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _options.TimeProvider };
        if (retry.MaxRateLimitRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "webex-rate-limit",
                MaxRetryAttempts = retry.MaxRateLimitRetries,
                ShouldHandle = args => ValueTask.FromResult(IsRateLimited(args.Outcome.Result, retry)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                    Backoff.RateLimit(args.Outcome.Result!, args.AttemptNumber, retry, _options.TimeProvider)),
                OnRetry = args =>
                {
                    var state = args.Context.Properties.GetValue(StateKey, null!);
                    if (_pacer is null)
                    {
                        // every request of the session waits this out, not only the throttled one
                        _gate.PauseFor(args.RetryDelay);
                        Log.RateLimited(_logger, state.Method.Method, Redaction.PathAndQuery(state.Url),
                            (long)args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1, retry.MaxRateLimitRetries);
                    }
                    else
                    {
                        // only this request waits; the others keep flowing at the pace the 429 cut
                        Log.RateLimitedPaced(_logger, state.Method.Method, Redaction.PathAndQuery(state.Url),
                            (long)args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1, retry.MaxRateLimitRetries);
                    }
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }
        if (retry.MaxTransientRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "webex-transient",
                MaxRetryAttempts = retry.MaxTransientRetries,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome.Result, args.Outcome.Exception,
                    args.Context.Properties.GetValue(StateKey, null!), retry)),
                // a 503 may say when to come back (Retry-After): only this request waits for it, as long as the backoff at least
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(args.Outcome.Result is { } answer
                    ? Backoff.RateLimit(answer, args.AttemptNumber, retry, _options.TimeProvider)
                    : Backoff.Exponential(args.AttemptNumber, retry)),
                OnRetry = args =>
                {
                    var state = args.Context.Properties.GetValue(StateKey, null!);
                    string reason = args.Outcome.Result is { } r
                        ? $"{(int)r.StatusCode} {r.ReasonPhrase}"
                        : Redaction.Body(args.Outcome.Exception?.GetType().Name + ": " + args.Outcome.Exception?.Message, state.Token);
                    Log.TransientRetry(_logger, state.Method.Method, Redaction.PathAndQuery(state.Url), reason,
                        (long)args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1, retry.MaxTransientRetries);
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }
        return builder.Build();
    }

    internal async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> resultType, CancellationToken cancellationToken)
    {
        byte[] bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        LogResponseBody(response, bytes);
        if (bytes.Length == 0)
            throw Unreadable(response, $"the answer has no body, but {typeof(T).Name} was expected", null);
        try
        {
            return JsonSerializer.Deserialize(bytes, resultType)
                ?? throw Unreadable(response, $"the answer is JSON null, but {typeof(T).Name} was expected", null);
        }
        catch (JsonException e)
        {
            throw Unreadable(response, $"the answer is not the JSON expected for {typeof(T).Name}: {e.Message}", e);
        }
    }

    // a page without its items array is an answer we cannot read, not an empty list: for an audit a silently empty
    // list is the worst answer (no list the SDK pages is documented to answer {} when empty)
    private static List<T> ReadPage<T>(byte[] json, string itemsKey, JsonTypeInfo<T> itemType, HttpResponseMessage response)
    {
        string expected = $"a list of {typeof(T).Name} under \"{itemsKey}\" was expected";
        if (json.Length == 0) throw Unreadable(response, $"the page has no body, but {expected}", null);
        List<T>? items = null;
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                throw new JsonException($"a page must be a JSON object, not {reader.TokenType}.");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isItems = reader.ValueTextEquals(itemsKey);
                reader.Read();
                if (isItems)
                {
                    if (reader.TokenType != JsonTokenType.StartArray)
                        throw Unreadable(response, $"\"{itemsKey}\" is {reader.TokenType}, not an array, but {expected}", null);
                    // one deserializer call per page, not per item: a call per item costs a reader stack each
                    items = JsonSerializer.Deserialize(ref reader, PageListInfo.For(itemType)) ?? [];
                    items.RemoveAll(item => item is null);
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException e)
        {
            throw Unreadable(response, $"the page is not the JSON expected for a list of {typeof(T).Name} under \"{itemsKey}\": {e.Message}", e);
        }
        return items ?? throw Unreadable(response, $"the page has no \"{itemsKey}\", but {expected}", null);
    }

    private static WebexApiException Unreadable(HttpResponseMessage response, string problem, Exception? inner)
    {
        var request = response.RequestMessage;
        return new WebexApiException(request?.Method.Method ?? "?", request?.RequestUri ?? new Uri("unknown:"), response.StatusCode,
            problem, trackingId: TrackingIdOf(response, null), innerException: inner);
    }

    private async Task<WebexApiException> CreateExceptionAsync(HttpResponseMessage response, RequestState state,
        CancellationToken cancellationToken)
    {
        string body;
        try
        {
            body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException)
        {
            body = "";
        }
        // masked by field name, then by value: an echo may quote a secret of the request without its name
        body = Redaction.Body(body, state.Token);
        if (state.Content is { } sent) body = Redaction.Values(body, Redaction.SecretValues(sent.Bytes.Span));
        body = Redaction.Values(body, Redaction.SecretValues(state.Url));
        LogResponseBody(response, Encoding.UTF8.GetBytes(body));
        var (message, errors, bodyTrackingId) = ErrorBody.Parse(body);
        return new WebexApiException(state.Method.Method, state.Url, response.StatusCode, message, errors,
            TrackingIdOf(response, bodyTrackingId),
            Backoff.RetryAfter(response, _options.TimeProvider, TimeSpan.FromDays(1)));
    }

    // Webex's trackingId (header, else body), else the TrackingID this SDK sent with the request
    private static string? TrackingIdOf(HttpResponseMessage response, string? fromBody)
    {
        if (response.Headers.NonValidated.TryGetValues("trackingId", out var values))
            foreach (string v in values)
                if (!string.IsNullOrWhiteSpace(v)) return v;
        if (fromBody is not null) return fromBody;
        if (response.RequestMessage?.Headers.NonValidated.TryGetValues("TrackingID", out var sent) == true)
            foreach (string v in sent) return v;
        return null;
    }

    private void LogResponseBody(HttpResponseMessage response, byte[] bytes)
    {
        if (!_logger.IsEnabled(LogLevel.Trace) || bytes.Length == 0) return;
        var request = response.RequestMessage;
        // the request's own Authorization header names the token to mask, should the answer echo it
        Log.ResponseBody(_logger, request?.Method.Method ?? "?", (request?.RequestUri is { } uri ? Redaction.PathAndQuery(uri) : "?"),
            Redaction.Body(Encoding.UTF8.GetString(bytes), request?.Headers.Authorization?.Parameter));
    }

    private bool IsWebexHost(Uri url)
    {
        var baseUrl = _options.BaseUrl;
        if (Uri.Compare(url, baseUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
            return true;
        // analytics-calling.webexapis.com (CDR) and the like, when we talk to the real Webex
        static bool IsWebexApis(string host) => host.Equals("webexapis.com", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".webexapis.com", StringComparison.OrdinalIgnoreCase);
        return url.Scheme == Uri.UriSchemeHttps && IsWebexApis(baseUrl.Host) && IsWebexApis(url.Host);
    }

    // Webex has been seen to drop the first request's filters from its next links: put back what is missing
    private static Uri KeepFilters(Uri next, Query filters)
    {
        if (filters.Count == 0) return next;
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (string part in next.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = part.IndexOf('=', StringComparison.Ordinal);
            present.Add(Uri.UnescapeDataString(eq < 0 ? part : part[..eq]));
        }
        var missing = new Query();
        foreach (var (key, value) in filters)
            if (!present.Contains(key)) missing[key] = value;
        if (missing.Count == 0) return next;
        var builder = new UriBuilder(next);
        string query = builder.Query.TrimStart('?');
        builder.Query = query.Length == 0 ? missing.ToString() : query + "&" + missing;
        return builder.Uri;
    }

    private static HttpClient CreateOwnHttpClient(int concurrentRequests) =>
        new(new SocketsHttpHandler
        {
            // a long-lived client must still notice DNS changes
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = Math.Max(concurrentRequests, 2),
            AutomaticDecompression = DecompressionMethods.All,
        })
        {
            // per-attempt timeouts are the pipeline's job, with the session's clock
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };

    private static string BuildUserAgent()
    {
        string version = typeof(RestSession).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(RestSession).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        if (plus > 0) version = version[..plus];
        return $"WebexCalling.Sdk/{version} ({RuntimeInformation.FrameworkDescription}; {RuntimeInformation.OSArchitecture})";
    }

    /// <summary>
    /// Serialization contracts built on the thread pool, once per generated call site: a cold process builds one (tens
    /// of milliseconds for a model with many properties) beside its first request instead of before it.
    /// </summary>
    private static class Contracts
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<Delegate, Task> Built = new();

        // keyed by the accessor: a generated call site passes a static lambda, the same delegate on every call
        internal static Task<JsonTypeInfo<T>> Build<T>(Func<JsonTypeInfo<T>> contract) =>
            (Task<JsonTypeInfo<T>>)Built.GetOrAdd(contract, static accessor => Task.Run((Func<JsonTypeInfo<T>>)accessor));
    }

    /// <summary>List metadata built from an item's source-generated metadata, once per item type (AOT-safe).</summary>
    private static class PageListInfo
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<JsonTypeInfo, JsonTypeInfo> Cache = new();

        internal static JsonTypeInfo<List<T>> For<T>(JsonTypeInfo<T> item) =>
            (JsonTypeInfo<List<T>>)Cache.GetOrAdd(item, static info => JsonMetadataServices.CreateListInfo<List<T>, T>(info.Options,
                new JsonCollectionInfoValues<List<T>> { ObjectCreator = static () => [], ElementInfo = (JsonTypeInfo<T>)info }));
    }

    [DebuggerDisplay("{Method} {Url}")]
    private sealed class RequestState(HttpMethod method, Uri url, RequestContent? content, bool authenticate)
    {
        public HttpMethod Method { get; } = method;
        public Uri Url { get; } = url;
        public RequestContent? Content { get; } = content;
        public bool Authenticate { get; } = authenticate;
        public string? Token { get; set; }
        public int Attempt { get; set; }
        public string TrackingId { get; set; } = "";

        // the adaptive pacer's cuts when this attempt's slot was booked
        public int PacedAfter { get; set; }

        // the first attempt's outcome, made outside the pipeline, for the pipeline to take as its own first attempt's
        public Outcome<HttpResponseMessage>? Replay { get; set; }

        // the caller opted this POST or PATCH into transient retries (WebexRequestOptions.RetryPosts)
        public bool RetryPosts { get; init; }

        // Webex has not processed a request it throttled, and these methods may be repeated safely
        public bool IsIdempotent => Method == HttpMethod.Get || Method == HttpMethod.Put || Method == HttpMethod.Delete
            || Method == HttpMethod.Head;

        public override string ToString() => $"{Method} {Url.AbsolutePath}";
    }
}
