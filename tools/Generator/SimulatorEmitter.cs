namespace WebexCalling.Sdk.Generator;

/// <summary>The simulator's routes for plain resources (documents and collections), per owner kind.</summary>
sealed class SimulatorEmitter(Surface surface)
{
    public IEnumerable<(string Path, string Text)> Emit()
    {
        _ = surface;
        yield break;
    }
}
