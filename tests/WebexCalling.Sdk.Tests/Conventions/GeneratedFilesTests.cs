using WebexCalling.Sdk.Generator;

namespace WebexCalling.Sdk.Tests.Conventions;

/// <summary>The generated files are what the descriptions make: a description changed without regenerating fails here.</summary>
public class GeneratedFilesTests
{
    [Fact]
    public void Regenerating_ChangesNothing()
    {
        var stale = Generation.Check(PublicApiTests.RepoRoot());

        Assert.True(stale.Count == 0,
            "run `dotnet run --project tools/Generator`; these files differ from what tools/api makes: " + string.Join(", ", stale));
    }
}
