using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;

namespace WebexCalling.Sdk.IntegrationTests.Places;

/// <summary>
/// The scenario per owner kind: one piece of code reads, changes and re-reads call forwarding, call waiting and
/// caller ID, and it runs unchanged for a person, a workspace and a virtual line; each owner keeps its own settings.
/// </summary>
public class OwnerKindScenarioSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private WebexSimpleApi Api => fixture.H.Api;

    /// <summary>What the shared code saw for one owner: before, after the change, and after putting it back.</summary>
    private sealed record Outcome(PersonForwardingSetting Before, PersonForwardingSetting Changed, bool WaitingBefore, bool WaitingChanged,
        CallerId CallerIdBefore, CallerId CallerIdChanged, PersonForwardingSetting Restored);

    // the same code for every owner kind: only the three settings APIs it is handed differ
    private static async Task<Outcome> ChangeAndReadBackAsync(PersonForwardingApi forwarding, CallWaitingApi callWaiting, CallerIdApi callerId,
        string id, string destination)
    {
        var before = await forwarding.ReadAsync(id);
        await forwarding.ConfigureAsync(id, before with
        {
            CallForwarding = before.CallForwarding! with
            {
                Always = before.CallForwarding.Always! with { Enabled = true, Destination = destination },
            },
        });
        var changed = await forwarding.ReadAsync(id);

        bool waitingBefore = await callWaiting.ReadAsync(id);
        await callWaiting.ConfigureAsync(id, !waitingBefore);
        bool waitingChanged = await callWaiting.ReadAsync(id);

        var callerIdBefore = await callerId.ReadAsync(id);
        await callerId.ConfigureSettingsAsync(id, callerIdBefore with
        {
            Selected = CallerIdSelectedType.Custom,
            CustomNumber = destination,
            BlockInForwardCallsEnabled = true,
        });
        var callerIdChanged = await callerId.ReadAsync(id);

        await forwarding.ConfigureAsync(id, before);
        var restored = await forwarding.ReadAsync(id);
        return new Outcome(before, changed, waitingBefore, waitingChanged, callerIdBefore, callerIdChanged, restored);
    }

    private static void AssertChanged(Outcome o, string destination)
    {
        Assert.False(o.Before.CallForwarding!.Always!.Enabled);
        Assert.True(o.Changed.CallForwarding!.Always!.Enabled);
        Assert.Equal(destination, o.Changed.CallForwarding.Always.Destination);
        Assert.Equal(o.Before.CallForwarding.Busy, o.Changed.CallForwarding.Busy);
        Assert.NotEqual(o.WaitingBefore, o.WaitingChanged);
        Assert.Equal(CallerIdSelectedType.Custom, o.CallerIdChanged.Selected);
        Assert.Equal(destination, o.CallerIdChanged.CustomNumber);
        Assert.True(o.CallerIdChanged.BlockInForwardCallsEnabled);
        Assert.False(o.Restored.CallForwarding!.Always!.Enabled);
    }

    [Fact]
    public async Task TheSameCode_ChangesAPersonAWorkspaceAndAVirtualLine_EachOnItsOwn()
    {
        string person = fixture.UserId(7);
        string workspace = (await Api.Workspaces.ListAsync(displayName: "Austin Lobby").ToListAsync()).Single().WorkspaceId!;
        string line = (await Api.Telephony.VirtualLines.ListAsync(ownerName: ["Front Desk Austin"]).ToListAsync()).Single().Id!;
        var workspaceCallerIdBefore = await Api.WorkspaceSettings.CallerId.ReadAsync(workspace);

        var forPerson = await ChangeAndReadBackAsync(Api.PersonSettings.Forwarding, Api.PersonSettings.CallWaiting, Api.PersonSettings.CallerId,
            person, "+15125550101");
        var afterPerson = await Api.WorkspaceSettings.Forwarding.ReadAsync(workspace);
        var forWorkspace = await ChangeAndReadBackAsync(Api.WorkspaceSettings.Forwarding, Api.WorkspaceSettings.CallWaiting,
            Api.WorkspaceSettings.CallerId, workspace, "+15125550102");
        var forLine = await ChangeAndReadBackAsync(Api.Telephony.VirtualLines.Forwarding, Api.Telephony.VirtualLines.CallWaiting,
            Api.Telephony.VirtualLines.CallerId, line, "+15125550103");

        AssertChanged(forPerson, "+15125550101");
        AssertChanged(forWorkspace, "+15125550102");
        AssertChanged(forLine, "+15125550103");
        // a change for one owner is not seen by another
        Assert.False(afterPerson.CallForwarding!.Always!.Enabled);
        Assert.Equal(forPerson.WaitingChanged, await Api.PersonSettings.CallWaiting.ReadAsync(person));
        Assert.Equal(forWorkspace.WaitingChanged, await Api.WorkspaceSettings.CallWaiting.ReadAsync(workspace));
        Assert.Equal("+15125550101", (await Api.PersonSettings.CallerId.ReadAsync(person)).CustomNumber);
        Assert.Equal("+15125550102", (await Api.WorkspaceSettings.CallerId.ReadAsync(workspace)).CustomNumber);
        // each owner's caller ID starts from its own number and name
        Assert.Equal(workspaceCallerIdBefore.DirectNumber, forWorkspace.CallerIdBefore.DirectNumber);
        Assert.NotNull(forWorkspace.CallerIdBefore.DirectNumber);
        Assert.NotEqual(forPerson.CallerIdBefore.DirectNumber, forWorkspace.CallerIdBefore.DirectNumber);
        Assert.NotEqual(forWorkspace.CallerIdBefore.DirectNumber, forLine.CallerIdBefore.DirectNumber);
    }
}
