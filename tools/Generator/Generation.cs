namespace WebexCalling.Sdk.Generator;

/// <summary>What one run produced: every generated file compared with the tree.</summary>
sealed record GenerationResult(int Files, List<string> Changed, List<string> Deleted);

/// <summary>Runs every emitter and writes (or only compares) their files; removes generated files no description makes.</summary>
public static class Generation
{
    /// <summary>The folders whose <c>*.g.cs</c> files are the generator's (and only its) output.</summary>
    static readonly string[] Outputs =
        ["src/WebexCalling.Sdk", "tests/WebexCalling.Sdk.Tests", "src/WebexCalling.Sdk.Testing"];

    internal static GenerationResult Run(string root, bool write)
    {
        var surface = new Surface(Path.Combine(root, "tools", "api"));
        var files = new ModelEmitter(surface).Emit()
            .Concat(new ApiEmitter(surface).Emit())
            .Concat(new JsonContextEmitter(surface).Emit())
            .Concat(new TestEmitter(surface).Emit())
            .Concat(new SimulatorEmitter(surface).Emit())
            .Concat(new CoverageEmitter(surface).Emit())
            .ToList();
        var duplicate = files.GroupBy(f => f.Path).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new SpecException(duplicate.Key, 0, "two descriptions generate this file");
        var changed = new List<string>();
        foreach (var (path, text) in files)
        {
            string full = Path.Combine(root, path);
            string? existing = File.Exists(full) ? File.ReadAllText(full) : null;
            if (existing == text) continue;
            changed.Add(path);
            if (!write) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        var made = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var deleted = new List<string>();
        foreach (string folder in Outputs)
        {
            string dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (string file in Directory.EnumerateFiles(dir, "*.g.cs", SearchOption.AllDirectories))
            {
                string rel = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (rel.Contains("/obj/", StringComparison.Ordinal) || rel.Contains("/bin/", StringComparison.Ordinal) || made.Contains(rel)) continue;
                deleted.Add(rel);
                if (write) File.Delete(file);
            }
        }
        return new GenerationResult(files.Count, changed, deleted);
    }

    /// <summary>The files a regeneration would change or remove; empty when the tree is up to date.</summary>
    public static IReadOnlyList<string> Check(string root)
    {
        var result = Run(root, write: false);
        return [.. result.Changed, .. result.Deleted];
    }

    public static string FindRoot(string start)
    {
        var dir = new DirectoryInfo(start);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WebexCalling.Sdk.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("run inside the repository (WebexCalling.Sdk.sln not found)");
    }
}
