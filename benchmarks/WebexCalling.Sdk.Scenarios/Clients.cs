using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;

namespace WebexCalling.Sdk.Scenarios;

/// <summary>One client's work in one child process: what each scenario does, SDK or raw.</summary>
internal static class Clients
{
    public const int Forwardings = 1_000;
    public const int Parallelism = 10;

    public static string PersonId(int i) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"ciscospark://us/PEOPLE/{i:D8}-0000-4000-8000-000000000000"));

    // ---- the SDK ----

    public static WebexSimpleApi Sdk(string baseUrl) =>
        new("benchmark-token", new WebexApiOptions
        {
            BaseUrl = new Uri(baseUrl),
            PageSize = 1_000,
            // --log: the SDK's 429s and pace changes on standard error, each with the process's elapsed time
            LoggerFactory = Environment.GetEnvironmentVariable(StderrLogger.Variable) == "1" ? new StderrLogger() : null,
        });

    public static async Task<int> SdkListAsync(WebexSimpleApi api, Phases? phases = null)
    {
        int n = 0;
        await foreach (var person in api.People.ListAsync())
        {
            if (n++ == 0) phases?.Mark("first person");
            if (person.PersonId is null) throw new InvalidOperationException("no id");
        }
        return n;
    }

    public static Task SdkBulkAsync(WebexSimpleApi api) =>
        Parallel.ForEachAsync(Enumerable.Range(0, Forwardings), new ParallelOptions { MaxDegreeOfParallelism = Parallelism },
            async (i, ct) =>
            {
                string id = PersonId(i);
                var forwarding = await api.PersonSettings.Forwarding.ReadAsync(id, cancellationToken: ct);
                await api.PersonSettings.Forwarding.ConfigureAsync(id, forwarding, cancellationToken: ct);
            });

    // ---- by hand: HttpClient + System.Text.Json, as a careful user would write it ----

    public static HttpClient Raw(string baseUrl)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Parallelism }) { BaseAddress = new Uri(baseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "benchmark-token");
        return http;
    }

    public static async Task<int> RawListAsync(HttpClient http)
    {
        int n = 0;
        string? url = "people?max=1000";
        while (url is not null)
        {
            using var response = await SendAsync(http, () => new HttpRequestMessage(HttpMethod.Get, url));
            var page = await response.Content.ReadFromJsonAsync(RawJson.Default.RawPage) ?? throw new InvalidOperationException("null page");
            foreach (var person in page.Items)
                if (person.Id is null) throw new InvalidOperationException("no id");
            n += page.Items.Count;
            url = NextLink(response);
        }
        return n;
    }

    public static Task RawBulkAsync(HttpClient http) =>
        Parallel.ForEachAsync(Enumerable.Range(0, Forwardings), new ParallelOptions { MaxDegreeOfParallelism = Parallelism },
            async (i, ct) =>
            {
                string url = $"people/{Uri.EscapeDataString(PersonId(i))}/features/callForwarding";
                RawForwarding forwarding;
                using (var get = await SendAsync(http, () => new HttpRequestMessage(HttpMethod.Get, url)))
                    forwarding = await get.Content.ReadFromJsonAsync(RawJson.Default.RawForwarding, ct) ?? throw new InvalidOperationException();
                byte[] body = JsonSerializer.SerializeToUtf8Bytes(forwarding, RawJson.Default.RawForwarding);
                using var put = await SendAsync(http, () => new HttpRequestMessage(HttpMethod.Put, url)
                {
                    Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
                });
            });

    // 429: wait what Retry-After asks for, then again; anything else not 2xx is an error
    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, Func<HttpRequestMessage> request)
    {
        while (true)
        {
            var response = await http.SendAsync(request());
            if (response.StatusCode != HttpStatusCode.TooManyRequests) return response.EnsureSuccessStatusCode();
            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            response.Dispose();
            await Task.Delay(wait);
        }
    }

    private static string? NextLink(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var links)) return null;
        foreach (string link in links)
        {
            int end = link.IndexOf('>');
            if (link.StartsWith('<') && end > 0 && link.Contains("rel=\"next\"", StringComparison.Ordinal)) return link[1..end];
        }
        return null;
    }
}

/// <summary>Writes the SDK's Information and higher events to standard error, prefixed with the elapsed seconds.</summary>
internal sealed class StderrLogger : ILoggerFactory, ILogger
{
    public const string Variable = "WEBEX_SCENARIO_LOG";
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    public ILogger CreateLogger(string categoryName) => this;
    public void AddProvider(ILoggerProvider provider) { }
    public void Dispose() { }
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel)) Console.Error.WriteLine($"{_watch.Elapsed.TotalSeconds:0.000} {eventId.Id} {formatter(state, exception)}");
    }
}

/// <summary>A stopwatch per phase of a cold run (<c>--phases</c>).</summary>
internal sealed class Phases
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly List<(string, double)> _marks = [];
    private double _last;

    public void Mark(string phase)
    {
        double now = _watch.Elapsed.TotalMilliseconds;
        _marks.Add((phase, now - _last));
        _last = now;
    }

    public override string ToString() => string.Join("; ", _marks.Select(m => $"{m.Item1} {m.Item2:0} ms"));
}

internal sealed record RawPage(List<RawPerson> Items);

internal sealed record RawPerson(string? Id, List<string>? Emails, List<RawPhoneNumber>? PhoneNumbers, string? Extension,
    string? LocationId, string? DisplayName, string? NickName, string? FirstName, string? LastName, string? Avatar, string? OrgId,
    List<string>? Roles, List<string>? Licenses, string? Department, string? Title, List<RawAddress>? Addresses,
    DateTimeOffset? Created, DateTimeOffset? LastModified, string? Timezone, string? LastActivity, string? Status,
    bool? InvitePending, bool? LoginEnabled, string? Type);

internal sealed record RawPhoneNumber(string? Type, string? Value, bool? Primary);

internal sealed record RawAddress(string? Type, string? Country, string? Locality, string? Region, string? StreetAddress, string? PostalCode);

internal sealed record RawForwarding(JsonElement? CallForwarding, JsonElement? BusinessContinuity);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RawPage))]
[JsonSerializable(typeof(RawForwarding))]
internal sealed partial class RawJson : JsonSerializerContext;
