// The Webex simulator on Kestrel: dotnet run --project src/WebexCalling.Sdk.Simulator -- --urls http://127.0.0.1:5089
// (options: --help). Prints the base URL and a ready-to-use access token, then serves until Ctrl+C.
using WebexCalling.Sdk.Testing;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
return await WebexSimulatorHost.RunAsync(args, Console.Out, stop.Token).ConfigureAwait(false);
