using Microsoft.AspNetCore.Mvc;

namespace UserPortal.Pages;

/// <summary>Do not disturb, with the ring splash (a short ring when a call is rejected).</summary>
public sealed class DndModel(PortalWebex webex) : PortalPageModel(webex)
{
    [BindProperty]
    public bool Enabled { get; set; }

    [BindProperty]
    public bool RingSplashEnabled { get; set; }

    public WebexCalling.Sdk.PersonSettings.Dnd? Current { get; private set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync(async cancellationToken =>
    {
        await LoadAsync(cancellationToken);
        Enabled = Current?.Enabled ?? false;
        RingSplashEnabled = Current?.RingSplashEnabled ?? false;
    });

    public Task<IActionResult> OnPostAsync() => SaveAsync(async cancellationToken =>
    {
        var current = await Api.PersonSettings.Dnd.ReadAsync(PersonId, cancellationToken: cancellationToken);
        await Api.PersonSettings.Dnd.ConfigureAsync(PersonId, current with { Enabled = Enabled, RingSplashEnabled = RingSplashEnabled },
            cancellationToken: cancellationToken);
    }, "Do not disturb saved.", LoadAsync);

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Current = await Api.PersonSettings.Dnd.ReadAsync(PersonId, cancellationToken: cancellationToken);
}
