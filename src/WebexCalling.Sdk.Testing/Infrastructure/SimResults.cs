using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace WebexCalling.Sdk.Testing.Infrastructure;

/// <summary>
/// The answers every area uses: JSON bodies (camelCase, nulls left out because nodes are only added when set) and
/// Webex's error shape <c>{"message", "errors": [{"description"}], "trackingId"}</c>.
/// </summary>
internal static class SimResults
{
    public const string JsonContentType = "application/json;charset=UTF-8";

    // Webex writes '+' and quotes as they are, not as \u002B escapes
    private static readonly JsonSerializerOptions WriteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(JsonNode body) => body.ToJsonString(WriteOptions);

    public static IResult Json(JsonNode body, int status = StatusCodes.Status200OK) =>
        Results.Content(Serialize(body), JsonContentType, Encoding.UTF8, status);

    public static IResult NoContent() => Results.StatusCode(StatusCodes.Status204NoContent);

    public static IResult Error(HttpContext context, int status, string message) =>
        Results.Content(Serialize(ErrorBody(context, message)), JsonContentType, Encoding.UTF8, status);

    public static IResult BadRequest(HttpContext context, string message) => Error(context, StatusCodes.Status400BadRequest, message);

    public static IResult NotFound(HttpContext context, string message) => Error(context, StatusCodes.Status404NotFound, message);

    public static IResult Conflict(HttpContext context, string message) => Error(context, StatusCodes.Status409Conflict, message);

    /// <summary>Writes an error straight to the response (for middleware, which has no endpoint result).</summary>
    public static Task WriteErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = JsonContentType;
        return context.Response.WriteAsync(Serialize(ErrorBody(context, message)), context.RequestAborted);
    }

    public static JsonObject ErrorBody(HttpContext context, string message) => new()
    {
        ["message"] = message,
        ["errors"] = new JsonArray(new JsonObject { ["description"] = message }),
        ["trackingId"] = TrackingId.Of(context),
    };
}
