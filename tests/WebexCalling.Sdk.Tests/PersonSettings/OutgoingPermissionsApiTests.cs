using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class OutgoingPermissionsApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string Path = $"people/{PersonId}/features/outgoingPermission";

    [Fact]
    public async Task ForCallType_OfficialExample_FindsListedTypesOnly()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet(Path).RespondJson("""
            {"useCustomEnabled": true,
             "callingPermissions": [{"callType": "INTERNAL_CALL", "action": "ALLOW", "transferEnabled": false}]}
            """);

        var settings = await h.Api.PersonSettings.PermissionsOut.ReadAsync(PersonId);

        var internalCall = Assert.Single(settings.CallingPermissions!);
        Assert.Same(internalCall, settings.ForCallType(OutgoingPermissionCallType.InternalCall));
        Assert.Null(settings.ForCallType(OutgoingPermissionCallType.International));
    }

    [Fact]
    public async Task ConfigureAsync_ByDefault_LeavesOutCallTypesWebexRejects()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, Path).Respond(HttpStatusCode.NoContent);
        var settings = new OutgoingPermissions
        {
            UseCustomEnabled = true,
            CallingPermissions =
            [
                new() { CallType = OutgoingPermissionCallType.International, Action = OutgoingPermissionAction.Block, TransferEnabled = false },
                new() { CallType = OutgoingPermissionCallType.UrlDialing, Action = OutgoingPermissionAction.Allow, TransferEnabled = true },
                new() { CallType = OutgoingPermissionCallType.Casual, Action = OutgoingPermissionAction.Allow, TransferEnabled = true },
            ],
        };

        await h.Api.PersonSettings.PermissionsOut.ConfigureAsync(PersonId, settings);

        JsonAssert.Equal("""
            {"useCustomEnabled": true,
             "callingPermissions": [{"callType": "INTERNATIONAL", "action": "BLOCK", "transferEnabled": false}]}
            """, h.Single().Body);
    }

    [Fact]
    public async Task ConfigureAsync_WithDropCallTypes_LeavesOutOnlyThose()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{Path}?orgId=O1").Respond(HttpStatusCode.NoContent);
        var settings = new OutgoingPermissions
        {
            CallingPermissions =
            [
                new() { CallType = OutgoingPermissionCallType.UrlDialing, Action = OutgoingPermissionAction.Allow },
                new() { CallType = OutgoingPermissionCallType.TollFree, Action = OutgoingPermissionAction.AuthCode },
            ],
        };

        await h.Api.PersonSettings.PermissionsOut.ConfigureAsync(PersonId, settings,
            dropCallTypes: [OutgoingPermissionCallType.TollFree], orgId: "O1");

        JsonAssert.Equal("""{"callingPermissions": [{"callType": "URL_DIALING", "action": "ALLOW"}]}""", h.Single().Body);
    }

    [Fact]
    public async Task ReadThenConfigure_UnknownCallTypeAndFields_AreSentBack_RestrictionFlagIsNot()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet(Path).RespondJson("""
            {"useCustomEnabled": false, "newTopLevel": "x",
             "callingPermissions": [{"callType": "SATELLITE", "action": "DIVERT", "transferEnabled": true,
                                     "isCallTypeRestrictionEnabled": true, "extra": 1}]}
            """);
        h.Mock.On(HttpMethod.Put, Path).Respond(HttpStatusCode.NoContent);

        var settings = await h.Api.PersonSettings.PermissionsOut.ReadAsync(PersonId);
        await h.Api.PersonSettings.PermissionsOut.ConfigureAsync(PersonId, settings with { UseCustomEnabled = true });

        Assert.True(settings.CallingPermissions![0].IsCallTypeRestrictionEnabled);
        JsonAssert.Equal("""
            {"useCustomEnabled": true, "newTopLevel": "x",
             "callingPermissions": [{"callType": "SATELLITE", "action": "DIVERT", "transferEnabled": true, "extra": 1}]}
            """, h.Requests[1].Body);
    }
}
