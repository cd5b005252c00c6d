using WebexCalling.Sdk.Tests.TestSupport;
using WebexCalling.Sdk.Webhooks;

namespace WebexCalling.Sdk.Tests.Webhooks;

// The request of every member and the parse of the official examples: WebhooksApiRequestTests.g.cs.
public class WebhooksApiTests
{
    private const string WebhookId = "Y2lzY29zcGFyazovL3VzL1dFQkhPT0svOTZhYmMyYWEtM2RjYy0xMWU1LWExNTItZmUzNDgxOWNkYzlh";
    private const string Secret = "86dacc007724d8ea666f88fc77d918dad9537a15";

    [Fact]
    public async Task CreateAsync_OnlyRequiredFields_SendsOnlyThemAsJson()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, "webhooks").RespondJson(ApiHarness.Sample("webhook_details"));

        await h.Api.Webhooks.CreateAsync("n", "https://example.com/x", WebhookResource.Messages, WebhookEventType.Created);

        Assert.StartsWith("application/json", h.Single().Headers["Content-Type"], StringComparison.Ordinal);
        JsonAssert.Equal("""{"name":"n","targetUrl":"https://example.com/x","resource":"messages","event":"created"}""", h.Single().Body);
    }

    [Fact]
    public async Task DetailsAsync_WebhookIdUuid_IsTheIdsUuid()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"webhooks/{WebhookId}").RespondJson(ApiHarness.Sample("webhook_details"));

        var webhook = await h.Api.Webhooks.DetailsAsync(WebhookId);

        Assert.Equal("96abc2aa-3dcc-11e5-a152-fe34819cdc9a", webhook.WebhookIdUuid);
    }

    [Fact]
    public async Task UpdateAsync_FromARead_SendsCamelCaseJsonWithTheUpdatableFieldsAndUnknownOnes()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"webhooks/{WebhookId}").RespondJson("""
            {"id":"W1","name":"old","targetUrl":"https://example.com/old","resource":"telephony_calls","event":"updated",
             "status":"inactive","created":"2024-01-01T00:00:00.000Z","orgId":"O1","createdBy":"P1","appId":"A1",
             "ownedBy":"creator","newField":"kept","filter":"personId=P1"}
            """);
        h.Mock.On(HttpMethod.Put, $"webhooks/{WebhookId}").RespondJson(ApiHarness.Sample("webhook_details"));

        var webhook = await h.Api.Webhooks.DetailsAsync(WebhookId);
        var updated = await h.Api.Webhooks.UpdateAsync(WebhookId, webhook with
        {
            Name = "new",
            TargetUrl = "https://example.com/new",
            Secret = "s3cret",
            Status = WebhookStatus.Active,
        });

        var put = h.Requests[1];
        Assert.Equal(HttpMethod.Put, put.Method);
        Assert.StartsWith("application/json", put.Headers["Content-Type"], StringComparison.Ordinal);
        // camelCase JSON (wxc_sdk sent snake_case form data); read-only and create-only fields stay out
        JsonAssert.Equal("""
            {"name":"new","targetUrl":"https://example.com/new","secret":"s3cret","status":"active","ownedBy":"creator",
             "newField":"kept"}
            """, put.Body);
        Assert.Equal("My Awesome Webhook", updated.Name);
    }

    [Fact]
    public async Task Members_EmptyIds_ThrowBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.Webhooks.DetailsAsync(""));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.Webhooks.DeleteAsync(""));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.Webhooks.UpdateAsync("", new Webhook()));
        await Assert.ThrowsAsync<ArgumentNullException>(() => h.Api.Webhooks.UpdateAsync("W1", null!));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            h.Api.Webhooks.CreateAsync("", "https://x", WebhookResource.Rooms, WebhookEventType.Created));

        Assert.Empty(h.Requests);
    }

    [Fact]
    public void ToString_DoesNotPrintTheSecret()
    {
        var webhook = new Webhook { Name = "n", Secret = Secret };

        string text = webhook.ToString();

        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.Contains("Name = n", text, StringComparison.Ordinal);
    }
}
