using System.Net;
using Microsoft.Playwright;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Telephony.CallQueue;

namespace WebexCalling.Sdk.PortalTests;

/// <summary>
/// The user web portal in a real headless Chromium against the simulator: sign in with "Login with Webex", change
/// settings, join a queue, and check through the SDK (as the administrator) what changed in the organisation.
/// </summary>
public sealed class PortalBrowserTests(PortalFixture f) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task SignIn_ChangeForwarding_AndJoinAQueue_ChangeTheOrganisation()
    {
        var (agentId, email, name) = await AgentAsync(0);
        var queue = (await f.Admin.Telephony.CallQueue.Agents.DetailsAsync(agentId)).Queues![0];
        await f.Admin.Telephony.CallQueue.Agents.UpdateCallQueueSettingsAsync(agentId,
            [new AgentCallQueueSetting { QueueId = queue.Id, JoinEnabled = false }]);

        var page = await f.SignInAsync(email);

        Assert.Equal(name, await page.TextContentAsync("#signed-in-as"));
        Assert.Contains("always off", await page.TextContentAsync("#current"));
        await page.CheckAsync("#Input_AlwaysEnabled");
        await page.FillAsync("#Input_AlwaysDestination", "+14085550142");
        await page.ClickAsync("#save");
        await page.WaitForSelectorAsync("#message");
        Assert.Equal("Call forwarding saved.", await page.TextContentAsync("#message"));
        Assert.Contains("always on, to +14085550142", await page.TextContentAsync("#current"));
        await ScreenshotAsync(page);
        var always = (await f.Admin.PersonSettings.Forwarding.ReadAsync(agentId)).CallForwarding!.Always!;
        Assert.Equal((true, "+14085550142"), (always.Enabled, always.Destination));

        await page.ClickAsync("nav >> text=My call queues");
        var row = page.Locator($"tr[data-queue='{queue.Name}']");
        Assert.Equal("Not joined", await row.Locator(".state").TextContentAsync());
        await row.Locator("button", new() { HasText = "Join" }).ClickAsync();
        await page.WaitForSelectorAsync("#message");
        Assert.Equal($"Joined {queue.Name}.", await page.TextContentAsync("#message"));
        Assert.Equal("Joined", await page.Locator($"tr[data-queue='{queue.Name}'] .state").TextContentAsync());
        var joined = (await f.Admin.Telephony.CallQueue.Agents.DetailsAsync(agentId)).Queues!.Single(q => q.Id == queue.Id);
        Assert.True(joined.JoinEnabled);

        // no token ever reaches the browser: every token the simulator issues carries _SIM_, none is in a page or cookie
        foreach (string path in new[] { "Forwarding", "Dnd", "CallWaiting", "Intercept", "Voicemail", "Queues" })
        {
            var response = await page.GotoAsync(f.Portal.Url + path);
            Assert.DoesNotContain("_SIM_", await page.ContentAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain(response!.Headers.Values, v => v.Contains("_SIM_", StringComparison.Ordinal));
        }
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Value.Contains("_SIM_", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task RefusedChange_ShowsWebexsErrorText_AndChangesNothing()
    {
        var (agentId, email, _) = await AgentAsync(1);
        var page = await f.SignInAsync(email);

        await page.CheckAsync("#Input_AlwaysEnabled");
        await page.FillAsync("#Input_AlwaysDestination", "call-me-maybe");
        await page.ClickAsync("#save");

        string error = (await page.TextContentAsync("#error"))!;
        Assert.Contains("Webex could not save the change: Invalid callForwarding.always.destination 'call-me-maybe'", error);
        Assert.Contains("HTTP 400", error);
        Assert.Equal("call-me-maybe", await page.InputValueAsync("#Input_AlwaysDestination")); // what the user typed stays
        Assert.False((await f.Admin.PersonSettings.Forwarding.ReadAsync(agentId)).CallForwarding!.Always!.Enabled);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SecondUser_SeesOnlyTheirOwnSettings_AndCannotChangeTheFirstUsers()
    {
        var (firstId, _, _) = await AgentAsync(2);
        var (secondId, secondEmail, _) = await AgentAsync(3);
        var first = await f.Admin.PersonSettings.Forwarding.ReadAsync(firstId);
        await f.Admin.PersonSettings.Forwarding.ConfigureAsync(firstId, first with
        {
            CallForwarding = first.CallForwarding! with
            {
                Always = first.CallForwarding.Always! with { Enabled = true, Destination = "+13035550111" },
            },
        });

        var page = await f.SignInAsync(secondEmail);

        // the second user's page shows their values, whatever the query names
        Assert.Contains("always off", await page.TextContentAsync("#current"));
        await page.GotoAsync(f.Portal.Url + $"Forwarding?personId={Uri.EscapeDataString(firstId)}&id={Uri.EscapeDataString(firstId)}");
        Assert.Contains("always off", await page.TextContentAsync("#current"));
        Assert.DoesNotContain("+13035550111", await page.ContentAsync());

        // a valid post (token and all) that names the first user in every way a form could
        string token = (await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value"))!;
        var answer = await page.Context.APIRequest.PostAsync(
            f.Portal.Url + $"Forwarding?personId={Uri.EscapeDataString(firstId)}&entityId={Uri.EscapeDataString(firstId)}",
            new APIRequestContextOptions
            {
                Form = Form(page.Context.APIRequest, ("__RequestVerificationToken", token), ("personId", firstId), ("PersonId", firstId),
                    ("Input.PersonId", firstId), ("entityId", firstId), ("Input.AlwaysEnabled", "true"),
                    ("Input.AlwaysDestination", "+19995550100"), ("Input.NoAnswerRings", "3")),
                MaxRedirects = 0,
            });

        Assert.Equal((int)HttpStatusCode.Redirect, answer.Status);
        var firstAfter = (await f.Admin.PersonSettings.Forwarding.ReadAsync(firstId)).CallForwarding!.Always!;
        Assert.Equal((true, "+13035550111"), (firstAfter.Enabled, firstAfter.Destination));
        var secondAfter = (await f.Admin.PersonSettings.Forwarding.ReadAsync(secondId)).CallForwarding!.Always!;
        Assert.Equal((true, "+19995550100"), (secondAfter.Enabled, secondAfter.Destination)); // the post went to the signed-in user
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ForgedPost_WithTheSessionCookieButNoValidAntiForgeryToken_Is400_AndChangesNothing()
    {
        var (agentId, email, _) = await AgentAsync(4);
        var page = await f.SignInAsync(email);
        var request = page.Context.APIRequest;
        bool voicemailBefore = (await f.Admin.PersonSettings.Voicemail.ReadAsync(agentId)).Enabled == true;
        var fields = new[] { ("Input.AlwaysEnabled", "true"), ("Input.AlwaysDestination", "+19995550666"), ("Input.NoAnswerRings", "3") };

        var noToken = await request.PostAsync(f.Portal.Url + "Forwarding", new APIRequestContextOptions { Form = Form(request, fields), MaxRedirects = 0 });
        var badToken = await request.PostAsync(f.Portal.Url + "Forwarding", new APIRequestContextOptions
        {
            Form = Form(request, [.. fields, ("__RequestVerificationToken", "CfDJ8forged-token")]), MaxRedirects = 0,
        });
        // the same through a plain HttpClient that holds only the session cookie
        var session = (await page.Context.CookiesAsync()).Single(c => c.Name == "portal.session");
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(f.Portal.Url, "Voicemail"))
        {
            Content = new FormUrlEncodedContent([new("Enabled", voicemailBefore ? "false" : "true")]),
        };
        post.Headers.Add("Cookie", $"{session.Name}={session.Value}");
        using var plain = await http.SendAsync(post);

        Assert.Equal(400, noToken.Status);
        Assert.Equal(400, badToken.Status);
        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);
        Assert.False((await f.Admin.PersonSettings.Forwarding.ReadAsync(agentId)).CallForwarding!.Always!.Enabled);
        Assert.Equal(voicemailBefore, (await f.Admin.PersonSettings.Voicemail.ReadAsync(agentId)).Enabled == true);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Unauthenticated_SettingsPagesGoToLogin()
    {
        var context = await f.Browser.NewContextAsync();
        foreach (string path in new[] { "Forwarding", "Dnd", "CallWaiting", "Intercept", "Voicemail", "Queues" })
        {
            var answer = await context.APIRequest.GetAsync(f.Portal.Url + path, new APIRequestContextOptions { MaxRedirects = 0 });
            Assert.Equal((int)HttpStatusCode.Redirect, answer.Status);
            Assert.Equal("/Login", answer.Headers["location"]);
        }
        await context.CloseAsync();
    }

    [Fact]
    public async Task EveryPage_ShowsTheCurrentValue_AndSavesIt()
    {
        var (agentId, email, _) = await AgentAsync(5);
        var page = await f.SignInAsync(email);

        await SaveAsync(page, "Do not disturb", "#Enabled", "Do not disturb saved.");
        Assert.True((await f.Admin.PersonSettings.Dnd.ReadAsync(agentId)).Enabled);
        Assert.Contains("do not disturb is on", await page.TextContentAsync("#current"));

        bool waiting = await f.Admin.PersonSettings.CallWaiting.ReadAsync(agentId);
        await SaveAsync(page, "Call waiting", "#Enabled", "Call waiting saved.");
        Assert.Equal(!waiting, await f.Admin.PersonSettings.CallWaiting.ReadAsync(agentId));

        await page.ClickAsync("nav >> text=Call intercept");
        await page.CheckAsync("#Enabled");
        await page.SelectOptionAsync("#OutgoingType", "ALLOW_LOCAL_ONLY");
        await page.ClickAsync("#save");
        Assert.Equal("Call intercept saved.", await page.TextContentAsync("#message"));
        var intercept = await f.Admin.PersonSettings.CallIntercept.ReadAsync(agentId);
        Assert.Equal((true, InterceptTypeOutgoing.AllowLocalOnly), (intercept.Enabled, intercept.Outgoing!.InterceptType));

        await page.ClickAsync("nav >> text=Voicemail");
        await page.FillAsync("#Rings", "5");
        await page.CheckAsync("#SendUnansweredCalls");
        await page.ClickAsync("#save");
        Assert.Equal("Voicemail saved.", await page.TextContentAsync("#message"));
        var voicemail = await f.Admin.PersonSettings.Voicemail.ReadAsync(agentId);
        Assert.Equal((true, 5), (voicemail.SendUnansweredCalls!.Enabled, voicemail.SendUnansweredCalls.NumberOfRings));

        // sign out: the session is gone, the pages want a sign-in again
        await page.ClickAsync("text=Sign out");
        await page.GotoAsync(f.Portal.Url + "Dnd");
        Assert.StartsWith(f.Simulator.KestrelBaseUrl!.AbsoluteUri + "authorize?", page.Url); // /Dnd → /Login → Webex's sign-in
        await page.Context.CloseAsync();
    }

    private static async Task SaveAsync(IPage page, string navText, string checkbox, string message)
    {
        await page.ClickAsync($"nav >> text={navText}");
        await page.ClickAsync(checkbox);
        await page.ClickAsync("#save");
        Assert.Equal(message, await page.TextContentAsync("#message"));
    }

    /// <summary>The n-th call queue agent of the demo organisation: id, email, display name.</summary>
    private async Task<(string Id, string Email, string Name)> AgentAsync(int index)
    {
        var agents = await f.Admin.Telephony.CallQueue.Agents.ListAsync().ToListAsync();
        var person = await f.Admin.People.DetailsAsync(agents[index].Id!);
        return (person.PersonId!, person.Emails![0], person.DisplayName!);
    }

    private static IFormData Form(IAPIRequestContext request, params (string Name, string Value)[] fields)
    {
        var form = request.CreateFormData();
        foreach (var (name, value) in fields) form.Append(name, value);
        return form;
    }

    private static async Task ScreenshotAsync(IPage page)
    {
        byte[] png = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true });
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "user-portal.png"), png);
        if (Environment.GetEnvironmentVariable("PORTAL_SCREENSHOT") is { Length: > 0 } path)
            await File.WriteAllBytesAsync(path, png);
    }
}
