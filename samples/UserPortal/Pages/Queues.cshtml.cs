using System.Net;
using Microsoft.AspNetCore.Mvc;
using WebexCalling.Sdk;
using WebexCalling.Sdk.Telephony.CallQueue;

namespace UserPortal.Pages;

/// <summary>My call queues: the queues the user is an agent of, joined or not, with join and unjoin.</summary>
public sealed class QueuesModel(PortalWebex webex) : PortalPageModel(webex)
{
    public IReadOnlyList<CallQueueAgentQueue> Queues { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => ShowAsync(LoadAsync);

    public Task<IActionResult> OnPostJoinAsync(string queueId) => ChangeAsync(queueId, join: true);

    public Task<IActionResult> OnPostUnjoinAsync(string queueId) => ChangeAsync(queueId, join: false);

    private async Task<IActionResult> ChangeAsync(string? queueId, bool join)
    {
        var page = await ShowAsync(LoadAsync);
        if (Error is not null) return page;
        // only a queue the user is an agent of; the agent is always the signed-in user
        var queue = Queues.FirstOrDefault(q => q.Id == queueId);
        if (queue is null)
        {
            Error = "You are not an agent of that call queue.";
            return page;
        }
        return await SaveAsync(cancellationToken => Api.Telephony.CallQueue.Agents.UpdateCallQueueSettingsAsync(PersonId,
                [new AgentCallQueueSetting { QueueId = queue.Id, JoinEnabled = join }], cancellationToken: cancellationToken),
            join ? $"Joined {queue.Name}." : $"Left {queue.Name}.", LoadAsync);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Queues = (await Api.Telephony.CallQueue.Agents.DetailsAsync(PersonId, cancellationToken: cancellationToken)).Queues ?? [];
        }
        catch (WebexApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            Queues = []; // not an agent of any queue
        }
    }
}
