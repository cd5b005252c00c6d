using System.Net;
using System.Text.Json;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Webhooks;

namespace WebexCalling.Sdk.IntegrationTests.Webhooks;

/// <summary><see cref="WebhooksApi"/> through the SDK against the simulator.</summary>
public class WebhooksSdkTests(CallingOrgFixture fixture) : IClassFixture<CallingOrgFixture>
{
    private CallingOrg Org => fixture.Org;

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task CreateListDetailsUpdateDelete_ReadBackShowsEachChange(Transport transport)
    {
        var requests = new RequestLog();
        await using var org = await CallingOrg.StartAsync(transport, count: 2,
            configure: o => o.PageSize = 2, handler: inner => requests.Wrap(inner));
        var (alice, bob) = (org.Users[0], org.Users[1]);
        var hooks = alice.Api.Webhooks;

        var created = await hooks.CreateAsync("calls", "https://example.com/hook", WebhookResource.TelephonyCalls,
            WebhookEventType.All, secret: "86dacc007724d8ea666f88fc77d918dad9537a15");
        Assert.False(string.IsNullOrEmpty(created.WebhookId));
        Assert.Equal("calls", created.Name);
        Assert.Equal("https://example.com/hook", created.TargetUrl);
        Assert.Equal(WebhookResource.TelephonyCalls, created.Resource);
        Assert.Equal(WebhookEventType.All, created.Event);
        Assert.Equal("86dacc007724d8ea666f88fc77d918dad9537a15", created.Secret);
        Assert.Equal(WebhookStatus.Active, created.Status);
        Assert.Equal(alice.Id, created.CreatedBy);
        Assert.Equal(org.H.Sim.OrgId, created.OrgId);
        Assert.Equal("creator", created.OwnedBy);
        Assert.False(string.IsNullOrEmpty(created.AppId));
        Assert.NotNull(created.Created);
        Assert.Null(created.ExtensionData);
        for (int i = 0; i < 4; i++)
            await hooks.CreateAsync($"rooms {i}", $"https://example.com/rooms/{i}", WebhookResource.Rooms, WebhookEventType.Created);

        // details and the paginated list agree with what create answered
        Assert.Equal(created, await hooks.DetailsAsync(created.WebhookId!));
        requests.Clear();
        var all = await hooks.ListAsync().ToListAsync();
        Assert.Equal(5, all.Count);
        Assert.Equal(3, requests.Paths.Count(p => p.StartsWith("GET /v1/webhooks", StringComparison.Ordinal))); // 2 + 2 + 1
        Assert.Equal(5, all.Select(w => w.WebhookId).Distinct().Count());
        Assert.Equal(created, Assert.Single(all, w => w.WebhookId == created.WebhookId));
        Assert.Equal(4, all.Count(w => w.Resource == WebhookResource.Rooms && w.Event == WebhookEventType.Created));
        Assert.Empty(await bob.Api.Webhooks.ListAsync().ToListAsync()); // another person's webhooks are not listed
        var hidden = await Assert.ThrowsAsync<WebexApiException>(() => bob.Api.Webhooks.DetailsAsync(created.WebhookId!));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);

        // update: the SDK sends the changeable fields as JSON; details shows the change, the rest stays
        var details = await hooks.DetailsAsync(created.WebhookId!);
        requests.Clear();
        var updated = await hooks.UpdateAsync(created.WebhookId!,
            details with { Name = "renamed", TargetUrl = "https://example.com/other", Secret = "new secret" });
        var put = Assert.Single(requests.Requests);
        Assert.Equal("PUT /v1/webhooks/" + created.WebhookId, put.Line);
        Assert.Equal("application/json", put.ContentType);
        var sent = JsonDocument.Parse(put.Body!).RootElement;
        Assert.Equal("renamed", sent.GetProperty("name").GetString());
        Assert.Equal("https://example.com/other", sent.GetProperty("targetUrl").GetString());
        Assert.Equal("new secret", sent.GetProperty("secret").GetString());
        Assert.False(sent.TryGetProperty("resource", out _)); // read-only fields are not sent
        Assert.False(sent.TryGetProperty("id", out _));
        Assert.Equal("renamed", updated.Name);
        var readBack = await hooks.DetailsAsync(created.WebhookId!);
        Assert.Equal(updated, readBack);
        Assert.Equal("renamed", readBack.Name);
        Assert.Equal("https://example.com/other", readBack.TargetUrl);
        Assert.Equal("new secret", readBack.Secret);
        Assert.Equal(WebhookResource.TelephonyCalls, readBack.Resource);
        Assert.Equal(WebhookEventType.All, readBack.Event);
        Assert.Equal(WebhookStatus.Active, readBack.Status);
        Assert.Equal(created.Created, readBack.Created);

        // delete: gone from details (404) and from the list
        await hooks.DeleteAsync(created.WebhookId!);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => hooks.DetailsAsync(created.WebhookId!));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.False(string.IsNullOrEmpty(gone.WebexMessage));
        Assert.Equal(4, (await hooks.ListAsync().ToListAsync()).Count);
        gone = await Assert.ThrowsAsync<WebexApiException>(() => hooks.DeleteAsync(created.WebhookId!));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task ListAsync_OwnedByOrg_ListsOnlyOrganisationWebhooksOfAnyCreator()
    {
        var u = Org.Take(2);
        var orgHook = await u[0].Api.Webhooks.CreateAsync("org rooms", "https://example.com/org", WebhookResource.Rooms,
            WebhookEventType.All, ownedBy: "org");
        await u[0].Api.Webhooks.CreateAsync("mine", "https://example.com/mine", WebhookResource.Rooms, WebhookEventType.All);

        Assert.Equal("org", orgHook.OwnedBy);
        var seenByOther = await u[1].Api.Webhooks.ListAsync(ownedBy: "org").ToListAsync();
        Assert.Contains(seenByOther, w => w.WebhookId == orgHook.WebhookId);
        Assert.All(seenByOther, w => Assert.Equal("org", w.OwnedBy));
        Assert.Equal("org rooms", (await u[1].Api.Webhooks.DetailsAsync(orgHook.WebhookId!)).Name);
    }

    [Fact]
    public async Task UpdateAsync_StatusActive_AcceptedButInactiveRejected()
    {
        var user = Org.Take(1)[0];
        var hook = await user.Api.Webhooks.CreateAsync("calls", "https://example.com/a", WebhookResource.TelephonyCalls,
            WebhookEventType.Created);

        var updated = await user.Api.Webhooks.UpdateAsync(hook.WebhookId!,
            hook with { Status = WebhookStatus.Active, TargetUrl = "https://example.com/b" });

        Assert.Equal(WebhookStatus.Active, updated.Status);
        Assert.Equal("https://example.com/b", (await user.Api.Webhooks.DetailsAsync(hook.WebhookId!)).TargetUrl);
        Assert.Equal(WebhookEventType.Created, updated.Event); // not changeable, not sent
        var bad = await Assert.ThrowsAsync<WebexApiException>(
            () => user.Api.Webhooks.UpdateAsync(hook.WebhookId!, hook with { Status = WebhookStatus.Inactive }));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode); // a webhook cannot be deactivated through the API
        Assert.Equal(WebhookStatus.Active, (await user.Api.Webhooks.DetailsAsync(hook.WebhookId!)).Status);
    }
}
