using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebexCalling.Sdk.Auth;

/// <summary>
/// The OpenID Connect claims about the signed-in user that Webex's <c>GET /v1/userinfo</c> answers ("Login with
/// Webex"); what is filled depends on the scopes granted: <c>openid</c> gives <see cref="Sub"/>, <c>email</c> the
/// email claims, <c>profile</c> the names and picture.
/// </summary>
/// <remarks>
/// <see cref="Sub"/> is the user's identifier in Webex's identity service, a UUID. To act on the user through the
/// REST API, find their person id, e.g. with <c>api.People.ListAsync(email: info.Email)</c>.
/// </remarks>
public sealed record UserInfo
{
    /// <summary>The subject: the user's unique, stable identifier (a UUID).</summary>
    [JsonPropertyName("sub")]
    public string? Sub { get; init; }

    /// <summary>The full name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The first name.</summary>
    [JsonPropertyName("given_name")]
    public string? GivenName { get; init; }

    /// <summary>The last name.</summary>
    [JsonPropertyName("family_name")]
    public string? FamilyName { get; init; }

    /// <summary>The email address.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>Whether Webex has verified <see cref="Email"/>.</summary>
    [JsonPropertyName("email_verified")]
    public bool? EmailVerified { get; init; }

    /// <summary>The name the user signs in with (usually the email).</summary>
    [JsonPropertyName("preferred_username")]
    public string? PreferredUsername { get; init; }

    /// <summary>The URL of the user's avatar.</summary>
    [JsonPropertyName("picture")]
    public string? Picture { get; init; }

    /// <summary>Claims this SDK version does not know.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
