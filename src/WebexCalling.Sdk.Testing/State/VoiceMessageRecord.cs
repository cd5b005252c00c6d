using System.Text.Json.Nodes;
using WebexCalling.Sdk.Testing.Infrastructure;

namespace WebexCalling.Sdk.Testing.State;

/// <summary>A voicemail message in a person's mailbox (an item of GET /telephony/voiceMessages).</summary>
internal sealed class VoiceMessageRecord(Guid uuid, PartyRecord callingParty, DateTimeOffset created)
{
    public Guid Uuid { get; } = uuid;

    public string Id { get; } = WebexIds.Encode(WebexIds.VoiceMessage, uuid);

    public PartyRecord CallingParty { get; } = callingParty;

    public DateTimeOffset Created { get; } = created;

    /// <summary>Seconds; null for a fax.</summary>
    public int? Duration { get; init; }

    public int? FaxPageCount { get; init; }

    public bool Urgent { get; init; }

    public bool Confidential { get; init; }

    public bool Read { get; set; }

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["id"] = Id };
        if (Duration is { } duration) json["duration"] = duration;
        json["callingParty"] = CallingParty.ToJson(withCallType: false);
        json["urgent"] = Urgent;
        json["confidential"] = Confidential;
        json["read"] = Read;
        if (FaxPageCount is { } pages) json["faxPageCount"] = pages;
        json["created"] = PersonRecord.Timestamp(Created);
        return json;
    }
}

/// <summary>The voicemail mailboxes, per person (newest message last). Reached by <c>state.Area&lt;VoiceMessageStore&gt;()</c>.</summary>
internal sealed class VoiceMessageStore
{
    public Dictionary<Guid, List<VoiceMessageRecord>> Mailboxes { get; } = [];

    public List<VoiceMessageRecord> MailboxOf(Guid person)
    {
        if (!Mailboxes.TryGetValue(person, out var list)) Mailboxes[person] = list = [];
        return list;
    }
}
