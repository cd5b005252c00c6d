#!/usr/bin/env dotnet
// Registers a webhook for every telephony_calls event of the organisation, with a secret, receives the events on a
// small ASP.NET Core app on loopback, checks each one's X-Spark-Signature, prints the typed events and deletes the
// webhook when it stops (Ctrl+C, or after --count events or --seconds seconds). A request with a missing or wrong
// signature is refused (401) and not printed. The firehose example of wxc_sdk, ported: that one registered a webhook
// for all resources of Webex (messages, memberships, ...) behind an ngrok tunnel; this one listens to calls only, and
// its target is the loopback URL, which a simulator reaches. Webex itself needs a public URL that forwards to the
// local port (an ngrok tunnel, say): give it with --public-url. Like wxc_sdk's, it first deletes webhooks left over by
// an earlier run (same name).
// Reads WEBEX_ACCESS_TOKEN from the environment or a .env file; without one it runs against the built-in simulator,
// places a demo call there itself (two calling users of the demo organisation: dial, answer, hang up) so that there
// are events to see, and stops once the call's events have arrived (unless --count or --seconds say otherwise).
//
//   dotnet run samples/firehose.cs -- [--port N] [--public-url URL] [--count N] [--seconds S]
#:sdk Microsoft.NET.Sdk.Web
// the Web SDK would otherwise take samples/UserPortal/**/*.cshtml as this app's Razor pages
#:property EnableDefaultContentItems=false
#:property EnableDefaultRazorGenerateItems=false
#:project ../src/WebexCalling.Sdk/WebexCalling.Sdk.csproj
#:project Common/WebexCalling.Samples.Common.csproj
#:package System.CommandLine
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using WebexCalling.Samples;
using WebexCalling.Sdk;
using WebexCalling.Sdk.Testing;
using WebexCalling.Sdk.Webhooks;

const string WebhookName = "firehose.cs";
var portOption = new Option<int>("--port") { Description = "The local port to listen on (0: any free one)", DefaultValueFactory = _ => 0 };
var publicUrlOption = new Option<Uri?>("--public-url")
{
    Description = "The public URL Webex posts to, forwarding to the local port (without it: the loopback URL)",
};
var countOption = new Option<int?>("--count") { Description = "Stop after this many events" };
var secondsOption = new Option<double?>("--seconds") { Description = "Stop after this many seconds" };
var root = new RootCommand("Print every call event of the organisation, received through a webhook with a verified signature.")
{
    portOption, publicUrlOption, countOption, secondsOption,
};
root.SetAction(async (parse, cancellationToken) =>
{
    int port = parse.GetValue(portOption);
    var publicUrl = parse.GetValue(publicUrlOption);
    int? count = parse.GetValue(countOption);
    double? seconds = parse.GetValue(secondsOption);
    string? usage = null;
    if (port is < 0 or > 65535) usage = "--port must be 0 to 65535.";
    else if (publicUrl is not null && (!publicUrl.IsAbsoluteUri || publicUrl.Scheme is not ("http" or "https")))
        usage = "--public-url must be an absolute http(s) URL.";
    else if (count < 1) usage = "--count must be at least 1.";
    else if (seconds <= 0) usage = "--seconds must be more than 0.";
    if (usage is not null)
    {
        Console.Error.WriteLine(usage);
        return 2;
    }

    using var connection = SampleConnection.Open();
    var api = connection.Api;
    string secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
    using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    if (seconds is { } limit) stop.CancelAfter(TimeSpan.FromSeconds(limit));
    int received = 0, refused = 0;

    var builder = WebApplication.CreateSlimBuilder();
    builder.Logging.ClearProviders();
    builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
    await using var app = builder.Build();
    app.MapPost("/webhook", async (HttpRequest request) =>
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, stop.Token);
        WebhookEvent evt;
        try
        {
            evt = WebhookReceiver.VerifyAndParse(body.ToArray(), name => request.Headers[name].FirstOrDefault(), secret);
        }
        catch (WebhookSignatureException e)
        {
            Interlocked.Increment(ref refused);
            Console.Error.WriteLine($"refused a request from {request.HttpContext.Connection.RemoteIpAddress}: {e.Message}");
            return Results.Unauthorized();
        }
        catch (JsonException e)
        {
            Interlocked.Increment(ref refused);
            Console.Error.WriteLine($"refused a signed request that is not a webhook event: {e.Message}");
            return Results.BadRequest();
        }
        int number = Interlocked.Increment(ref received);
        Console.WriteLine($"#{number} {Describe(evt)}");
        if (number >= count) stop.Cancel();
        return Results.NoContent();
    });
    await app.StartAsync(cancellationToken);
    var local = new Uri(app.Urls.First()); // the bound address, with the port Kestrel chose
    string target = publicUrl?.ToString() ?? new Uri(local, "/webhook").ToString();
    Console.WriteLine($"Listening on {local}; the webhook posts to {target}");
    if (publicUrl is null && !connection.IsSimulated)
        Console.WriteLine("  (a simulator reaches a loopback URL; Webex itself needs --public-url forwarding to this port)");

    var watch = Stopwatch.StartNew();
    Webhook? webhook = null;
    try
    {
        var leftovers = await api.Webhooks.ListAsync(cancellationToken: cancellationToken)
            .Where(w => w.Name == WebhookName).ToListAsync(cancellationToken);
        foreach (var leftover in leftovers) await api.Webhooks.DeleteAsync(leftover.WebhookId!, cancellationToken);
        if (leftovers.Count > 0) Console.WriteLine($"Deleted {leftovers.Count} webhooks left over by an earlier run");
        webhook = await api.Webhooks.CreateAsync(WebhookName, target, WebhookResource.TelephonyCalls, WebhookEventType.All,
            secret: secret, ownedBy: "org", cancellationToken: cancellationToken);
        Console.WriteLine($"Registered webhook {webhook.WebhookId} for all telephony_calls events; waiting"
            + (count is null ? "" : $" for {count} events") + (seconds is null ? "" : $" at most {seconds} s") + " (Ctrl+C stops)");

        if (connection.Simulator is { } simulator)
        {
            await DemoCallAsync(api, simulator, stop.Token);
            if (count is null && seconds is null)
            {
                await simulator.WaitForWebhookDeliveriesAsync(stop.Token);
                Console.WriteLine("The demo call's events have arrived");
                stop.Cancel();
            }
        }
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Ctrl+C, --count or --seconds
        }
        return 0;
    }
    catch (WebexApiException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
    finally
    {
        if (webhook is not null)
        {
            try
            {
                await api.Webhooks.DeleteAsync(webhook.WebhookId!, CancellationToken.None);
                Console.WriteLine($"Deleted webhook {webhook.WebhookId}");
            }
            catch (WebexApiException e)
            {
                Console.Error.WriteLine($"Could not delete webhook {webhook.WebhookId}: {e.Message}");
            }
        }
        await app.StopAsync(CancellationToken.None);
        Console.WriteLine($"{received} events received, {refused} requests refused in {watch.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
    }
});
return await root.Parse(args).InvokeAsync();

