using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace UserPortal.Pages;

/// <summary>Sign out (a POST with the anti-forgery token, from the layout's button): the session is emptied.</summary>
public sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.Session.LoadAsync(HttpContext.RequestAborted);
        HttpContext.Session.Clear();
        await HttpContext.Session.CommitAsync(HttpContext.RequestAborted);
        return RedirectToPage("/Index");
    }
}
