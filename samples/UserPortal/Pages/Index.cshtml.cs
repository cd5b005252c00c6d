using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace UserPortal.Pages;

/// <summary>The start page: signed-in users go to their settings, others see "Login with Webex".</summary>
public sealed class IndexModel(PortalWebex webex) : PageModel
{
    public bool IsSimulator => webex.IsSimulator;

    /// <summary>Why the last sign-in failed, if it did.</summary>
    [TempData]
    public string? Problem { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await HttpContext.Session.LoadAsync(HttpContext.RequestAborted);
        if (HttpContext.Session.GetString(SessionKeys.PersonId) is not null) return RedirectToPage("/Forwarding");
        return Page();
    }
}
