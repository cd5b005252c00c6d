using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WebexCalling.Sdk;

namespace UserPortal.Pages;

/// <summary>
/// A settings page of the signed-in user. The person it reads and changes is always the one in the server-side
/// session: no form field or query parameter names a person. Without a session the user goes to /login.
/// </summary>
public abstract class PortalPageModel(PortalWebex webex) : PageModel
{
    protected PortalWebex Webex { get; } = webex;

    protected WebexSimpleApi Api => Webex.Api;

    /// <summary>The signed-in user's person id, from the session only.</summary>
    protected string PersonId { get; private set; } = "";

    /// <summary>The success message of the last change (kept across the redirect).</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Webex's error text when it refused a change or a read.</summary>
    public string? Error { get; protected set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await HttpContext.Session.LoadAsync(HttpContext.RequestAborted);
        string? personId = HttpContext.Session.GetString(SessionKeys.PersonId);
        if (personId is null)
        {
            context.Result = RedirectToPage("/Login");
            return;
        }
        PersonId = personId;
        await next();
    }

    /// <summary>Reads the page's current values; a refusal shows Webex's text instead.</summary>
    protected async Task<IActionResult> ShowAsync(Func<CancellationToken, Task> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        try
        {
            await load(HttpContext.RequestAborted);
        }
        catch (WebexApiException e)
        {
            Error = Describe(e, "read your settings");
        }
        return Page();
    }

    /// <summary>
    /// Makes a change, then redirects back to the page with <paramref name="success"/>; when Webex refuses it, shows the
    /// page again with Webex's error text and the values as they are now.
    /// </summary>
    protected async Task<IActionResult> SaveAsync(Func<CancellationToken, Task> change, string success, Func<CancellationToken, Task> reload)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(reload);
        try
        {
            await change(HttpContext.RequestAborted);
        }
        catch (WebexApiException e)
        {
            Error = Describe(e, "save the change");
            try
            {
                await reload(HttpContext.RequestAborted);
            }
            catch (WebexApiException again)
            {
                Error += " " + Describe(again, "read your settings");
            }
            return Page();
        }
        Message = success;
        return RedirectToPage();
    }

    /// <summary>Webex's own error text, with the status and tracking id support asks for; never the request's token.</summary>
    internal static string Describe(WebexApiException e, string what) => e.StatusCode is { } status
        ? $"Webex could not {what}: {e.WebexMessage ?? status.ToString()} (HTTP {(int)status}, tracking id {e.TrackingId})."
        : $"Webex could not {what}: it did not answer ({e.InnerException?.Message ?? "no response"}).";
}
