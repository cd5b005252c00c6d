using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace WebexCalling.Sdk.IntegrationTests.Simulator.Host;

/// <summary>The simulator program as another client sees it: a separate process on Kestrel, stopped by a signal.</summary>
public partial class SimulatorProgramTests
{
    [Fact]
    public async Task Program_PrintsATokenPerCallingUser_AndStopsGracefullyOnSigterm()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return; // SIGTERM is a POSIX signal

        using var process = Start("--urls", "http://127.0.0.1:0", "--seed", "4");
        try
        {
            string printed = await ReadUntilAsync(process, "to stop.");
            var url = new Uri(Regex.Match(printed, @"listening on (\S+)").Groups[1].Value);
            var users = CallingUser().Matches(printed);
            Assert.Equal(32, users.Count); // the demo organisation's calling users, each with a token

            // a user's token acts as that user: /people/me answers the printed email
            var first = users[0];
            using var http = new HttpClient { BaseAddress = url };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", first.Groups["token"].Value);
            using var me = await http.GetAsync("people/me");
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            using var json = JsonDocument.Parse(await me.Content.ReadAsStringAsync());
            Assert.Equal(first.Groups["email"].Value, json.RootElement.GetProperty("emails")[0].GetString());

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
            using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(exited.Token);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    private static Process Start(params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "WebexCalling.Sdk.Simulator.dll");
        // the muxer that runs these tests (dotnet), else the one on PATH
        string dotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var info = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (string arg in args) info.ArgumentList.Add(arg);
        return Process.Start(info) ?? throw new InvalidOperationException("The simulator did not start.");
    }

    // what the program printed up to the line containing the marker (it keeps serving after)
    private static async Task<string> ReadUntilAsync(Process process, string marker)
    {
        var text = new StringBuilder();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)); // a busy machine starts slowly
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            text.AppendLine(line);
            if (line.Contains(marker, StringComparison.Ordinal)) return text.ToString();
        }
        throw new InvalidOperationException("The simulator ended early: " + text + await process.StandardError.ReadToEndAsync());
    }

    [GeneratedRegex(@"^  .+ <(?<email>[^>]+)> extension (?<ext>\d+): (?<token>\S+)$", RegexOptions.Multiline)]
    private static partial Regex CallingUser();
}
