// The Webex simulator on Kestrel: dotnet run --project src/WebexCalling.Sdk.Simulator -- --urls http://127.0.0.1:5089
// (options: --help). Prints the base URL and ready-to-use access tokens, then serves until Ctrl+C or SIGTERM.
using System.Runtime.InteropServices;
using WebexCalling.Sdk.Testing;

using var stop = new CancellationTokenSource();
// SIGINT (Ctrl+C) and SIGTERM (docker stop, systemd, kill) both stop the host gracefully; cancelling the signal's
// default action lets RunAsync return and the process exit with its code
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return await WebexSimulatorHost.RunAsync(args, Console.Out, stop.Token).ConfigureAwait(false);
