using System.Text.Json;

namespace WebexCalling.Sdk.IntegrationTests.TestSupport;

/// <summary>
/// A simulator with one location and three calling users (Alice 1001, Bob 1002, Carol 1003), each with a token, for
/// call control, voicemail and webhook tests over plain HTTP.
/// </summary>
public sealed class CallingOrg : IAsyncDisposable
{
    private CallingOrg(SimHarness harness, string aliceId, string bobId, string carolId)
    {
        H = harness;
        AliceId = aliceId;
        BobId = bobId;
        CarolId = carolId;
        Alice = new SimRest(harness.Http, harness.Sim.IssueToken(personId: aliceId));
        Bob = new SimRest(harness.Http, harness.Sim.IssueToken(personId: bobId));
        Carol = new SimRest(harness.Http, harness.Sim.IssueToken(personId: carolId));
        Admin = new SimRest(harness.Http, harness.Sim.DevToken);
    }

    public SimHarness H { get; }

    public string AliceId { get; }

    public string BobId { get; }

    public string CarolId { get; }

    public SimRest Alice { get; }

    public SimRest Bob { get; }

    public SimRest Carol { get; }

    public SimRest Admin { get; }

    public static async Task<CallingOrg> StartAsync(Transport transport = Transport.InProcess)
    {
        string alice = "", bob = "", carol = "";
        var harness = await SimHarness.StartAsync(transport, seed: sim =>
        {
            string hq = sim.AddLocation("HQ");
            alice = sim.AddPerson("Alice", "Anders", locationId: hq, extension: "1001", phoneNumber: "+15125550101");
            bob = sim.AddPerson("Bob", "Brown", locationId: hq, extension: "1002", phoneNumber: "+15125550102");
            carol = sim.AddPerson("Carol", "Chen", locationId: hq, extension: "1003", phoneNumber: "+15125550103");
        });
        return new CallingOrg(harness, alice, bob, carol);
    }

    /// <summary>The person's only active call (asserts there is exactly one).</summary>
    public static async Task<JsonElement> OnlyCallAsync(SimRest person)
    {
        var list = await person.GetAsync("telephony/calls");
        return Assert.Single(list.Items);
    }

    /// <summary>Alice dials Bob and Bob answers: (Alice's call id, Bob's call id).</summary>
    public async Task<(string Alice, string Bob)> ConnectAliceToBobAsync()
    {
        var dial = await Alice.PostExpectAsync("telephony/calls/dial", """{"destination":"1002"}""", System.Net.HttpStatusCode.Created);
        string bobCall = (await OnlyCallAsync(Bob)).GetProperty("id").GetString()!;
        await Bob.PostExpectAsync("telephony/calls/answer", $$"""{"callId":"{{bobCall}}"}""", System.Net.HttpStatusCode.NoContent);
        return (dial.Str("callId"), bobCall);
    }

    public ValueTask DisposeAsync() => H.DisposeAsync();
}
