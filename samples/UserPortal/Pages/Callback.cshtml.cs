using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WebexCalling.Sdk;

namespace UserPortal.Pages;

/// <summary>
/// The integration's redirect URI: checks the state against the session, exchanges the code with the PKCE verifier,
/// asks userinfo who signed in, finds their person id with the service app, and keeps id, name and email in the
/// session. The user's own tokens are used for userinfo only and never stored.
/// </summary>
public sealed class CallbackModel(PortalWebex webex) : PageModel
{
    [TempData]
    public string? Problem { get; set; }

    public async Task<IActionResult> OnGetAsync(string? code, string? state, string? error, string? error_description)
    {
        var session = HttpContext.Session;
        var cancellationToken = HttpContext.RequestAborted;
        await session.LoadAsync(cancellationToken);
        string? expectedState = session.GetString(SessionKeys.OAuthState);
        string? verifier = session.GetString(SessionKeys.PkceVerifier);
        // one sign-in per state: a replayed or forged redirect finds nothing to match
        session.Remove(SessionKeys.OAuthState);
        session.Remove(SessionKeys.PkceVerifier);
        if (expectedState is null || verifier is null || state is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(state), Encoding.UTF8.GetBytes(expectedState)))
            return Fail("The sign-in answer does not belong to this browser's sign-in (wrong or missing state). Please sign in again.");
        if (error is not null) return Fail($"Webex did not sign you in: {error} {error_description}".TrimEnd());
        if (string.IsNullOrEmpty(code)) return Fail("Webex's answer carried no authorization code.");
        try
        {
            var tokens = await webex.Integration.ExchangeCodeAsync(code, verifier, cancellationToken);
            var user = await webex.Integration.GetUserInfoAsync(tokens.AccessToken!, cancellationToken);
            var person = await webex.FindPersonAsync(user, cancellationToken);
            if (person?.PersonId is null)
                return Fail($"{user.Email ?? user.Sub} is not a user of this portal's Webex organisation.");
            // a new sign-in starts from an empty session
            session.Clear();
            session.SetString(SessionKeys.PersonId, person.PersonId);
            session.SetString(SessionKeys.PersonName, person.DisplayName ?? user.Name ?? user.Email ?? "");
            session.SetString(SessionKeys.PersonEmail, user.Email ?? "");
            await session.CommitAsync(cancellationToken);
            return RedirectToPage("/Forwarding");
        }
        catch (WebexApiException e)
        {
            return Fail(PortalPageModel.Describe(e, "sign you in"));
        }
    }

    private RedirectToPageResult Fail(string problem)
    {
        Problem = problem;
        return RedirectToPage("/Index");
    }
}
