using System.Text.Json.Nodes;

namespace WebexCalling.Sdk.Testing.State;

/// <summary>The call queues of the organisation and the organisation-wide call queue settings. Use under the state lock.</summary>
internal sealed class CallQueueStore
{
    public OrderedDictionary<Guid, CallQueueRecord> Queues { get; } = [];

    /// <summary>The organisation's call queue settings (GET/PUT /telephony/config/queues/settings).</summary>
    public JsonObject OrgSettings { get; set; } = new()
    {
        ["maintainQueuePositionForSimRingEnabled"] = false,
        ["forceAgentUnavailableOnBouncedEnabled"] = false,
        ["playToneToAgentForBargeInEnabled"] = false,
        ["playToneToAgentForSilentMonitoringEnabled"] = false,
        ["playToneToAgentForSupervisorCoachingEnabled"] = false,
    };

    /// <summary>The queues a person is an agent of.</summary>
    public IEnumerable<CallQueueRecord> QueuesOfAgent(SettingsOwnerRecord agent) =>
        Queues.Values.Where(q => q.Agents.Exists(a => a.Person.Uuid == agent.Uuid));
}
