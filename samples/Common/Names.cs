using WebexCalling.Sdk.People;
using WebexCalling.Sdk.Telephony.CallQueue;

namespace WebexCalling.Samples;

/// <summary>How the samples name people, agents and call queues in their output.</summary>
public static class Names
{
    /// <summary>A person's (first) email, or "" when it has none.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The email.</returns>
    public static string Email(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.Emails is [var email, ..] ? email : "";
    }

    /// <summary>An agent of a call queue or hunt group by name: "Alice Anderson".</summary>
    /// <param name="agent">The agent.</param>
    /// <returns>First and last name.</returns>
    public static string Agent(Agent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return $"{agent.FirstName} {agent.LastName}".Trim();
    }

    /// <summary>A call queue with its location: "Sales (San Jose)".</summary>
    /// <param name="queue">The queue (as listed, or as <see cref="CallQueueDetails.ReadAsync"/> returned it).</param>
    /// <returns>Its name and its location's name.</returns>
    public static string Queue(CallQueue queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        return $"{queue.Name} ({queue.LocationName})";
    }
}
