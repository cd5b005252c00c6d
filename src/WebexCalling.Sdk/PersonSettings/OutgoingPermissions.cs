namespace WebexCalling.Sdk.PersonSettings;

public sealed partial record OutgoingPermissions
{
    /// <summary>The permission of one call type, or null when the settings do not list it.</summary>
    /// <param name="callType">The call type.</param>
    public CallTypePermission? ForCallType(OutgoingPermissionCallType callType) =>
        CallingPermissions?.FirstOrDefault(p => p.CallType == callType);
}
