using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WebexCalling.Sdk.Auth;

namespace UserPortal.Pages;

/// <summary>
/// "Login with Webex": a fresh state and PKCE pair go into the server-side session, the browser goes to Webex's
/// authorize page with the state and the PKCE challenge; /callback finishes the sign-in.
/// </summary>
public sealed class LoginModel(PortalWebex webex) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        string state = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var pkce = PkceChallenge.Create();
        await HttpContext.Session.LoadAsync(HttpContext.RequestAborted);
        HttpContext.Session.SetString(SessionKeys.OAuthState, state);
        HttpContext.Session.SetString(SessionKeys.PkceVerifier, pkce.Verifier);
        await HttpContext.Session.CommitAsync(HttpContext.RequestAborted);
        return Redirect(webex.Integration.GetAuthorizeUrl(state, pkce).AbsoluteUri);
    }
}
