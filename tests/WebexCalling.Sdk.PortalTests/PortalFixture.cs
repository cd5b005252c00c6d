using Microsoft.Playwright;
using UserPortal;
using WebexCalling.Sdk.Testing;

namespace WebexCalling.Sdk.PortalTests;

/// <summary>
/// One simulated organisation on Kestrel, the portal on Kestrel against it, and one headless Chromium (Debian's, at
/// /usr/bin/chromium) for the whole test class; the administrator's SDK client checks what the portal changed.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly HttpClient _http = new();

    public WebexSimulator Simulator { get; } = new();

    public PortalHost Portal { get; private set; } = null!;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The organisation's administrator, through the SDK: how the tests see what changed in Webex.</summary>
    public WebexSimpleApi Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"The portal tests drive Chromium at {ChromiumPath}: apt-get install -y chromium (.ci/run does).");
        Simulator.Seed.DemoOrg();
        var simulatorUrl = await Simulator.StartKestrelAsync("http://127.0.0.1:0");
        // the portal on another loopback address than the simulator: another site, as the portal and Webex are, so the
        // session cookie must survive the cross-site redirect back from the sign-in page (SameSite=Lax)
        Portal = await PortalApp.StartAsync([], new PortalOptions { Urls = "http://127.0.0.2:0", Simulator = Simulator, Quiet = true });
        Admin = new WebexSimpleApi(Simulator.DevToken, new WebexApiOptions { BaseUrl = simulatorUrl, HttpClient = _http });
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        Admin?.Dispose();
        if (Portal is not null) await Portal.DisposeAsync();
        await Simulator.DisposeAsync();
        _http.Dispose();
    }

    /// <summary>A fresh browser profile (own cookies) signed in as <paramref name="email"/> through the simulator's page.</summary>
    public async Task<IPage> SignInAsync(string email)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Portal.Url.AbsoluteUri);
        await page.ClickAsync("#login");
        // Webex's (here: the simulator's) sign-in page, on the simulator's host
        await page.WaitForURLAsync(url => url.StartsWith(Simulator.KestrelBaseUrl!.AbsoluteUri + "authorize", StringComparison.Ordinal));
        Assert.Equal("Sign in to Webex", await page.TextContentAsync("h1"));
        await page.FillAsync("#email", email);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => url.StartsWith(Portal.Url.AbsoluteUri + "Forwarding", StringComparison.OrdinalIgnoreCase));
        return page;
    }
}
