using System.Net;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.VoiceMessages;

namespace WebexCalling.Sdk.IntegrationTests.VoiceMessages;

/// <summary><see cref="VoiceMessagesApi"/> through the SDK against the simulator; messages are left by diverting calls to voicemail.</summary>
public class VoiceMessagesSdkTests(CallingOrgFixture fixture) : IClassFixture<CallingOrgFixture>
{
    private CallingOrg Org => fixture.Org;

    /// <summary><paramref name="from"/> calls <paramref name="to"/>, who diverts the call to voicemail.</summary>
    private static async Task LeaveMessageAsync(CallingUser from, CallingUser to)
    {
        var (_, call) = await CallingOrg.RingAsync(from, to);
        await to.Api.Calls.DivertAsync(call, toVoicemail: true);
    }

    /// <summary>Asserts that the summary counts what the list holds; returns the list.</summary>
    private static async Task<List<VoiceMessageDetails>> AssertSummaryAgreesAsync(CallingUser user)
    {
        var list = await user.Api.VoiceMessages.ListAsync().ToListAsync();
        var summary = await user.Api.VoiceMessages.SummaryAsync();
        Assert.Null(summary.ExtensionData);
        Assert.Equal(list.Count(m => m.Read == false), summary.NewMessages);
        Assert.Equal(list.Count(m => m.Read == true), summary.OldMessages);
        Assert.Equal(list.Count(m => m.Read == false && m.Urgent == true), summary.NewUrgentMessages);
        Assert.Equal(list.Count(m => m.Read == true && m.Urgent == true), summary.OldUrgentMessages);
        return list;
    }

    [Fact]
    public async Task ListAndSummaryAsync_MessagesFromCallers_NewestFirstAndCounted()
    {
        var u = Org.Take(3);
        var (alice, bob, carol) = (u[0], u[1], u[2]);
        Assert.Empty(await AssertSummaryAgreesAsync(bob));
        await LeaveMessageAsync(alice, bob);
        await LeaveMessageAsync(carol, bob);

        var list = await AssertSummaryAgreesAsync(bob);

        Assert.Equal(new[] { alice.Id, carol.Id }.Order(), list.Select(m => m.CallingParty?.PersonId).Order());
        var fromAlice = Assert.Single(list, m => m.CallingParty?.PersonId == alice.Id);
        Assert.Equal(alice.Name, fromAlice.CallingParty?.Name);
        Assert.Equal(alice.Extension, fromAlice.CallingParty?.Number);
        Assert.All(list, m =>
        {
            Assert.Equal(false, m.Read);
            Assert.True(m.Duration > 0);
            Assert.NotNull(m.Created);
            Assert.False(string.IsNullOrEmpty(m.Id));
            Assert.Null(m.ExtensionData); // the SDK knows every field the simulator sends
            Assert.Null(m.CallingParty!.ExtensionData);
        });
        Assert.True(list[0].Created >= list[1].Created); // newest first
        Assert.Equal(2, (await bob.Api.VoiceMessages.SummaryAsync()).NewMessages);
        Assert.Empty(await alice.Api.VoiceMessages.ListAsync().ToListAsync()); // only the mailbox owner sees them
    }

    [Fact]
    public async Task MarkAsReadUnreadAndDeleteAsync_OneAndAll_SummaryAgreesAfterEachStep()
    {
        var u = Org.Take(3);
        var (alice, bob, carol) = (u[0], u[1], u[2]);
        await LeaveMessageAsync(alice, bob);
        await LeaveMessageAsync(carol, bob);
        await LeaveMessageAsync(alice, bob);
        var messages = bob.Api.VoiceMessages;
        var list = await AssertSummaryAgreesAsync(bob);
        string first = list[0].Id!;

        await messages.MarkAsReadAsync(first);
        list = await AssertSummaryAgreesAsync(bob);
        Assert.Equal([true, false, false], list.Select(m => m.Read));

        await messages.MarkAsReadAsync(); // all
        list = await AssertSummaryAgreesAsync(bob);
        Assert.All(list, m => Assert.Equal(true, m.Read));
        Assert.Equal(3, (await messages.SummaryAsync()).OldMessages);

        await messages.MarkAsUnreadAsync(first);
        list = await AssertSummaryAgreesAsync(bob);
        Assert.Equal([false, true, true], list.Select(m => m.Read));
        Assert.Equal(1, (await messages.SummaryAsync()).NewMessages);

        await messages.DeleteAsync(first);
        list = await AssertSummaryAgreesAsync(bob);
        Assert.Equal(2, list.Count);
        Assert.DoesNotContain(list, m => m.Id == first);
        Assert.Equal(0, (await messages.SummaryAsync()).NewMessages);

        await messages.MarkAsUnreadAsync(); // all
        list = await AssertSummaryAgreesAsync(bob);
        Assert.All(list, m => Assert.Equal(false, m.Read));
        Assert.Equal(2, (await messages.SummaryAsync()).NewMessages);

        var e = await Assert.ThrowsAsync<WebexApiException>(() => messages.DeleteAsync(first));
        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        e = await Assert.ThrowsAsync<WebexApiException>(() => messages.MarkAsReadAsync(first));
        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
    }

    [Theory]
    [MemberData(nameof(SimHarness.Transports), MemberType = typeof(SimHarness))]
    public async Task ListAsync_SmallPageSize_FollowsTheLinksToEveryMessage(Transport transport)
    {
        var requests = new RequestLog();
        await using var org = await CallingOrg.StartAsync(transport, count: 3,
            configure: o => o.PageSize = 2, handler: inner => requests.Wrap(inner));
        var (alice, bob, carol) = (org.Users[0], org.Users[1], org.Users[2]);
        for (int i = 0; i < 3; i++) await LeaveMessageAsync(i % 2 == 0 ? alice : carol, bob);
        requests.Clear();

        var list = await bob.Api.VoiceMessages.ListAsync().ToListAsync();

        Assert.Equal(3, list.Count);
        Assert.Equal(3, list.Select(m => m.Id).Distinct().Count());
        Assert.Equal(2, requests.Paths.Count(p => p.Contains("/telephony/voiceMessages", StringComparison.Ordinal)));
        Assert.Contains(requests.Paths, p => p.Contains("max=2", StringComparison.Ordinal));
        Assert.Equal(2, list.Count(m => m.CallingParty?.PersonId == alice.Id));
        var summary = await bob.Api.VoiceMessages.SummaryAsync();
        Assert.Equal(3, summary.NewMessages);
        Assert.Equal(0, summary.OldMessages);
    }
}
