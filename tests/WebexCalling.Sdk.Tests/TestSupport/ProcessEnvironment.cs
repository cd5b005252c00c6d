namespace WebexCalling.Sdk.Tests.TestSupport;

/// <summary>
/// Sets process environment variables for one test and puts back what was there before. The environment is shared by
/// every test in the process: a test class that uses this belongs to <see cref="ProcessEnvironmentCollection"/>,
/// which runs on its own, not beside other tests.
/// </summary>
public sealed class ProcessEnvironment : IDisposable
{
    private readonly Dictionary<string, string?> _before = new(StringComparer.Ordinal);

    /// <summary>Sets each variable to its value (null removes it).</summary>
    public ProcessEnvironment(IReadOnlyDictionary<string, string?> variables)
    {
        foreach (var (name, value) in variables)
        {
            _before[name] = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    public void Dispose()
    {
        foreach (var (name, value) in _before) Environment.SetEnvironmentVariable(name, value);
    }
}

/// <summary>Tests that change the process environment: run with no other test in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "process environment";
}
