using WebexCalling.Sdk.Generator;

// dotnet run --project tools/Generator [-- --check] [--root DIR]
//   regenerates every *.g.cs file and docs/coverage.md from tools/api/*.yml; with --check writes nothing and lists
//   the files a regeneration would change (exit code 1 when there are any).
bool check = args.Contains("--check");
int rootAt = Array.IndexOf(args, "--root");
string root = rootAt >= 0 && rootAt + 1 < args.Length ? Path.GetFullPath(args[rootAt + 1]) : Generation.FindRoot(Environment.CurrentDirectory);
try
{
    var result = Generation.Run(root, write: !check);
    foreach (string line in result.Changed) Console.WriteLine((check ? "out of date: " : "wrote: ") + line);
    foreach (string line in result.Deleted) Console.WriteLine((check ? "stale: " : "deleted: ") + line);
    Console.WriteLine($"{result.Files} generated files, {result.Changed.Count + result.Deleted.Count} {(check ? "out of date" : "changed")}");
    return check && (result.Changed.Count > 0 || result.Deleted.Count > 0) ? 1 : 0;
}
catch (SpecException e)
{
    Console.Error.WriteLine("tools/api/" + e.Message);
    return 2;
}
