using Microsoft.AspNetCore.Mvc;
using WebexCalling.Sdk.PersonSettings;

namespace UserPortal.Pages;

/// <summary>Call intercept: stop incoming and/or outgoing calls (e.g. during leave), with the kind of each.</summary>
public sealed class InterceptModel(PortalWebex webex) : PortalPageModel(webex)
{
    [BindProperty]
    public bool Enabled { get; set; }

    [BindProperty]
    public string IncomingType { get; set; } = InterceptTypeIncoming.InterceptAll.Value;

    [BindProperty]
    public string OutgoingType { get; set; } = InterceptTypeOutgoing.InterceptAll.Value;

    public InterceptSetting? Current { get; private set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync(async cancellationToken =>
    {
        await LoadAsync(cancellationToken);
        Enabled = Current?.Enabled ?? false;
        IncomingType = Current?.Incoming?.InterceptType?.Value ?? IncomingType;
        OutgoingType = Current?.Outgoing?.InterceptType?.Value ?? OutgoingType;
    });

    public Task<IActionResult> OnPostAsync() => SaveAsync(async cancellationToken =>
    {
        if (IncomingType != InterceptTypeIncoming.InterceptAll.Value && IncomingType != InterceptTypeIncoming.AllowAll.Value)
            IncomingType = InterceptTypeIncoming.InterceptAll.Value;
        if (OutgoingType != InterceptTypeOutgoing.InterceptAll.Value && OutgoingType != InterceptTypeOutgoing.AllowLocalOnly.Value)
            OutgoingType = InterceptTypeOutgoing.InterceptAll.Value;
        var current = await Api.PersonSettings.CallIntercept.ReadAsync(PersonId, cancellationToken: cancellationToken);
        var changed = current with
        {
            Enabled = Enabled,
            Incoming = (current.Incoming ?? new InterceptSettingIncoming()) with { InterceptType = InterceptTypeIncoming.FromWire(IncomingType) },
            Outgoing = (current.Outgoing ?? new InterceptSettingOutgoing()) with { InterceptType = InterceptTypeOutgoing.FromWire(OutgoingType) },
        };
        await Api.PersonSettings.CallIntercept.ConfigureAsync(PersonId, changed, cancellationToken: cancellationToken);
    }, "Call intercept saved.", LoadAsync);

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Current = await Api.PersonSettings.CallIntercept.ReadAsync(PersonId, cancellationToken: cancellationToken);
}
