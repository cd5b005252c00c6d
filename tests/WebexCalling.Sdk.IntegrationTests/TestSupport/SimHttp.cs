using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace WebexCalling.Sdk.IntegrationTests.TestSupport;

/// <summary>Plain HTTP against the simulator as the administrator: the answers as JSON, for endpoints the SDK does not cover yet.</summary>
public static class SimHttp
{
    public sealed record Answer(HttpStatusCode Status, JsonNode? Json, HttpResponseMessage Response)
    {
        public JsonObject Object => Assert.IsType<JsonObject>(Json);

        public string? Link => Response.Headers.TryGetValues("Link", out var values) ? values.Single() : null;
    }

    public static async Task<Answer> SendAsync(this SimHarness h, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", h.Sim.DevToken);
        if (body is not null)
        {
            string text = body is JsonNode node ? node.ToJsonString() : body as string ?? throw new ArgumentException("A JsonNode or a string.", nameof(body));
            request.Content = new StringContent(text, Encoding.UTF8, "application/json");
        }
        var response = await h.Http.SendAsync(request);
        string content = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, content.Length == 0 ? null : JsonNode.Parse(content), response);
    }

    public static Task<Answer> GetAsync(this SimHarness h, string path) => h.SendAsync(HttpMethod.Get, path);

    public static Task<Answer> PutAsync(this SimHarness h, string path, object body) => h.SendAsync(HttpMethod.Put, path, body);

    public static Task<Answer> PostAsync(this SimHarness h, string path, object body) => h.SendAsync(HttpMethod.Post, path, body);

    public static Task<Answer> DeleteAsync(this SimHarness h, string path, object? body = null) => h.SendAsync(HttpMethod.Delete, path, body);

    /// <summary>The calling users of the demo organisation (id, extension, locationId), in list order.</summary>
    public static async Task<List<JsonObject>> CallingUsersAsync(this SimHarness h)
    {
        var answer = await h.GetAsync("people?callingData=true&max=100");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.Object["items"]!.AsArray().OfType<JsonObject>().Where(p => p["locationId"] is not null).ToList();
    }
}
