using WebexCalling.Sdk.Telephony.CallQueue;

namespace WebexCalling.Sdk.SampleTests.TestSupport;

/// <summary>The call queues of a simulated organisation, read through its administrator's API.</summary>
public static class OrgQueues
{
    /// <summary>The details (agents and all) of the call queue named <paramref name="name"/>, with its id and location name.</summary>
    /// <param name="org">The organisation.</param>
    /// <param name="name">E.g. "Sales" (San Jose) or "Support" (Denver) of the demo organisation.</param>
    /// <returns>The queue.</returns>
    public static async Task<CallQueue> DetailsAsync(SampleOrg org, string name)
    {
        ArgumentNullException.ThrowIfNull(org);
        var queue = await org.Api.Telephony.CallQueue.ListAsync(name: name).FirstAsync(q => q.Name == name);
        var details = await org.Api.Telephony.CallQueue.DetailsAsync(queue.LocationId!, queue.Id!);
        return details with { Id = queue.Id, LocationName = queue.LocationName };
    }
}
