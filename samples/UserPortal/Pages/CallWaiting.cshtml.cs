using Microsoft.AspNetCore.Mvc;

namespace UserPortal.Pages;

/// <summary>Call waiting: a second call alerts during a call instead of getting busy.</summary>
public sealed class CallWaitingModel(PortalWebex webex) : PortalPageModel(webex)
{
    [BindProperty]
    public bool Enabled { get; set; }

    public bool? Current { get; private set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync(async cancellationToken =>
    {
        await LoadAsync(cancellationToken);
        Enabled = Current ?? false;
    });

    public Task<IActionResult> OnPostAsync() => SaveAsync(
        cancellationToken => Api.PersonSettings.CallWaiting.ConfigureAsync(PersonId, Enabled, cancellationToken: cancellationToken),
        "Call waiting saved.", LoadAsync);

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Current = await Api.PersonSettings.CallWaiting.ReadAsync(PersonId, cancellationToken: cancellationToken);
}
