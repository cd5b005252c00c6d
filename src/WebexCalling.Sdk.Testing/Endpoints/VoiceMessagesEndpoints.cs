using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// /telephony/voiceMessages: the token owner's own mailbox (newest first), its summary, delete and mark read/unread
/// (one message, or all when no messageId is given). Messages come from the demo seeding and from calls diverted to
/// voicemail.
/// </summary>
internal static class VoiceMessagesEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapGet("/telephony/voiceMessages", (HttpContext context) => List(context, state));
        app.MapGet("/telephony/voiceMessages/summary", (HttpContext context) => Summary(context, state));
        app.MapDelete("/telephony/voiceMessages/{messageId}", (HttpContext context, string messageId) => Delete(context, state, messageId));
        app.MapPost("/telephony/voiceMessages/markAsRead", (Func<HttpContext, Task<IResult>>)(context => MarkAsync(context, state, read: true)));
        app.MapPost("/telephony/voiceMessages/markAsUnread", (Func<HttpContext, Task<IResult>>)(context => MarkAsync(context, state, read: false)));
    }

    /// <summary>Seeds 1–4 messages (some read, some urgent) for the first user of each demo location, from other demo users.</summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        if (demo.People.Count < 2) return;
        var store = state.Area<VoiceMessageStore>();
        var owners = demo.People.Where((_, i) => i % SimulatorSeeder.DemoPeoplePerLocation == 0).ToList();
        for (int o = 0; o < owners.Count; o++)
        {
            var owner = owners[o];
            int ownerIndex = o * SimulatorSeeder.DemoPeoplePerLocation;
            int count = 1 + state.Random.Next(4);
            for (int i = 0; i < count; i++)
            {
                var from = demo.People[state.Random.Next(demo.People.Count)];
                if (from == owner) from = demo.People[(ownerIndex + 1) % demo.People.Count];
                var party = new PartyRecord(from.DisplayName, from.PhoneNumbers.FirstOrDefault()?.Value ?? from.Extension, from.Uuid, "organization");
                var created = SimulatorState.SeedEpoch.AddDays(1 + i).AddMinutes(state.Random.Next(600));
                store.MailboxOf(owner.Uuid).Add(new VoiceMessageRecord(state.NewGuid(), party, created)
                {
                    Duration = 5 + state.Random.Next(115),
                    Urgent = state.Random.Next(4) == 0,
                    Read = state.Random.Next(2) == 0,
                });
            }
        }
    }

    private static List<VoiceMessageRecord> Mailbox(HttpContext context, SimulatorState state) =>
        state.Area<VoiceMessageStore>().MailboxOf(SimulatorMiddleware.CallerOf(context));

    private static IResult List(HttpContext context, SimulatorState state)
    {
        lock (state.Sync)
        {
            var newestFirst = Mailbox(context, state).OrderByDescending(m => m.Created).ToList();
            return Paging.Page(context, state, newestFirst, m => m.ToJson());
        }
    }

    private static IResult Summary(HttpContext context, SimulatorState state)
    {
        lock (state.Sync)
        {
            var mailbox = Mailbox(context, state);
            return SimResults.Json(new JsonObject
            {
                ["newMessages"] = mailbox.Count(m => !m.Read),
                ["oldMessages"] = mailbox.Count(m => m.Read),
                ["newUrgentMessages"] = mailbox.Count(m => !m.Read && m.Urgent),
                ["oldUrgentMessages"] = mailbox.Count(m => m.Read && m.Urgent),
            });
        }
    }

    private static VoiceMessageRecord? Find(HttpContext context, SimulatorState state, string messageId, out IResult? error)
    {
        error = null;
        if (!WebexIds.TryDecode(messageId, WebexIds.VoiceMessage, out var uuid))
        {
            error = SimResults.BadRequest(context, $"Invalid message id: '{messageId}'.");
            return null;
        }
        var message = Mailbox(context, state).Find(m => m.Uuid == uuid);
        if (message is null) error = SimResults.NotFound(context, "Voicemail message not found.");
        return message;
    }

    private static IResult Delete(HttpContext context, SimulatorState state, string messageId)
    {
        lock (state.Sync)
        {
            var message = Find(context, state, messageId, out var error);
            if (message is null) return error!;
            Mailbox(context, state).Remove(message);
        }
        return SimResults.NoContent();
    }

    private static async Task<IResult> MarkAsync(HttpContext context, SimulatorState state, bool read)
    {
        var (body, bodyError) = await CallsEndpoints.ReadOptionalBodyAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        string? messageId = JsonBody.String(body, "messageId");
        lock (state.Sync)
        {
            if (string.IsNullOrEmpty(messageId))
            {
                foreach (var m in Mailbox(context, state)) m.Read = read;
                return SimResults.NoContent();
            }
            var message = Find(context, state, messageId, out var error);
            if (message is null) return error!;
            message.Read = read;
        }
        return SimResults.NoContent();
    }
}
