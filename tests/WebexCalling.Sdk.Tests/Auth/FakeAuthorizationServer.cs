using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Web;

namespace WebexCalling.Sdk.Tests.Auth;

/// <summary>
/// Plays webexapis.com's <c>/v1/authorize</c> on loopback: records the query it was opened with and redirects the
/// browser to the redirect_uri with a code and the state (or a state the test chooses).
/// </summary>
/// <remarks>
/// A TcpListener on port 0 with just enough HTTP for one GET per connection: the port is the one the listener got,
/// so nothing can take it between choosing and binding (HttpListener cannot bind port 0).
/// </remarks>
internal sealed class FakeAuthorizationServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    public FakeAuthorizationServer(Func<string, string>? stateToReturn = null)
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _serving = ServeAsync(stateToReturn ?? (s => s));
    }

    public int Port { get; }

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}/v1/");

    public System.Collections.Specialized.NameValueCollection? AuthorizeQuery { get; private set; }

    private async Task ServeAsync(Func<string, string> stateToReturn)
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            using (client)
            {
                try
                {
                    await AnswerAsync(client.GetStream(), stateToReturn);
                }
                catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
                {
                    // the browser went away
                }
            }
        }
    }

    private async Task AnswerAsync(NetworkStream stream, Func<string, string> stateToReturn)
    {
        string target = await ReadRequestTargetAsync(stream);
        var url = new Uri(new Uri($"http://127.0.0.1:{Port}"), target);
        string response;
        if (url.AbsolutePath != "/v1/authorize")
        {
            response = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        }
        else
        {
            AuthorizeQuery = HttpUtility.ParseQueryString(url.Query);
            string redirect = AuthorizeQuery["redirect_uri"]!;
            string state = stateToReturn(AuthorizeQuery["state"]!);
            // the user signed in and approved the scopes
            string location = $"{redirect}?code={Uri.EscapeDataString(AuthFixtures.Code)}&state={Uri.EscapeDataString(state)}";
            response = $"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        }
        await stream.WriteAsync(Encoding.ASCII.GetBytes(response), _stop.Token);
    }

    // the request line's target of a GET (no body), read up to the blank line that ends the headers
    private async Task<string> ReadRequestTargetAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var buffer = new byte[1024];
        while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            int read = await stream.ReadAsync(buffer, _stop.Token);
            if (read == 0) throw new IOException("the connection closed before the request was complete");
            head.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
        string[] requestLine = head.ToString()[..head.ToString().IndexOf("\r\n", StringComparison.Ordinal)].Split(' ');
        return requestLine[1];
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _serving.Wait(TimeSpan.FromSeconds(5));
        _stop.Dispose();
    }
}
