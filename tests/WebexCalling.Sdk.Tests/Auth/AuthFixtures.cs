namespace WebexCalling.Sdk.Tests.Auth;

/// <summary>Distinctive token values (so that a leak is easy to find), a token endpoint answer, temp folders.</summary>
internal static class AuthFixtures
{
    public const string AccessToken = "ACCESS-d1a6f2c4e8b04e6f9a3c7b5d2e1f0a9c-access-secret";
    public const string RefreshToken = "REFRESH-9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4-refresh-secret";
    public const string NewAccessToken = "ACCESS-NEW-0a1b2c3d4e5f60718293a4b5c6d7e8f9-new-secret";
    public const string ClientSecret = "CLIENT-SECRET-5f4e3d2c1b0a99887766554433221100";
    public const string Code = "AUTH-CODE-77665544332211aabbccddeeff00112233";

    /// <summary>What Webex's token endpoint answers (shape of the talk's example).</summary>
    public static string TokenAnswer(string accessToken = NewAccessToken, string refreshToken = RefreshToken) => $$"""
        {"access_token":"{{accessToken}}","expires_in":1209599,"refresh_token":"{{refreshToken}}",
         "refresh_token_expires_in":7775954,"token_type":"Bearer","scope":"spark:kms spark-admin:locations_read"}
        """;

    public static string[] Secrets => [AccessToken, RefreshToken, NewAccessToken, ClientSecret, Code];

    public static void AssertNoSecret(string? text)
    {
        if (text is null) return;
        foreach (string secret in Secrets) Assert.DoesNotContain(secret, text);
    }

    /// <summary>Form fields of an application/x-www-form-urlencoded body.</summary>
    public static Dictionary<string, string> Form(string? body) =>
        (body ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1].Replace('+', ' ') : ""));
}

/// <summary>A fresh folder per test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("webex-tokens-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
