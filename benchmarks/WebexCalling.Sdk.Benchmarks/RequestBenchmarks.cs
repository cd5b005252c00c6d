using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using WebexCalling.Sdk.People;
using WebexCalling.Sdk.PersonSettings;

namespace WebexCalling.Sdk.Benchmarks;

/// <summary>
/// The SDK's cost per call against a raw HttpClient doing the same request, served from memory (no sockets): a GET with a
/// small answer (one person), a GET of a 1,000-person page, and a PUT of a settings body (call forwarding, whose body
/// rules run). Each pair is one category; the raw client is its baseline.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RequestBenchmarks
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8wMDAwMDAwMQ";
    private static readonly Uri PersonUrl = new($"https://webexapis.com/v1/people/{PersonId}");
    private static readonly Uri PageUrl = new("https://webexapis.com/v1/people?max=1000");
    private static readonly Uri ForwardingUrl = new($"https://webexapis.com/v1/people/{PersonId}/features/callForwarding");
    private HttpClient _http = null!;
    private WebexSimpleApi _api = null!;
    private PersonForwardingSetting _forwarding = null!;
    private RawForwardingBody _rawForwarding = null!;

    [GlobalSetup]
    public void Setup()
    {
        _http = new HttpClient(new InMemoryWebex());
        _api = new WebexSimpleApi("benchmark-token", new WebexApiOptions { HttpClient = _http, PageSize = 1000 });
        _forwarding = _api.PersonSettings.Forwarding.ReadAsync(PersonId).GetAwaiter().GetResult();
        _rawForwarding = JsonSerializer.Deserialize(InMemoryWebex.Forwarding, RequestJson.Default.RawForwardingBody)!;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _api.Dispose();
        _http.Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("GET person")]
    public async Task<string?> RawGetPerson()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, PersonUrl);
        request.Headers.Authorization = new("Bearer", "benchmark-token");
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        return (await JsonSerializer.DeserializeAsync(stream, RequestJson.Default.Person))!.PersonId;
    }

    [Benchmark, BenchmarkCategory("GET person")]
    public async Task<string?> SdkGetPerson() => (await _api.People.DetailsAsync(PersonId)).PersonId;

    [Benchmark(Baseline = true), BenchmarkCategory("GET 1,000-person page")]
    public async Task<int> RawGetPage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, PageUrl);
        request.Headers.Authorization = new("Bearer", "benchmark-token");
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        return (await JsonSerializer.DeserializeAsync(stream, BenchmarkJson.Default.PeoplePage))!.Items.Count;
    }

    [Benchmark, BenchmarkCategory("GET 1,000-person page")]
    public async Task<int> SdkGetPage()
    {
        int count = 0;
        await foreach (var _ in _api.People.ListAsync()) count++;
        return count;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("PUT forwarding")]
    public async Task RawPutForwarding()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, ForwardingUrl);
        request.Headers.Authorization = new("Bearer", "benchmark-token");
        request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(_rawForwarding, RequestJson.Default.RawForwardingBody));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    [Benchmark, BenchmarkCategory("PUT forwarding")]
    public Task SdkPutForwarding() => _api.PersonSettings.Forwarding.ConfigureAsync(PersonId, _forwarding);

    /// <summary>Answers one person, a page of 1,000 (no next link), the forwarding settings and 204 to a PUT.</summary>
    private sealed class InMemoryWebex : HttpMessageHandler
    {
        public static readonly byte[] Forwarding = Encoding.UTF8.GetBytes("""
            {"callForwarding":{"always":{"enabled":false,"destination":"","ringReminderEnabled":false,"destinationVoicemailEnabled":false},
            "busy":{"enabled":false,"destination":"","destinationVoicemailEnabled":false},
            "noAnswer":{"enabled":true,"destination":"+14085551234","numberOfRings":3,"systemMaxNumberOfRings":20,"destinationVoicemailEnabled":false},
            "selectiveForward":{"enabled":false}},
            "businessContinuity":{"enabled":false,"destination":"","destinationVoicemailEnabled":false}}
            """);

        private static readonly byte[] Person = Encoding.UTF8.GetBytes($$"""
            {"id":"{{PersonId}}","emails":["user1@example.com"],"displayName":"User 1","firstName":"User","lastName":"1",
             "orgId":"Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi85NmFi","created":"2015-10-18T14:26:16.000Z","type":"person"}
            """);

        private static readonly byte[] Page = PaginationBenchmarks.BuildPage(0);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is not null) await request.Content.LoadIntoBufferAsync(cancellationToken);
            string path = request.RequestUri!.AbsolutePath;
            byte[]? body = request.Method == HttpMethod.Put ? null
                : path.EndsWith("/callForwarding", StringComparison.Ordinal) ? Forwarding
                : path == "/v1/people" ? Page
                : Person;
            var response = new HttpResponseMessage(body is null ? HttpStatusCode.NoContent : HttpStatusCode.OK) { RequestMessage = request };
            if (body is not null)
            {
                response.Content = new ByteArrayContent(body);
                response.Content.Headers.ContentType = new("application/json");
            }
            return response;
        }
    }
}

public sealed record RawForwardingBody(JsonElement? CallForwarding, JsonElement? BusinessContinuity);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RawForwardingBody))]
[JsonSerializable(typeof(Person))]
internal sealed partial class RequestJson : JsonSerializerContext;
