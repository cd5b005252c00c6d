namespace WebexCalling.Sdk.Telephony.CallQueue;

public sealed partial record ForwardingRuleDetails
{
    /// <summary>The create or update body: everything but the id.</summary>
    internal ForwardingRuleDetails ForUpdate() => this with { Id = null };
}