// One line per event: what happened to which call half, e.g. "telephony_calls created (originated) ORIGINATOR
// CONNECTING remote Jane Doe 1002 call Y2lz...".
static string Describe(WebhookEvent evt)
{
    string head = $"{evt.Resource} {evt.Event}";
    if (evt.TelephonyData is not { } call) return $"{head} {evt.Data?.GetType().Name}";
    string remote = call.RemoteParty is { } party ? $" remote {party.Name} {party.Number}".TrimEnd() : "";
    return $"{head} ({call.EventType}) {call.Personality} {call.State}{remote} call {call.CallId}";
}

// The built-in simulator only: the first calling user calls the second, who answers; then the caller hangs up.
static async Task DemoCallAsync(WebexSimpleApi admin, WebexSimulator simulator, CancellationToken cancellationToken)
{
    var users = await admin.People.ListAsync(callingData: true, cancellationToken: cancellationToken)
        .Where(p => p.LocationId is not null && p.Extension is not null).Take(2).ToListAsync(cancellationToken);
    using var http = new HttpClient(simulator.CreateHandler());
    using var caller = new WebexSimpleApi(simulator.IssueToken(personId: users[0].PersonId),
        new WebexApiOptions { HttpClient = http, BaseUrl = simulator.BaseUrl });
    using var callee = new WebexSimpleApi(simulator.IssueToken(personId: users[1].PersonId),
        new WebexApiOptions { HttpClient = http, BaseUrl = simulator.BaseUrl });
    Console.WriteLine($"Demo call: {users[0].DisplayName} calls {users[1].DisplayName} ({users[1].Extension}), who answers; then {users[0].DisplayName} hangs up");
    var dialed = await caller.Calls.DialAsync(users[1].Extension!, cancellationToken: cancellationToken);
    await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
    var ringing = (await callee.Calls.ListCallsAsync(cancellationToken: cancellationToken)).Single();
    await callee.Calls.AnswerAsync(ringing.CallId!, cancellationToken: cancellationToken);
    await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
    await caller.Calls.HangupAsync(dialed.CallId!, cancellationToken: cancellationToken);
}
