namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// The kind of entity a settings API works on. The same setting lives under different URL prefixes for each kind
/// (see <see cref="SettingsApiChild"/>); only <see cref="Person"/> is wired to the root API so far.
/// </summary>
internal enum SettingsOwner
{
    /// <summary>A user: <c>people/{id}/features/…</c> and <c>telephony/config/people/{id}/…</c>.</summary>
    Person,

    /// <summary>A workspace: <c>workspaces/{id}/features/…</c> and <c>telephony/config/workspaces/{id}/…</c>.</summary>
    Workspace,

    /// <summary>A location: <c>telephony/config/locations/{id}/…</c>.</summary>
    Location,

    /// <summary>A virtual line: <c>telephony/config/virtualLines/{id}/…</c>.</summary>
    VirtualLine,
}
