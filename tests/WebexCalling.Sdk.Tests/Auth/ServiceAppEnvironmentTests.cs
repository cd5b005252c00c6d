using WebexCalling.Sdk.Auth;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Auth;

/// <summary>ServiceApp.FromEnvironment against the real process environment, set by the test and restored after.</summary>
[Collection(ProcessEnvironmentCollection.Name)]
public class ServiceAppEnvironmentTests
{
    [Fact]
    public void FromEnvironment_VariablesInTheProcessEnvironment_WinOverTheFallback()
    {
        using var environment = new ProcessEnvironment(new Dictionary<string, string?>
        {
            [ServiceApp.ClientIdVariable] = "SA-FROM-PROCESS",
            [ServiceApp.ClientSecretVariable] = AuthFixtures.ClientSecret,
            [ServiceApp.RefreshTokenVariable] = null, // whatever this machine has: the fallback supplies it
        });
        var fallback = new Dictionary<string, string>
        {
            [ServiceApp.ClientIdVariable] = "SA-FROM-FILE", [ServiceApp.RefreshTokenVariable] = AuthFixtures.RefreshToken,
        };

        using var app = ServiceApp.FromEnvironment(fallback);

        Assert.Equal("SA-FROM-PROCESS", app.ClientId);
    }

    [Fact]
    public void FromEnvironment_VariableUnsetEverywhere_NamesIt()
    {
        using var environment = new ProcessEnvironment(new Dictionary<string, string?>
        {
            [ServiceApp.ClientIdVariable] = "SA1",
            [ServiceApp.ClientSecretVariable] = AuthFixtures.ClientSecret,
            [ServiceApp.RefreshTokenVariable] = null,
        });

        var e = Assert.Throws<InvalidOperationException>(() => ServiceApp.FromEnvironment());

        Assert.Contains("SERVICE_APP_REFRESH_TOKEN", e.Message);
        Assert.DoesNotContain("SERVICE_APP_CLIENT_ID", e.Message);
        AuthFixtures.AssertNoSecret(e.Message);
    }
}
