using PublicApiGenerator;

namespace WebexCalling.Sdk.Tests.Conventions;

/// <summary>
/// The public surface of the package, as C# declarations (JSON wire names included), held against the checked-in
/// <c>PublicApi.approved.txt</c>: a member that disappears or changes its signature fails here, so a change of the
/// surface is always a visible diff of that file in review.
/// </summary>
public class PublicApiTests
{
    private static readonly string Approved = Path.Combine(RepoRoot(), "tests", "WebexCalling.Sdk.Tests", "Conventions",
        "PublicApi.approved.txt");

    [Fact]
    public void PublicApi_MatchesTheApprovedListing()
    {
        string actual = Current();
        if (Environment.GetEnvironmentVariable("UPDATE_PUBLIC_API") == "1") File.WriteAllText(Approved, actual);
        string approved = File.Exists(Approved) ? File.ReadAllText(Approved) : "";
        if (approved == actual) return;

        var want = approved.Split('\n').ToHashSet(StringComparer.Ordinal);
        var have = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
        var removed = want.Where(l => !have.Contains(l)).Take(30);
        var added = have.Where(l => !want.Contains(l)).Take(30);
        Assert.Fail("The public API differs from PublicApi.approved.txt (rerun with UPDATE_PUBLIC_API=1 to accept).\n"
            + "-- gone or changed:\n" + string.Join('\n', removed) + "\n-- new or changed:\n" + string.Join('\n', added));
    }

    internal static string Current() =>
        typeof(WebexSimpleApi).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
            ExcludeAttributes =
            [
                "System.Runtime.CompilerServices.NullableContextAttribute",
                "System.Runtime.CompilerServices.NullableAttribute",
                "System.CodeDom.Compiler.GeneratedCodeAttribute",
                "System.Diagnostics.DebuggerNonUserCodeAttribute",
            ],
        }).ReplaceLineEndings("\n");

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WebexCalling.Sdk.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("The repository root (WebexCalling.Sdk.sln) was not found.");
    }
}
