using System.Net;
using System.Net.Sockets;

namespace WebexCalling.Sdk.Tests.TestSupport;

/// <summary>Ports for the OAuth flow's redirect listener. Shared with the integration tests (linked into that project).</summary>
public static class RedirectPort
{
    /// <summary>
    /// Runs a test of the OAuth flow with a port for its redirect URL, and again with another should the flow's
    /// listener find the port taken. The flow listens with HttpListener, which cannot bind port 0, so the port is
    /// one that was free a moment before: another process may bind it first, and the flow then fails to start its
    /// listener with <see cref="HttpListenerException"/>, before anything else happens (seen directly, or inside the
    /// failure of an <c>Assert.ThrowsAsync</c> that expected another exception).
    /// </summary>
    public static async Task RunAsync(Func<int, Task> test)
    {
        const int attempts = 5;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                await test(PortFreeNow());
                return;
            }
            catch (Exception e) when (attempt < attempts && (e is HttpListenerException || e.InnerException is HttpListenerException))
            {
                // taken meanwhile: a fresh port
            }
        }
    }

    private static int PortFreeNow()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
