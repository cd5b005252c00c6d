using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Telephony.AutoAttendant;
using WebexCalling.Sdk.Telephony.CallQueue;
using WebexCalling.Sdk.Telephony.HuntGroup;

namespace WebexCalling.Sdk.IntegrationTests.TestSupport;

/// <summary>
/// Hunt groups and auto attendants built through the SDK for the tests of those areas, and a simulator with the demo
/// organisation whose SDK client records its requests and reads lists in small pages.
/// </summary>
public static class TelephonyFeatures
{
    /// <summary>Demo users 0–7 are in San Jose, 8–15 Denver, 16–23 Austin, 24–31 New York.</summary>
    public static string LocationOfUser(this DemoSimFixture fixture, int user) => fixture.Users[user]["locationId"]!.GetValue<string>();

    /// <summary>A hunt group with what Webex needs to create one: name, extension, call policies, agents.</summary>
    public static HuntGroupDetails NewHuntGroup(string name, string extension, params string[] agentIds) => new()
    {
        Name = name,
        Extension = extension,
        Enabled = true,
        CallPolicies = new HuntGroupCallPolicies
        {
            Policy = Policy.Circular,
            WaitingEnabled = false,
            NoAnswer = new NoAnswer { NextAgentEnabled = true, NextAgentRings = 3, ForwardEnabled = false, NumberOfRings = 15, DestinationVoicemailEnabled = false },
        },
        Agents = agentIds.Select(id => new Agent { AgentId = id }).ToList(),
    };

    /// <summary>An auto attendant with what Webex needs to create one: name, extension, schedule, both menus.</summary>
    public static AutoAttendantDetails NewAutoAttendant(string name, string extension) => new()
    {
        Name = name,
        Extension = extension,
        BusinessSchedule = "Business hours",
        BusinessHoursMenu = Menu(new AutoAttendantKeyConfiguration { Key = MenuKey.One, Action = AutoAttendantAction.ExtensionDialing }),
        AfterHoursMenu = Menu(),
    };

    /// <summary>A menu with the default greeting whose 0 leaves it, plus <paramref name="keys"/>.</summary>
    public static AutoAttendantMenu Menu(params AutoAttendantKeyConfiguration[] keys) => new()
    {
        Greeting = Greeting.Default,
        ExtensionEnabled = true,
        KeyConfigurations = [new AutoAttendantKeyConfiguration { Key = MenuKey.Zero, Action = AutoAttendantAction.Exit }, .. keys],
    };

    /// <summary>A simulator with the demo organisation; the SDK client reads lists <paramref name="pageSize"/> items a page and logs its requests.</summary>
    public static async Task<(SimHarness Harness, RequestLog Log)> StartRecordedAsync(int pageSize)
    {
        var log = new RequestLog();
        HttpMessageHandler? handler = null;
        var h = await SimHarness.StartAsync(Transport.InProcess,
            seed: sim =>
            {
                sim.Seed.DemoOrg();
                handler = log.Wrap(sim.CreateHandler());
            },
            configure: o =>
            {
                o.HttpClient = new HttpClient(handler!);
                o.PageSize = pageSize;
            });
        return (h, log);
    }
}
