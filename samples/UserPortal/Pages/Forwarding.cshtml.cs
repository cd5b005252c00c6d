using Microsoft.AspNetCore.Mvc;
using WebexCalling.Sdk.PersonSettings;

namespace UserPortal.Pages;

/// <summary>My call forwarding: always, when busy, when not answered (with the ring count).</summary>
public sealed class ForwardingModel(PortalWebex webex) : PortalPageModel(webex)
{
    [BindProperty]
    public ForwardingInput Input { get; set; } = new();

    public Task<IActionResult> OnGetAsync() => ShowAsync(LoadAsync);

    public Task<IActionResult> OnPostAsync() => SaveAsync(async cancellationToken =>
    {
        var current = await Api.PersonSettings.Forwarding.ReadAsync(PersonId, cancellationToken: cancellationToken);
        var forwarding = current.CallForwarding ?? new CallForwardingPerson();
        var changed = current with
        {
            CallForwarding = forwarding with
            {
                Always = (forwarding.Always ?? new CallForwardingAlways()) with
                {
                    Enabled = Input.AlwaysEnabled, Destination = Input.AlwaysDestination?.Trim() ?? "",
                },
                Busy = (forwarding.Busy ?? new CallForwardingCommon()) with
                {
                    Enabled = Input.BusyEnabled, Destination = Input.BusyDestination?.Trim() ?? "",
                },
                NoAnswer = (forwarding.NoAnswer ?? new CallForwardingNoAnswer()) with
                {
                    Enabled = Input.NoAnswerEnabled, Destination = Input.NoAnswerDestination?.Trim() ?? "",
                    NumberOfRings = Input.NoAnswerRings,
                },
            },
        };
        await Api.PersonSettings.Forwarding.ConfigureAsync(PersonId, changed, cancellationToken: cancellationToken);
    }, "Call forwarding saved.", LoadCurrentOnlyAsync);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var forwarding = (await Api.PersonSettings.Forwarding.ReadAsync(PersonId, cancellationToken: cancellationToken)).CallForwarding;
        Input = new ForwardingInput
        {
            AlwaysEnabled = forwarding?.Always?.Enabled ?? false,
            AlwaysDestination = forwarding?.Always?.Destination,
            BusyEnabled = forwarding?.Busy?.Enabled ?? false,
            BusyDestination = forwarding?.Busy?.Destination,
            NoAnswerEnabled = forwarding?.NoAnswer?.Enabled ?? false,
            NoAnswerDestination = forwarding?.NoAnswer?.Destination,
            NoAnswerRings = forwarding?.NoAnswer?.NumberOfRings ?? 3,
        };
        Current = Input;
    }

    // after a refusal: show what Webex has now, keep what the user typed in the form
    private async Task LoadCurrentOnlyAsync(CancellationToken cancellationToken)
    {
        var typed = Input;
        await LoadAsync(cancellationToken);
        Input = typed;
    }

    /// <summary>The values as Webex has them now.</summary>
    public ForwardingInput? Current { get; private set; }
}

/// <summary>The forwarding form; it has no person field on purpose.</summary>
public sealed record ForwardingInput
{
    public bool AlwaysEnabled { get; set; }
    public string? AlwaysDestination { get; set; }
    public bool BusyEnabled { get; set; }
    public string? BusyDestination { get; set; }
    public bool NoAnswerEnabled { get; set; }
    public string? NoAnswerDestination { get; set; }
    public int NoAnswerRings { get; set; } = 3;
}
