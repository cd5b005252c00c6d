using WebexCalling.Sdk.Testing.Infrastructure;

namespace WebexCalling.Sdk.Testing.State;

/// <summary>A license of the organisation's catalogue; its consumed units are counted from people's licenses.</summary>
internal sealed record LicenseRecord(Guid Uuid, string Name, int TotalUnits, bool Calling = false, string? SiteUrl = null)
{
    public string Id { get; } = WebexIds.Encode(WebexIds.License, Uuid);
}

/// <summary>The license catalogue and the meeting sites of people (<c>state.Area&lt;LicenseStore&gt;()</c>).</summary>
internal sealed class LicenseStore
{
    /// <summary>
    /// Fixed ids (not drawn from the random source, so that the catalogue does not move other seeded ids): Webex
    /// Calling Professional is the license every seeded calling user has.
    /// </summary>
    public IReadOnlyList<LicenseRecord> Licenses { get; } =
    [
        new(SimulatorState.CallingLicense, "Webex Calling - Professional", 100, Calling: true),
        new(new Guid("96abc2aa-3dcc-11e5-b263-0f4592adef01"), "Webex Calling - Basic", 20, Calling: true),
        new(new Guid("96abc2aa-3dcc-11e5-b263-0f4592adef02"), "Webex Calling - Workspaces", 10),
        new(new Guid("96abc2aa-3dcc-11e5-b263-0f4592adef03"), "Meeting - Webex Meeting Center", 50, SiteUrl: "simulator.webex.com"),
        new(new Guid("96abc2aa-3dcc-11e5-b263-0f4592adef04"), "Messaging", 200),
    ];

    /// <summary>The meeting sites of people: person uuid -> (site, account type).</summary>
    public Dictionary<Guid, List<(string Site, string AccountType)>> Sites { get; } = [];

    public LicenseRecord? Find(string? id) => Licenses.FirstOrDefault(l => l.Id == id);
}
