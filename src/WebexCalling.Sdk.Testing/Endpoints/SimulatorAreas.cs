using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// The one place that lists the simulator's API areas: their routes (all under /v1) and what each adds to the demo
/// organisation. A new area adds one line to each method (see docs/simulator.md).
/// </summary>
internal static class SimulatorAreas
{
    /// <summary>Maps every area's routes; <paramref name="v1"/> is the /v1 route group.</summary>
    public static void Map(IEndpointRouteBuilder v1, SimulatorState state)
    {
        AuthEndpoints.Map(v1, state);
        LocationsEndpoints.Map(v1, state);
        PeopleEndpoints.Map(v1, state);
        PersonSettingsEndpoints.Map(v1, state);
        PersonSettingsCollections.Map(v1, state);
        SchedulesEndpoints.Map(v1, state);
        PersonSettingsExtras.Map(v1, state);
        PersonSettingsNumbers.Map(v1, state);
        CallQueueEndpoints.Map(v1, state);
        CallQueueFeatureEndpoints.Map(v1, state);
        NumbersEndpoints.Map(v1, state);
        LicensesEndpoints.Map(v1, state);
        CallsEndpoints.Map(v1, state);
        VoiceMessagesEndpoints.Map(v1, state);
        WebhooksEndpoints.Map(v1, state);
        VirtualExtensionsEndpoints.Map(v1, state);
        ConferenceEndpoints.Map(v1, state);
        CallControlsMembersEndpoints.Map(v1, state);
        EmergencyServicesEndpoints.Map(v1, state);
        EmergencyAddressEndpoints.Map(v1, state);
        HotdeskEndpoints.Map(v1, state);
        HotdeskingVoiceportalEndpoints.Map(v1, state);
        GuestCallingEndpoints.Map(v1, state);
        CallParkEndpoints.Map(v1, state);
        CallPickupEndpoints.Map(v1, state);
        PagingEndpoints.Map(v1, state);
        VoicemailGroupEndpoints.Map(v1, state);
        AnnouncementsEndpoints.Map(v1, state);
        OperatingModesEndpoints.Map(v1, state);
        VoicePortalEndpoints.Map(v1, state);
        AccessCodesEndpoints.Map(v1, state);
        CallRecordingEndpoints.Map(v1, state);
        MsTeamsEndpoints.Map(v1, state);
        VoicemailRulesEndpoints.Map(v1, state);
        TelephonyLocationEndpoints.Map(v1, state);
        Resources.ResourceEndpoints.Map(v1, state);
        DectEndpoints.Map(v1, state);
        WorkspacesEndpoints.Map(v1, state);
        WorkspaceCriteriaEndpoints.Map(v1, state);
        WorkspaceLocationsEndpoints.Map(v1, state);
        VirtualLinesEndpoints.Map(v1, state);
        DevicesEndpoints.Map(v1, state);
        TelephonyDevicesEndpoints.Map(v1, state);
        DeviceTemplatesEndpoints.Map(v1, state);
    }

    /// <summary>
    /// Called by <see cref="SimulatorSeeder.DemoOrg"/> after the demo locations and people exist, in this order: an
    /// area seeds its own records here (call queues, voice messages, ...), drawing only from <c>state.Random</c>.
    /// </summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        CallQueueEndpoints.SeedDemoOrg(state, demo);
        VoiceMessagesEndpoints.SeedDemoOrg(state, demo);
        VirtualExtensionsEndpoints.SeedDemoOrg(state, demo);
        EmergencyServicesEndpoints.SeedDemoOrg(state, demo);
        EmergencyAddressEndpoints.SeedDemoOrg(state, demo);
        HotdeskEndpoints.SeedDemoOrg(state, demo);
        HotdeskingVoiceportalEndpoints.SeedDemoOrg(state, demo);
        GuestCallingEndpoints.SeedDemoOrg(state, demo);
        LocationFeatures.SeedDemoOrg(state, demo);
        CallParkEndpoints.SeedDemoOrg(state, demo);
        CallPickupEndpoints.SeedDemoOrg(state, demo);
        PagingEndpoints.SeedDemoOrg(state, demo);
        VoicemailGroupEndpoints.SeedDemoOrg(state, demo);
        // after every area that gives seeded features numbers: the inventory takes the ones of each location's block
        NumbersEndpoints.SeedDemoOrg(state, demo);
        AnnouncementsEndpoints.SeedDemoOrg(state, demo);
        OperatingModesEndpoints.SeedDemoOrg(state, demo);
        AccessCodesEndpoints.SeedDemoOrg(state, demo);
        CallRecordingEndpoints.SeedDemoOrg(state, demo);
        TelephonyLocationEndpoints.SeedDemoOrg(state, demo);
        // workspaces and virtual lines last: the ids the areas above draw stay as they were; the areas that give
        // them devices and settings seed after this line
        OwnerEntities.SeedDemoOrg(state, demo);
        DectEndpoints.SeedDemoOrg(state, demo);
        WorkspacesEndpoints.SeedDemoOrg(state, demo);
        // devices last of all: they take the MAC addresses and serials they draw after every other id
        DevicesEndpoints.SeedDemoOrg(state, demo);
    }
}
