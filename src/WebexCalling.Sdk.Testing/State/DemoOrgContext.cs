namespace WebexCalling.Sdk.Testing.State;

/// <summary>What the demo seeding created so far, for the areas that seed their records on top of it.</summary>
internal sealed record DemoOrgContext(IReadOnlyList<LocationRecord> Locations, IReadOnlyList<PersonRecord> People);
