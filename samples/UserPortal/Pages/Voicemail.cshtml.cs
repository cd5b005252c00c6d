using Microsoft.AspNetCore.Mvc;
using WebexCalling.Sdk.PersonSettings;

namespace UserPortal.Pages;

/// <summary>Voicemail basics: on/off, which calls go to voicemail, and after how many rings.</summary>
public sealed class VoicemailModel(PortalWebex webex) : PortalPageModel(webex)
{
    [BindProperty]
    public bool Enabled { get; set; }

    [BindProperty]
    public bool SendAllCalls { get; set; }

    [BindProperty]
    public bool SendBusyCalls { get; set; }

    [BindProperty]
    public bool SendUnansweredCalls { get; set; }

    [BindProperty]
    public int Rings { get; set; } = 3;

    public VoicemailSettings? Current { get; private set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync(async cancellationToken =>
    {
        await LoadAsync(cancellationToken);
        Enabled = Current?.Enabled ?? false;
        SendAllCalls = Current?.SendAllCalls?.Enabled ?? false;
        SendBusyCalls = Current?.SendBusyCalls?.Enabled ?? false;
        SendUnansweredCalls = Current?.SendUnansweredCalls?.Enabled ?? false;
        Rings = Current?.SendUnansweredCalls?.NumberOfRings ?? 3;
    });

    public Task<IActionResult> OnPostAsync() => SaveAsync(async cancellationToken =>
    {
        var current = await Api.PersonSettings.Voicemail.ReadAsync(PersonId, cancellationToken: cancellationToken);
        var changed = current with
        {
            Enabled = Enabled,
            SendAllCalls = (current.SendAllCalls ?? new EnabledSetting()) with { Enabled = SendAllCalls },
            SendBusyCalls = (current.SendBusyCalls ?? new VoicemailEnabledWithGreeting()) with { Enabled = SendBusyCalls },
            SendUnansweredCalls = (current.SendUnansweredCalls ?? new UnansweredCalls()) with
            {
                Enabled = SendUnansweredCalls, NumberOfRings = Rings,
            },
        };
        await Api.PersonSettings.Voicemail.ConfigureAsync(PersonId, changed, cancellationToken: cancellationToken);
    }, "Voicemail saved.", LoadAsync);

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Current = await Api.PersonSettings.Voicemail.ReadAsync(PersonId, cancellationToken: cancellationToken);
}
