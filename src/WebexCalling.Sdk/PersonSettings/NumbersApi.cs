using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>A person's phone numbers: the primary number, extension and alternate numbers.</summary>
public class NumbersApi : SettingsApiChild
{
    private const string Feature = "numbers";

    internal NumbersApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected NumbersApi() { }

    /// <summary>Reads the person's phone numbers.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="preferE164Format">True to get the numbers in E.164 format.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The numbers and whether distinctive ring is on.</returns>
    /// <remarks>Scopes: <c>spark-admin:people_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<PersonNumbers> ReadAsync(string personId, bool? preferE164Format = null, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        Session.GetAsync(FeatureUrl(personId, Feature), new Query { ["orgId"] = orgId, ["preferE164Format"] = preferE164Format },
            WebexJson.Default.PersonNumbers, cancellationToken);

    /// <summary>Adds or removes alternate numbers of the person.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="update">The numbers to add or remove; a number's <see cref="UpdatePersonPhoneNumber.Primary"/> is sent as false when not set.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="update"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateAsync(string personId, UpdatePersonNumbers update, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(personId, Feature);
        ArgumentNullException.ThrowIfNull(update);
        // wxc_sdk's model sends primary: false by default
        var body = update.PhoneNumbers is null ? update
            : update with { PhoneNumbers = [.. update.PhoneNumbers.Select(n => n with { Primary = n.Primary ?? false })] };
        return Session.PutAsync(url, OrgQuery(orgId), body, WebexJson.Default.UpdatePersonNumbers, cancellationToken);
    }
}
