using System.Diagnostics;
using System.Text;

namespace WebexCalling.Sdk.SampleTests.TestSupport;

/// <summary>What a sample printed and how it ended.</summary>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
public sealed record SampleResult(int ExitCode, string Output, string Error)
{
    /// <summary>Output and error together, for assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs a script of samples/ as a user would: <c>dotnet run samples/x.cs -- args</c>, in its own process.</summary>
public static class SampleRun
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5); // includes a first build on a loaded machine

    // the first run of a script builds it: two tests starting it at once would build it twice into the same folder
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<SemaphoreSlim>> FirstRuns = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Built = new();

    /// <summary>The repository's root folder (the one with WebexCalling.Sdk.sln).</summary>
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>
    /// Runs <paramref name="script"/> (a file name in samples/) with <paramref name="args"/> in a fresh empty working
    /// folder (so no stray .env is read), against <paramref name="org"/> when given (its token and base URL in
    /// WEBEX_ACCESS_TOKEN and WEBEX_BASE_URL), or with neither variable set, so it uses its built-in simulator.
    /// </summary>
    /// <param name="script">E.g. "reset_call_forwarding.cs".</param>
    /// <param name="org">The simulated organisation, or null for the built-in one.</param>
    /// <param name="args">The script's arguments.</param>
    /// <param name="workingFolder">Where it runs (a new temporary folder when null).</param>
    /// <param name="environment">More environment variables.</param>
    /// <returns>Exit code and output.</returns>
    public static async Task<SampleResult> RunAsync(string script, SampleOrg? org, IEnumerable<string>? args = null,
        string? workingFolder = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        string path = Path.Combine(RepoRoot, "samples", script);
        Assert.True(File.Exists(path), $"no sample {path}");
        string folder = workingFolder ?? Directory.CreateTempSubdirectory("sample-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("run");
        start.ArgumentList.Add(path);
        start.ArgumentList.Add("--");
        foreach (string arg in args ?? []) start.ArgumentList.Add(arg);
        start.Environment.Remove("WEBEX_ACCESS_TOKEN");
        start.Environment.Remove("WEBEX_BASE_URL");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        if (org is not null)
        {
            start.Environment["WEBEX_ACCESS_TOKEN"] = org.Token;
            start.Environment["WEBEX_BASE_URL"] = org.BaseUrl.ToString();
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        var gate = FirstRuns.GetOrAdd(script, _ => new Lazy<SemaphoreSlim>(() => new SemaphoreSlim(1, 1))).Value;
        bool first = !Built.ContainsKey(script);
        if (first) await gate.WaitAsync();
        try
        {
            return await StartAsync(script, start);
        }
        finally
        {
            if (first)
            {
                Built[script] = true;
                gate.Release();
            }
        }
    }

    private static async Task<SampleResult> StartAsync(string script, ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{script} did not end within {Timeout}: {await output}\n{await error}");
        }
        return new SampleResult(process.ExitCode, await output, await error);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "WebexCalling.Sdk.sln"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (WebexCalling.Sdk.sln) is not above " + AppContext.BaseDirectory);
    }
}
