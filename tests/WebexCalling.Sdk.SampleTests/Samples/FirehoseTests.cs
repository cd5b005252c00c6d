using System.Net;
using System.Text;
using WebexCalling.Sdk.People;
using WebexCalling.Sdk.SampleTests.TestSupport;
using WebexCalling.Sdk.Webhooks;

namespace WebexCalling.Sdk.SampleTests.Samples;

/// <summary>samples/firehose.cs against a simulated organisation: a real call's events, and a forged one.</summary>
public sealed class FirehoseTests
{
    [Fact]
    public async Task Prints_the_verified_events_of_a_call_refuses_a_forged_one_and_deletes_its_webhook()
    {
        await using var org = await SampleOrg.StartAsync();
        var users = await org.Api.People.ListAsync(callingData: true).Where(p => p.LocationId is not null && p.Extension is not null)
            .Take(2).ToListAsync();
        var (alice, bob) = (users[0], users[1]);

        var running = SampleRun.RunAsync("firehose.cs", org, ["--count", "6", "--seconds", "280"]);
        var webhook = await WaitForWebhookAsync(org, running);

        // a forged event (wrong secret) and one without a signature: refused, not printed
        using var http = new HttpClient();
        string forged = """{"id":"forged","resource":"telephony_calls","event":"created","data":{"callId":"forged-call","eventType":"originated"}}""";
        foreach (string? signature in new[] { WebhookSignature.Sign(forged, "not-the-secret"), null })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, webhook.TargetUrl) { Content = new StringContent(forged, Encoding.UTF8, "application/json") };
            if (signature is not null) request.Headers.Add(WebhookSignature.HeaderName, signature);
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        // a call: Alice dials Bob, Bob answers, Alice hangs up (six call half events)
        using var aliceApi = UserApi(org, alice);
        using var bobApi = UserApi(org, bob);
        var dialed = await aliceApi.Calls.DialAsync(bob.Extension!);
        var ringing = Assert.Single(await bobApi.Calls.ListCallsAsync());
        await bobApi.Calls.AnswerAsync(ringing.CallId!);
        await aliceApi.Calls.HangupAsync(dialed.CallId!);
        var run = await running;

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Registered webhook {webhook.WebhookId} for all telephony_calls events; waiting for 6 events at most 280 s", run.Output);
        string[] events = [.. run.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith('#'))];
        Assert.Equal(
        [
            $"#1 telephony_calls created (originated) originator connecting remote {bob.DisplayName} {bob.Extension} call {dialed.CallId}",
            $"#2 telephony_calls created (received) terminator alerting remote {alice.DisplayName} {alice.Extension} call {ringing.CallId}",
            $"#3 telephony_calls updated (answered) terminator connected remote {alice.DisplayName} {alice.Extension} call {ringing.CallId}",
            $"#4 telephony_calls updated (connected) originator connected remote {bob.DisplayName} {bob.Extension} call {dialed.CallId}",
            $"#5 telephony_calls deleted (disconnected) originator disconnected remote {bob.DisplayName} {bob.Extension} call {dialed.CallId}",
            $"#6 telephony_calls deleted (disconnected) terminator disconnected remote {alice.DisplayName} {alice.Extension} call {ringing.CallId}",
        ], events);
        Assert.DoesNotContain("forged-call", run.Output);
        Assert.Equal(2, run.Error.Split('\n').Count(l => l.StartsWith("refused a request from ", StringComparison.Ordinal)));
        Assert.Contains($"Deleted webhook {webhook.WebhookId}", run.Output);
        Assert.Contains("6 events received, 2 requests refused in ", run.Output);
        Assert.Empty(await org.Api.Webhooks.ListAsync().ToListAsync());
    }

    private static async Task<Webhook> WaitForWebhookAsync(SampleOrg org, Task<SampleResult> running)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5); // the first run builds the script
        while (DateTime.UtcNow < deadline)
        {
            if (await org.Api.Webhooks.ListAsync().FirstOrDefaultAsync(w => w.Name == "firehose.cs") is { } webhook) return webhook;
            if (running.IsCompleted) Assert.Fail($"firehose.cs ended before registering its webhook: {await running}");
            await Task.Delay(250);
        }
        Assert.Fail("firehose.cs registered no webhook");
        return null!;
    }

    private static WebexSimpleApi UserApi(SampleOrg org, Person person) =>
        new(org.Simulator.IssueToken(personId: person.PersonId), new WebexApiOptions
        {
            HttpClient = new HttpClient(org.Simulator.CreateHandler()),
            BaseUrl = org.Simulator.BaseUrl,
        });
}
