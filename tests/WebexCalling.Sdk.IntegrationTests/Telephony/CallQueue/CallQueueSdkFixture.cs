using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.CallQueue;

using WebexCalling.Sdk.Telephony.CallQueue;
using CallQueueModel = WebexCalling.Sdk.Telephony.CallQueue.CallQueue;

/// <summary>Helpers shared by the SDK call queue tests: the demo org's users by location, a new queue built through the SDK.</summary>
internal static class CallQueueSdk
{
    /// <summary>Demo users 0–7 are in San Jose, 8–15 Denver, 16–23 Austin, 24–31 New York.</summary>
    public static string LocationOf(this DemoSimFixture fixture, int user) => fixture.Users[user]["locationId"]!.GetValue<string>();

    public static CallQueueModel NewQueue(string name, string extension, params string[] agentIds) => new()
    {
        Name = name,
        Extension = extension,
        CallPolicies = new CallQueueCallPolicies { Policy = Policy.Simultaneous, RoutingType = CQRoutingType.PriorityBased },
        QueueSettings = new QueueSettings
        {
            QueueSize = 25,
            Overflow = new OverflowSetting { Action = OverflowAction.PlayRingingUntilCallerHangsUp, Greeting = Greeting.Default },
        },
        Agents = agentIds.Select((id, i) => new Agent { AgentId = id, SkillLevel = 3 + i }).ToList(),
    };

    /// <summary>Creates a queue through the SDK and returns (locationId, queueId).</summary>
    public static async Task<(string Location, string Queue)> CreateQueueAsync(this DemoSimFixture fixture, int locationUser,
        string name, string extension, params int[] agentUsers)
    {
        string location = fixture.LocationOf(locationUser);
        string id = await fixture.H.Api.Telephony.CallQueue.CreateAsync(location,
            NewQueue(name, extension, agentUsers.Select(fixture.UserId).ToArray()));
        return (location, id);
    }

    /// <summary>The demo queue of that name, found through the SDK's list.</summary>
    public static async Task<CallQueueModel> DemoQueueAsync(this SimHarness h, string name) =>
        await h.Api.Telephony.CallQueue.ListAsync(name: name).SingleAsync();
}
