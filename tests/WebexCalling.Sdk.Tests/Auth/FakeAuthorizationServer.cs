using System.Net;
using System.Web;

namespace WebexCalling.Sdk.Tests.Auth;

/// <summary>
/// Plays webexapis.com's <c>/v1/authorize</c> on a free loopback port: records the query it was opened with and
/// redirects the browser to the redirect_uri with a code and the state (or a state the test chooses).
/// </summary>
internal sealed class FakeAuthorizationServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    public FakeAuthorizationServer(Func<string, string>? stateToReturn = null)
    {
        Port = AuthFixtures.FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = ServeAsync(stateToReturn ?? (s => s));
    }

    public int Port { get; }

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}/v1/");

    public System.Collections.Specialized.NameValueCollection? AuthorizeQuery { get; private set; }

    private async Task ServeAsync(Func<string, string> stateToReturn)
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var request = context.Request;
            if (request.Url!.AbsolutePath != "/v1/authorize")
            {
                context.Response.StatusCode = 404;
                context.Response.Close();
                continue;
            }
            AuthorizeQuery = HttpUtility.ParseQueryString(request.Url.Query);
            string redirect = AuthorizeQuery["redirect_uri"]!;
            string state = stateToReturn(AuthorizeQuery["state"]!);
            // the user signed in and approved the scopes
            context.Response.StatusCode = (int)HttpStatusCode.Found;
            context.Response.RedirectLocation =
                $"{redirect}?code={Uri.EscapeDataString(AuthFixtures.Code)}&state={Uri.EscapeDataString(state)}";
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }
}
