using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.People;

namespace WebexCalling.Sdk.Benchmarks;

/// <summary>
/// Listing 5,000 people in pages of 1,000 with calling data, served from memory so that only client-side cost is
/// measured. Three ways, in one run:
/// <list type="bullet">
/// <item><c>DeserializeOnly</c>: the theoretical limit, the same pages deserialized with no HTTP at all;</item>
/// <item><c>RawHttpClient</c>: what a careful hand-written client does (GET, follow Link, deserialize the page);</item>
/// <item><c>Sdk</c>: <c>api.People.ListAsync()</c> with everything it adds (auth, gates, retry pipeline, logging hooks).</item>
/// </list>
/// Read the ratios, not the absolute times: this machine is shared.
/// </summary>
[MemoryDiagnoser]
public class PaginationBenchmarks
{
    private const int Pages = 5;
    private const int PageSize = 1000;
    private byte[][] _pages = [];
    private HttpClient _http = null!;
    private WebexSimpleApi _api = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pages = Enumerable.Range(0, Pages).Select(BuildPage).ToArray();
        _http = new HttpClient(new InMemoryWebex(_pages));
        _api = new WebexSimpleApi("benchmark-token", new WebexApiOptions { HttpClient = _http });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _api.Dispose();
        _http.Dispose();
    }

    [Benchmark(Baseline = true)]
    public int DeserializeOnly()
    {
        int count = 0;
        foreach (byte[] page in _pages)
            count += JsonSerializer.Deserialize(page, BenchmarkJson.Default.PeoplePage)!.Items.Count;
        return count;
    }

    [Benchmark]
    public async Task<int> RawHttpClient()
    {
        int count = 0;
        Uri? url = new("https://webexapis.com/v1/people?callingData=true");
        while (url is not null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new("Bearer", "benchmark-token");
            using var response = await _http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            byte[] body = await response.Content.ReadAsByteArrayAsync();
            count += JsonSerializer.Deserialize(body, BenchmarkJson.Default.PeoplePage)!.Items.Count;
            url = response.Headers.TryGetValues("Link", out var links)
                ? new Uri(links.First().Split('<', '>')[1])
                : null;
        }
        return count;
    }

    [Benchmark]
    public async Task<int> Sdk()
    {
        int count = 0;
        await foreach (var _ in _api.People.ListAsync(callingData: true)) count++;
        return count;
    }

    internal static byte[] BuildPage(int page)
    {
        var sb = new StringBuilder("{\"items\":[");
        for (int i = 0; i < PageSize; i++)
        {
            int n = page * PageSize + i;
            if (i > 0) sb.Append(',');
            sb.Append($$"""
                {"id":"Y2lzY29zcGFyazovL3VzL1BFT1BMRS8{{n:D8}}","emails":["user{{n}}@example.com"],
                 "phoneNumbers":[{"type":"work","value":"+1 408 555 {{n % 10000:D4}}","primary":true}],
                 "extension":"{{1000 + n}}","locationId":"Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzYzNzE1",
                 "displayName":"User {{n}}","firstName":"User","lastName":"{{n}}","orgId":"Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi85NmFi",
                 "licenses":["Y2lzY29zcGFyazovL3VzL0xJQ0VOU0UvOTZhYmMyYWEtM2RjYy0xMWU1LWExNTItZmUzNDgxOWNkYzlh"],
                 "created":"2015-10-18T14:26:16.000Z","lastModified":"2015-10-18T14:26:16.000Z","status":"active",
                 "invitePending":"false","loginEnabled":"true","type":"person"}
                """);
        }
        sb.Append("]}");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>Serves the pages with Link headers, as Webex does, without sockets.</summary>
    private sealed class InMemoryWebex(byte[][] pages) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string query = request.RequestUri!.Query;
            int marker = query.IndexOf("page=", StringComparison.Ordinal);
            int page = marker < 0 ? 0 : int.Parse(query.AsSpan(marker + 5, 1), provider: null);
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(pages[page]), RequestMessage = request };
            response.Content.Headers.ContentType = new("application/json");
            if (page + 1 < pages.Length)
                response.Headers.TryAddWithoutValidation("Link", $"<https://webexapis.com/v1/people?callingData=true&page={page + 1}>; rel=\"next\"");
            return Task.FromResult(response);
        }
    }
}

public sealed class PeoplePage
{
    public List<Person> Items { get; set; } = [];
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(LenientBooleanConverter)])]
[JsonSerializable(typeof(PeoplePage))]
internal sealed partial class BenchmarkJson : JsonSerializerContext;
