using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>One implementation serves every owner kind; the owner picks the URL prefix.</summary>
public class SettingsOwnerTests
{
    [Theory]
    [InlineData(SettingsOwner.Person, "people/a%2Fb/features/callWaiting")]
    [InlineData(SettingsOwner.Workspace, "workspaces/a%2Fb/features/callWaiting")]
    [InlineData(SettingsOwner.VirtualLine, "telephony/config/virtualLines/a%2Fb/callWaiting")]
    [InlineData(SettingsOwner.Location, "telephony/config/locations/a%2Fb/callWaiting")]
    internal async Task CallWaiting_ForEachOwnerKind_UsesItsPrefix(SettingsOwner owner, string path)
    {
        using var h = new ApiHarness();
        h.Mock.OnGet(path).RespondJson("""{"enabled": false}""");
        var api = new CallWaitingApi(h.Api.Session, owner);

        Assert.False(await api.ReadAsync("a/b"));
    }
}
