using Microsoft.AspNetCore.Http;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Infrastructure;

/// <summary>
/// Webex answers every request with a <c>trackingid</c> header: the client's <c>TrackingID</c> when it sent one,
/// else one of its own.
/// </summary>
internal static class TrackingId
{
    private const string ItemKey = "sim.trackingId";

    public static string Assign(HttpContext context, SimulatorState state)
    {
        string? sent = context.Request.Headers["TrackingID"];
        string id = string.IsNullOrWhiteSpace(sent) ? "ROUTER_" + state.NewGuid().ToString("D").ToUpperInvariant() : sent;
        context.Items[ItemKey] = id;
        context.Response.Headers["trackingid"] = id;
        return id;
    }

    public static string Of(HttpContext context) => context.Items[ItemKey] as string ?? "ROUTER_UNKNOWN";
}
