using System.Net;
using System.Text.Json;
using WebexCalling.Sdk.IntegrationTests.TestSupport;

namespace WebexCalling.Sdk.IntegrationTests.Simulator.VoiceMessages;

public class VoiceMessagesTests
{
    /// <summary>Asserts that the summary counts what the list holds; returns the list.</summary>
    private static async Task<IReadOnlyList<JsonElement>> AssertSummaryAgreesAsync(SimRest person)
    {
        var list = (await person.GetAsync("telephony/voiceMessages")).Items;
        var summary = (await person.GetAsync("telephony/voiceMessages/summary")).Body;
        bool Read(JsonElement m) => m.GetProperty("read").GetBoolean();
        bool Urgent(JsonElement m) => m.GetProperty("urgent").GetBoolean();
        Assert.Equal(list.Count(m => !Read(m)), summary.GetProperty("newMessages").GetInt32());
        Assert.Equal(list.Count(Read), summary.GetProperty("oldMessages").GetInt32());
        Assert.Equal(list.Count(m => !Read(m) && Urgent(m)), summary.GetProperty("newUrgentMessages").GetInt32());
        Assert.Equal(list.Count(m => Read(m) && Urgent(m)), summary.GetProperty("oldUrgentMessages").GetInt32());
        return list;
    }

    private static async Task LeaveMessageForBobAsync(CallingOrg org, SimRest from, string bobExtension = "1002")
    {
        await from.PostExpectAsync("telephony/calls/dial", $$"""{"destination":"{{bobExtension}}"}""", HttpStatusCode.Created);
        string call = (await CallingOrg.OnlyCallAsync(org.Bob.Rest)).GetProperty("id").GetString()!;
        await org.Bob.Rest.PostExpectAsync("telephony/calls/divert", $$"""{"callId":"{{call}}","toVoicemail":true}""", HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task DivertToVoicemail_LeavesUnreadMessagesFromTheCallers()
    {
        await using var org = await CallingOrg.StartAsync();

        await LeaveMessageForBobAsync(org, org.Alice.Rest);
        await LeaveMessageForBobAsync(org, org.Carol.Rest);

        var list = await AssertSummaryAgreesAsync(org.Bob.Rest);
        Assert.Equal(2, list.Count);
        Assert.All(list, m => Assert.False(m.GetProperty("read").GetBoolean()));
        Assert.Equal([org.Carol.Id, org.Alice.Id], list.Select(m => m.GetProperty("callingParty").GetProperty("personId").GetString()));
        Assert.Equal("Alice Anders", list[1].GetProperty("callingParty").GetProperty("name").GetString());
        Assert.True(list[0].GetProperty("duration").GetInt32() > 0);
        Assert.Empty((await org.Alice.Rest.GetAsync("telephony/calls")).Items); // the caller's call ended after the message
        Assert.Empty((await org.Alice.Rest.GetAsync("telephony/voiceMessages")).Items);
    }

    [Fact]
    public async Task MarkReadUnreadAndDelete_SummaryAgreesWithListAfterEachStep()
    {
        await using var org = await CallingOrg.StartAsync();
        await LeaveMessageForBobAsync(org, org.Alice.Rest);
        await LeaveMessageForBobAsync(org, org.Carol.Rest);
        await LeaveMessageForBobAsync(org, org.Alice.Rest);
        var list = await AssertSummaryAgreesAsync(org.Bob.Rest);
        string first = list[0].GetProperty("id").GetString()!;

        await org.Bob.Rest.PostExpectAsync("telephony/voiceMessages/markAsRead", $$"""{"messageId":"{{first}}"}""", HttpStatusCode.NoContent);
        list = await AssertSummaryAgreesAsync(org.Bob.Rest);
        Assert.Equal([true, false, false], list.Select(m => m.GetProperty("read").GetBoolean()));

        await org.Bob.Rest.PostExpectAsync("telephony/voiceMessages/markAsRead", """{"messageId":null}""", HttpStatusCode.NoContent); // all
        list = await AssertSummaryAgreesAsync(org.Bob.Rest);
        Assert.All(list, m => Assert.True(m.GetProperty("read").GetBoolean()));
        Assert.Equal(3, (await org.Bob.Rest.GetAsync("telephony/voiceMessages/summary")).Body.GetProperty("oldMessages").GetInt32());

        await org.Bob.Rest.PostExpectAsync("telephony/voiceMessages/markAsUnread", $$"""{"messageId":"{{first}}"}""", HttpStatusCode.NoContent);
        Assert.Equal(1, (await org.Bob.Rest.GetAsync("telephony/voiceMessages/summary")).Body.GetProperty("newMessages").GetInt32());
        await AssertSummaryAgreesAsync(org.Bob.Rest);

        Assert.Equal(HttpStatusCode.NoContent, (await org.Bob.Rest.DeleteAsync("telephony/voiceMessages/" + first)).Status);
        list = await AssertSummaryAgreesAsync(org.Bob.Rest);
        Assert.Equal(2, list.Count);
        Assert.DoesNotContain(list, m => m.GetProperty("id").GetString() == first);
        Assert.Equal(0, (await org.Bob.Rest.GetAsync("telephony/voiceMessages/summary")).Body.GetProperty("newMessages").GetInt32());

        await org.Bob.Rest.PostExpectAsync("telephony/voiceMessages/markAsUnread", "{}", HttpStatusCode.NoContent); // all
        Assert.Equal(2, (await org.Bob.Rest.GetAsync("telephony/voiceMessages/summary")).Body.GetProperty("newMessages").GetInt32());
        await AssertSummaryAgreesAsync(org.Bob.Rest);

        Assert.Equal(HttpStatusCode.NotFound, (await org.Bob.Rest.DeleteAsync("telephony/voiceMessages/" + first)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await org.Alice.Rest.DeleteAsync("telephony/voiceMessages/" + list[0].GetProperty("id").GetString())).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await org.Bob.Rest.PostAsync("telephony/voiceMessages/markAsRead", """{"messageId":"nonsense"}""")).Status);
    }

    [Fact]
    public async Task DemoOrg_SeedsMessagesForSomeUsersDeterministically()
    {
        async Task<List<(string Name, int Count, int New)>> MailboxesAsync()
        {
            await using var h = await SimHarness.StartAsync(Transport.InProcess, new Testing.WebexSimulatorOptions { RandomSeed = 7 },
                seed: sim => sim.Seed.DemoOrg());
            var people = await h.Api.People.ListAsync().ToListAsync();
            var result = new List<(string, int, int)>();
            foreach (var person in people.Where(p => p.PersonId != h.Sim.AdminPersonId))
            {
                var rest = new SimRest(h.Http, h.Sim.IssueToken(personId: person.PersonId));
                var list = await AssertSummaryAgreesAsync(rest);
                if (list.Count > 0) result.Add((person.DisplayName!, list.Count, list.Count(m => !m.GetProperty("read").GetBoolean())));
            }
            return result;
        }

        var first = await MailboxesAsync();
        var second = await MailboxesAsync();

        Assert.Equal(4, first.Count); // the first user of each demo location
        Assert.All(first, m => Assert.InRange(m.Count, 1, 4));
        Assert.Equal(first, second);
    }
}
