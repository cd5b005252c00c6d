using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// The phone numbers available to an entity for a purpose: as primary or secondary number, as call forwarding or
/// call intercept destination, as emergency callback number or for fax messages. Every list fetches pages as you
/// enumerate.
/// </summary>
public class AvailableNumbersApi : SettingsApiChild
{
    private const string ItemsKey = "phoneNumbers";

    internal AvailableNumbersApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected AvailableNumbersApi() { }

    /// <summary>Lists the numbers that can become a person's primary number.</summary>
    /// <param name="locationId">Only numbers of this location.</param>
    /// <param name="phoneNumber">Only these numbers.</param>
    /// <param name="licenseType">Only numbers suitable for this license type.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The available numbers.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<AvailableNumber> PrimaryAsync(string? locationId = null, IEnumerable<string>? phoneNumber = null,
        AvailablePhoneNumberLicenseType? licenseType = null, string? orgId = null, CancellationToken cancellationToken = default)
    {
        var query = new Query { ["orgId"] = orgId, ["locationId"] = locationId, ["phoneNumber"] = phoneNumber, ["licenseType"] = licenseType };
        return Session.PaginateAsync(Path(ConfigBase, "primary", "availableNumbers"), query, WebexJson.Default.AvailableNumber,
            ItemsKey, cancellationToken);
    }

    /// <summary>Lists the numbers that can become an entity's secondary (alternate) number.</summary>
    /// <param name="entityId">The person (or workspace).</param>
    /// <param name="phoneNumber">Only these numbers.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The available numbers.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<AvailableNumber> SecondaryAsync(string entityId, IEnumerable<string>? phoneNumber = null,
        string? orgId = null, CancellationToken cancellationToken = default) =>
        List(ConfigUrl(entityId, "secondary", "availableNumbers"), phoneNumber, null, null, orgId, cancellationToken);

    /// <summary>Lists the numbers that can become an entity's fax message number.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="phoneNumber">Only these numbers.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The available numbers.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<AvailableNumber> FaxMessageAsync(string entityId, IEnumerable<string>? phoneNumber = null,
        string? orgId = null, CancellationToken cancellationToken = default) =>
        List(ConfigUrl(entityId, "faxMessage", "availableNumbers"), phoneNumber, null, null, orgId, cancellationToken);

    /// <summary>Lists the numbers an entity's calls can be forwarded to.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="phoneNumber">Only these numbers.</param>
    /// <param name="ownerName">Only numbers whose owner's name matches.</param>
    /// <param name="extension">Only numbers with this extension.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The available numbers.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<AvailableNumber> CallForwardAsync(string entityId, IEnumerable<string>? phoneNumber = null,
        string? ownerName = null, string? extension = null, string? orgId = null, CancellationToken cancellationToken = default) =>
        List(ConfigUrl(entityId, "callForwarding", "availableNumbers"), phoneNumber, ownerName, extension, orgId, cancellationToken);

    /// <summary>Lists the numbers an entity's emergency callback number can be.</summary>
    /// <param name="entityId">The person (or workspace, virtual line).</param>
    /// <param name="phoneNumber">Only these numbers.</param>
    /// <param name="ownerName">Only numbers whose owner's name matches.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The available numbers.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<AvailableNumber> EcbnAsync(string entityId, IEnumerable<string>? phoneNumber = null,
        string? ownerName = null, string? orgId = null, CancellationToken cancellationToken = default) =>
        List(ConfigUrl(entityId, "emergencyCallbackNumber", "availableNumbers"), phoneNumber, ownerName, null, orgId, cancellationToken);

    /// <summary>Lists the numbers an entity's intercepted calls can be sent to.</summary>
    /// <param name="entityId">The person (or workspace).</param>
    /// <param name="phoneNumber">Only these numbers.</param>
    /// <param name="ownerName">Only numbers whose owner's name matches.</param>
    /// <param name="extension">Only numbers with this extension.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The available numbers.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="entityId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<AvailableNumber> CallInterceptAsync(string entityId, IEnumerable<string>? phoneNumber = null,
        string? ownerName = null, string? extension = null, string? orgId = null, CancellationToken cancellationToken = default) =>
        List(ConfigUrl(entityId, "callIntercept", "availableNumbers"), phoneNumber, ownerName, extension, orgId, cancellationToken);

    private IAsyncEnumerable<AvailableNumber> List(string url, IEnumerable<string>? phoneNumber, string? ownerName, string? extension,
        string? orgId, CancellationToken cancellationToken)
    {
        var query = new Query { ["orgId"] = orgId, ["phoneNumber"] = phoneNumber, ["ownerName"] = ownerName, ["extension"] = extension };
        return Session.PaginateAsync(url, query, WebexJson.Default.AvailableNumber, ItemsKey, cancellationToken);
    }
}
