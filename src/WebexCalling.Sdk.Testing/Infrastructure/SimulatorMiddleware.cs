using System.Globalization;
using Microsoft.AspNetCore.Http;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Infrastructure;

/// <summary>
/// What happens to every request before it reaches an endpoint, in this order: tracking id, latency, dropped
/// connection, rate limit (429 + Retry-After), fault (502/503), authentication (401).
/// </summary>
internal sealed class SimulatorMiddleware(SimulatorState state)
{
    private const string PersonKey = "sim.personId";
    private long _window = long.MinValue;
    private int _inWindow;

    /// <summary>Paths that need no access token.</summary>
    // the sign-in page (GET and POST /v1/authorize) is a browser's, without a bearer token
    private static readonly string[] OpenPaths = ["/v1/authorize", "/v1/access_token"];

    public static Guid CallerOf(HttpContext context) => context.Items[PersonKey] is Guid id ? id : Guid.Empty;

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        Interlocked.Increment(ref state.RequestCount);
        TrackingId.Assign(context, state);
        var options = state.Options;

        if (options.Latency > TimeSpan.Zero)
            await Task.Delay(options.Latency, state.Time, context.RequestAborted).ConfigureAwait(false);

        if (options.DropRate > 0 && state.NextDouble() < options.DropRate)
        {
            if (state.InProcess)
                throw new HttpRequestException("The Webex simulator dropped the connection (DropRate).");
            context.Abort();
            return;
        }

        if (options.RateLimit is > 0 && !TakeRateSlot(options.RateLimit.Value, out int retryAfter))
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            await SimResults.WriteErrorAsync(context, StatusCodes.Status429TooManyRequests,
                "Too many requests have been sent in a given amount of time and the request has been rate limited. A Retry-After header will be present in the response.")
                .ConfigureAwait(false);
            return;
        }

        if (options.FaultRate > 0 && state.NextDouble() < options.FaultRate)
        {
            bool badGateway = state.NextDouble() < 0.5;
            await SimResults.WriteErrorAsync(context,
                badGateway ? StatusCodes.Status502BadGateway : StatusCodes.Status503ServiceUnavailable,
                badGateway ? "Bad Gateway (simulated fault)." : "Service Unavailable (simulated fault).").ConfigureAwait(false);
            return;
        }

        if (!Array.Exists(OpenPaths, p => context.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase)))
        {
            var caller = Authenticate(context);
            if (caller is null)
            {
                await SimResults.WriteErrorAsync(context, StatusCodes.Status401Unauthorized,
                    "The request requires a valid access token set in the Authorization request header.").ConfigureAwait(false);
                return;
            }
            context.Items[PersonKey] = caller.Value;
        }

        await next().ConfigureAwait(false);
    }

    private Guid? Authenticate(HttpContext context)
    {
        string? header = context.Request.Headers.Authorization;
        string? token = header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : null;
        lock (state.Sync)
        {
            if (token is not null && state.Tokens.TryGetValue(token, out var record))
                return record.ExpiresAt > state.Time.GetUtcNow() ? record.PersonId : null;
        }
        // without RequireAuth any request (even without a token) acts as the administrator
        return state.Options.RequireAuth ? null : state.AdminId;
    }

    /// <summary>A fixed one-second window: at most <paramref name="perSecond"/> requests in each.</summary>
    private bool TakeRateSlot(int perSecond, out int retryAfterSeconds)
    {
        long nowMs = state.Time.GetUtcNow().ToUnixTimeMilliseconds();
        long window = nowMs / 1000;
        lock (state.Sync)
        {
            if (window != _window)
            {
                _window = window;
                _inWindow = 0;
            }
            if (_inWindow < perSecond)
            {
                _inWindow++;
                retryAfterSeconds = 0;
                return true;
            }
        }
        retryAfterSeconds = 1; // the window ends within a second: Webex's smallest Retry-After
        return false;
    }
}
