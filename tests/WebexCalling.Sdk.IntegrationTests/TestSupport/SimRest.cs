using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace WebexCalling.Sdk.IntegrationTests.TestSupport;

/// <summary>An answer of the simulator: status, headers and the JSON body (default when there is none).</summary>
public sealed record SimAnswer(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)
{
    public string Str(string name) => Body.GetProperty(name).GetString()!;

    public IReadOnlyList<JsonElement> Items => [.. Body.GetProperty("items").EnumerateArray()];
}

/// <summary>Plain HTTP against the simulator as one person (a bearer token), without the SDK.</summary>
public sealed class SimRest(HttpClient http, string token)
{
    public string Token { get; } = token;

    public Task<SimAnswer> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<SimAnswer> PostAsync(string path, string? json = "{}") => SendAsync(HttpMethod.Post, path, json);

    public Task<SimAnswer> PutAsync(string path, string json) => SendAsync(HttpMethod.Put, path, json);

    public Task<SimAnswer> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    public async Task<SimAnswer> SendAsync(HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await http.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        var body = string.IsNullOrWhiteSpace(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new SimAnswer(response.StatusCode, body, response);
    }

    /// <summary>POSTs and asserts the status; the answer for further checks.</summary>
    public async Task<SimAnswer> PostExpectAsync(string path, string json, HttpStatusCode expected)
    {
        var answer = await PostAsync(path, json);
        Assert.True(answer.Status == expected, $"POST {path} {json}: expected {expected}, got {answer.Status} {answer.Body}");
        return answer;
    }
}
