using System.Text.Json;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

/// <summary>
/// Single number reach: calls to a person also ring other numbers (a mobile, a home phone), so one number reaches
/// the person anywhere.
/// </summary>
public class SingleNumberReachApi : SettingsApiChild
{
    private const string Feature = "singleNumberReach";

    internal SingleNumberReachApi(RestSession session, SettingsOwner owner) : base(session, owner) { }

    /// <summary>For mocking.</summary>
    protected SingleNumberReachApi() { }

    /// <summary>Lists the numbers of a location that can be used for single number reach, fetching pages as you enumerate.</summary>
    /// <param name="locationId">The location.</param>
    /// <param name="phoneNumber">Only these numbers.</param>
    /// <param name="orgId">The organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The available numbers.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="locationId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<AvailableNumber> AvailablePhoneNumbersAsync(string locationId, IEnumerable<string>? phoneNumber = null,
        string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        string url = Path("telephony/config/locations", locationId, Feature, "availableNumbers");
        var query = new Query { ["orgId"] = orgId, ["phoneNumber"] = phoneNumber };
        return Session.PaginateAsync(url, query, WebexJson.Default.AvailableNumber, "phoneNumbers", cancellationToken);
    }

    /// <summary>Reads the person's single number reach settings and numbers.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<SingleNumberReach> ReadAsync(string personId, string? orgId = null, CancellationToken cancellationToken = default) =>
        Session.GetAsync(ConfigUrl(personId, Feature), OrgQuery(orgId), WebexJson.Default.SingleNumberReach, cancellationToken);

    /// <summary>Updates the person's single number reach settings.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="alertAllNumbersForClickToDialCallsEnabled">True to ring all numbers for click-to-dial calls; null leaves it as is.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateAsync(string personId, bool? alertAllNumbersForClickToDialCallsEnabled = null, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(personId, Feature);
        var body = JsonBody.Of(("alertAllNumbersForClickToDialCallsEnabled", alertAllNumbersForClickToDialCallsEnabled));
        return Session.PutAsync(url, OrgQuery(orgId), body, WebexJson.Default.JsonObject, cancellationToken);
    }

    /// <summary>Adds a single number reach number to the person.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="settings">The number; its <see cref="SingleNumberReachNumber.Id"/> is not sent.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The id of the new number.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string?> CreateSnrAsync(string personId, SingleNumberReachNumber settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        string url = ConfigUrl(personId, Feature, "numbers");
        ArgumentNullException.ThrowIfNull(settings);
        var answer = await Session.PostAsync(url, OrgQuery(orgId), settings with { Id = null }, WebexJson.Default.SingleNumberReachNumber,
            WebexJson.Default.JsonElement, cancellationToken).ConfigureAwait(false);
        return ResponseFields.String(answer, "id");
    }

    /// <summary>Removes a single number reach number from the person.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="id">The number's id.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> or <paramref name="id"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task DeleteSnrAsync(string personId, string id, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Session.DeleteAsync(ConfigUrl(personId, Feature, "numbers", id), OrgQuery(orgId), cancellationToken);
    }

    /// <summary>Updates a single number reach number of the person; the number is identified by <see cref="SingleNumberReachNumber.Id"/>.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="settings">The number with its id; the id itself is not sent in the body.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The number's id as Webex answers it (it changes when the phone number changes), or the id sent when the answer has none.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> or the settings' id is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string?> UpdateSnrAsync(string personId, SingleNumberReachNumber settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrEmpty(settings.Id, nameof(settings));
        var url = Session.BuildUrl(ConfigUrl(personId, Feature, "numbers", settings.Id), OrgQuery(orgId));
        var content = RequestContent.Json(settings with { Id = null }, WebexJson.Default.SingleNumberReachNumber);
        using var response = await Session.SendAsync(HttpMethod.Put, url, content, cancellationToken).ConfigureAwait(false);
        // wxc_sdk reads the id from the answer; tolerate an empty answer
        byte[] bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0) return settings.Id;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return ResponseFields.String(document.RootElement, "id") ?? settings.Id;
        }
        catch (JsonException)
        {
            return settings.Id;
        }
    }
}
