namespace WebexCalling.Sdk;

/// <summary>One entry of the <c>errors</c> array in a Webex error answer.</summary>
/// <param name="Description">Webex's text for this error.</param>
/// <param name="ErrorCode">Webex's numeric error code, when it sent one.</param>
public sealed record WebexErrorDetail(string Description, int? ErrorCode);
