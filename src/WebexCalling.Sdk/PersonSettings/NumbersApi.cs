namespace WebexCalling.Sdk.PersonSettings;

// The members generated from tools/api/person-settings/numbers.yml are in NumbersApi.g.cs.
public partial class NumbersApi
{
    /// <summary>Adds or removes alternate numbers of the person.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="update">The numbers to add or remove; a number's <see cref="UpdatePersonPhoneNumber.Primary"/> is sent as false when not set.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is empty or not an id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="update"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateAsync(string personId, UpdatePersonNumbers update, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = ConfigPath(Id(personId), "numbers");
        ArgumentNullException.ThrowIfNull(update);
        // the 2026 request schema requires primary on every number; wxc_sdk's model sends false by default
        var body = update.PhoneNumbers is null ? update
            : update with { PhoneNumbers = [.. update.PhoneNumbers.Select(n => n with { Primary = n.Primary ?? false })] };
        return Session.PutAsync(url, OrgQuery(orgId), body, PersonSettingsJson.Default.UpdatePersonNumbers, cancellationToken);
    }
}
