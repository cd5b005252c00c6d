using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WebexCalling.Sdk.IntegrationTests.TestSupport;

namespace WebexCalling.Sdk.IntegrationTests.Simulator.Webhooks;

public class WebhooksTests
{
    private static string Create(string name, string targetUrl, string @event = "all", string? secret = null, string resource = "telephony_calls") =>
        JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["name"] = name, ["targetUrl"] = targetUrl, ["resource"] = resource, ["event"] = @event, ["secret"] = secret,
        }.Where(p => p.Value is not null).ToDictionary());

    [Fact]
    public async Task Crud_CreateDetailsListUpdateDelete_FollowTheReferenceShape()
    {
        await using var org = await CallingOrg.StartAsync();

        var created = await org.Alice.Rest.PostExpectAsync("webhooks",
            Create("calls", "https://example.com/hook", secret: "86dacc007724d8ea666f88fc77d918dad9537a15"), HttpStatusCode.OK);
        string id = created.Str("id");
        Assert.Equal("calls", created.Str("name"));
        Assert.Equal("https://example.com/hook", created.Str("targetUrl"));
        Assert.Equal("telephony_calls", created.Str("resource"));
        Assert.Equal("all", created.Str("event"));
        Assert.Equal("86dacc007724d8ea666f88fc77d918dad9537a15", created.Str("secret"));
        Assert.Equal("active", created.Str("status"));
        Assert.Equal(org.H.Sim.OrgId, created.Str("orgId"));
        Assert.Equal(org.Alice.Id, created.Str("createdBy"));
        Assert.Equal("creator", created.Str("ownedBy"));
        Assert.False(string.IsNullOrEmpty(created.Str("appId")));
        Assert.True(DateTimeOffset.TryParse(created.Str("created"), out _));

        Assert.Equal(created.Body.ToString(), (await org.Alice.Rest.GetAsync("webhooks/" + id)).Body.ToString());
        await org.Alice.Rest.PostExpectAsync("webhooks", Create("rooms", "https://example.com/rooms", "created", resource: "rooms"), HttpStatusCode.OK);
        var page = await org.Alice.Rest.GetAsync("webhooks?max=1");
        Assert.Single(page.Items);
        Assert.Contains("rel=\"next\"", page.Response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
        Assert.Equal(2, (await org.Alice.Rest.GetAsync("webhooks")).Items.Count);
        Assert.Empty((await org.Bob.Rest.GetAsync("webhooks")).Items); // another person's webhooks are not listed
        Assert.Equal(HttpStatusCode.NotFound, (await org.Bob.Rest.GetAsync("webhooks/" + id)).Status);

        var updated = await org.Alice.Rest.PutAsync("webhooks/" + id, """{"name":"renamed","targetUrl":"https://example.com/other","secret":"new"}""");
        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal("renamed", updated.Str("name"));
        Assert.Equal("https://example.com/other", updated.Str("targetUrl"));
        Assert.Equal("new", updated.Str("secret"));
        Assert.Equal("telephony_calls", updated.Str("resource")); // not changeable
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Alice.Rest.PutAsync("webhooks/" + id, """{"name":"x","targetUrl":"https://example.com","status":"inactive"}""")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Alice.Rest.PutAsync("webhooks/" + id, """{"name":"x"}""")).Status);

        Assert.Equal(HttpStatusCode.NoContent, (await org.Alice.Rest.DeleteAsync("webhooks/" + id)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await org.Alice.Rest.GetAsync("webhooks/" + id)).Status);
        Assert.Single((await org.Alice.Rest.GetAsync("webhooks")).Items);
    }

    [Theory]
    [InlineData("""{"targetUrl":"https://example.com","resource":"telephony_calls","event":"all"}""")]
    [InlineData("""{"name":"n","targetUrl":"not a url","resource":"telephony_calls","event":"all"}""")]
    [InlineData("""{"name":"n","targetUrl":"https://example.com","resource":"phone_calls","event":"all"}""")]
    [InlineData("""{"name":"n","targetUrl":"https://example.com","resource":"telephony_calls","event":"rang"}""")]
    public async Task Create_InvalidBody_Answers400(string body)
    {
        await using var org = await CallingOrg.StartAsync();

        var answer = await org.Alice.Rest.PostAsync("webhooks", body);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(string.IsNullOrEmpty(answer.Str("message")));
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task TelephonyCalls_SignedEventsArriveInOrder(Transport transport)
    {
        await using var receiver = await WebhookEndpoint.StartAsync();
        await using var org = await CallingOrg.StartAsync(transport);
        const string Secret = "s3cr3t-äö";
        string aliceHook = (await org.Alice.Rest.PostExpectAsync("webhooks",
            Create("alice calls", new Uri(receiver.Url, "alice").ToString(), secret: Secret), HttpStatusCode.OK)).Str("id");
        await org.Bob.Rest.PostExpectAsync("webhooks", Create("bob new calls", new Uri(receiver.Url, "bob").ToString(), "created"), HttpStatusCode.OK);

        var (a1, b1) = await CallingOrg.ConnectOverHttpAsync(org.Alice, org.Bob);
        await org.Alice.Rest.PostExpectAsync("telephony/calls/hold", $$"""{"callId":"{{a1}}"}""", HttpStatusCode.NoContent);
        await org.Alice.Rest.PostExpectAsync("telephony/calls/resume", $$"""{"callId":"{{a1}}"}""", HttpStatusCode.NoContent);
        await org.Alice.Rest.PostExpectAsync("telephony/calls/hangup", $$"""{"callId":"{{a1}}"}""", HttpStatusCode.NoContent);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await org.H.Sim.WaitForWebhookDeliveriesAsync(timeout.Token);

        var alice = receiver.At("alice");
        foreach (var received in alice)
        {
#pragma warning disable CA5350 // Webex signs webhook bodies with HMAC-SHA1
            string expected = Convert.ToHexStringLower(HMACSHA1.HashData(Encoding.UTF8.GetBytes(Secret), received.Body));
#pragma warning restore CA5350
            Assert.Equal(expected, received.Signature);
        }
        var events = alice.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.Equal(["created", "updated", "updated", "updated", "deleted"], events.Select(e => e.GetProperty("event").GetString()));
        Assert.Equal(["connecting", "connected", "held", "connected", "disconnected"],
            events.Select(e => e.GetProperty("data").GetProperty("state").GetString()));
        Assert.Equal(["originated", "connected", "held", "resumed", "disconnected"],
            events.Select(e => e.GetProperty("data").GetProperty("eventType").GetString()));
        Assert.All(events, e =>
        {
            Assert.Equal(aliceHook, e.GetProperty("id").GetString());
            Assert.Equal("telephony_calls", e.GetProperty("resource").GetString());
            Assert.Equal(org.H.Sim.OrgId, e.GetProperty("orgId").GetString());
            Assert.Equal(org.Alice.Id, e.GetProperty("createdBy").GetString());
            Assert.Equal("active", e.GetProperty("status").GetString());
            var data = e.GetProperty("data");
            Assert.Equal(a1, data.GetProperty("callId").GetString());
            Assert.Equal("originator", data.GetProperty("personality").GetString());
            Assert.Equal(org.Bob.Id, data.GetProperty("remoteParty").GetProperty("personId").GetString());
            Assert.True(data.TryGetProperty("callSessionId", out _));
            Assert.True(data.TryGetProperty("eventTimestamp", out _));
        });
        Assert.Equal(org.Alice.Id, events[0].GetProperty("actorId").GetString()); // Alice dialled
        Assert.Equal(org.Bob.Id, events[1].GetProperty("actorId").GetString());   // Bob answered

        var bob = receiver.At("bob");
        var bobEvent = JsonDocument.Parse(Assert.Single(bob).Body).RootElement; // event "created" only
        Assert.Null(Assert.Single(bob).Signature);                               // no secret, no signature
        Assert.Equal(b1, bobEvent.GetProperty("data").GetProperty("callId").GetString());
        Assert.Equal("received", bobEvent.GetProperty("data").GetProperty("eventType").GetString());
        Assert.Equal("alerting", bobEvent.GetProperty("data").GetProperty("state").GetString());
    }

    [Fact]
    public async Task UnreachableTarget_DeliveryFailsQuietly()
    {
        await using var org = await CallingOrg.StartAsync();
        // a port bound for the whole test but never listened on refuses connections; a port merely probed and let go
        // could meanwhile be taken by another listener (a port-0 bind is not handed one that is still bound)
        using var closed = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork,
            System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
        closed.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        int closedPort = ((IPEndPoint)closed.LocalEndPoint!).Port;
        await org.Alice.Rest.PostExpectAsync("webhooks", Create("dead", $"http://127.0.0.1:{closedPort}/hook"), HttpStatusCode.OK);

        var (a1, _) = await CallingOrg.ConnectOverHttpAsync(org.Alice, org.Bob);
        await org.Alice.Rest.PostExpectAsync("telephony/calls/hangup", $$"""{"callId":"{{a1}}"}""", HttpStatusCode.NoContent);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await org.H.Sim.WaitForWebhookDeliveriesAsync(timeout.Token);

        Assert.Empty((await org.Alice.Rest.GetAsync("telephony/calls")).Items); // the simulator kept serving
        Testing.Infrastructure.WebhookDispatcher dispatcher;
        lock (org.H.Sim.State.Sync) dispatcher = org.H.Sim.State.Area<Testing.Infrastructure.WebhookDispatcher>();
        Assert.Equal(3, dispatcher.Failed); // Alice's call: created, updated (connected), deleted
        Assert.Equal(0, dispatcher.Delivered);
    }

    [Fact]
    public async Task OrgWideWebhook_SeesEveryonesCalls()
    {
        await using var receiver = await WebhookEndpoint.StartAsync();
        await using var org = await CallingOrg.StartAsync();
        await org.AdminRest.PostExpectAsync("webhooks",
            """{"name":"org","targetUrl":"{{URL}}","resource":"telephony_calls","event":"created","ownedBy":"org"}""".Replace("{{URL}}", receiver.Url.ToString(), StringComparison.Ordinal),
            HttpStatusCode.OK);

        await CallingOrg.ConnectOverHttpAsync(org.Alice, org.Bob);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await org.H.Sim.WaitForWebhookDeliveriesAsync(timeout.Token);

        var events = receiver.Received.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("data")).ToList();
        Assert.Equal(["originator", "terminator"], events.Select(d => d.GetProperty("personality").GetString()));
        Assert.Single((await org.Alice.Rest.GetAsync("webhooks?ownedBy=org")).Items);
    }

    [Fact]
    public async Task Dispose_WhileAReceiverIsSlow_StopsDeliveryPromptly()
    {
        await using var receiver = await WebhookEndpoint.StartAsync(TimeSpan.FromSeconds(120));
        var org = await CallingOrg.StartAsync();
        await org.Alice.Rest.PostExpectAsync("webhooks", Create("slow", receiver.Url.ToString()), HttpStatusCode.OK);
        await CallingOrg.ConnectOverHttpAsync(org.Alice, org.Bob); // three events queued behind a receiver that takes two minutes each
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await org.DisposeAsync();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"dispose took {clock.Elapsed}");
        await Assert.ThrowsAsync<ObjectDisposedException>(() => org.H.Sim.WaitForWebhookDeliveriesAsync());
        Assert.True(receiver.Received.Count <= 1); // the queued events were dropped
    }
}
