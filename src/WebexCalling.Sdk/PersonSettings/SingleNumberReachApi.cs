using System.Text.Json;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.PersonSettings;

// The members generated from tools/api/person-settings/single-number-reach.yml are in SingleNumberReachApi.g.cs.
public partial class SingleNumberReachApi
{
    /// <summary>Updates a single number reach number of the person; the number is identified by <see cref="SingleNumberReachNumber.Id"/>.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="settings">The number with its id; the id itself is not sent in the body.</param>
    /// <param name="orgId">The person's organisation, for partner administrators.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The number's id as Webex answers it (it changes when the phone number changes), or the id sent when the answer has none.</returns>
    /// <remarks>Scopes: <c>spark-admin:telephony_config_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> or the settings' id is empty or not an id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string?> UpdateSnrAsync(string personId, SingleNumberReachNumber settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var url = Session.BuildUrl(ConfigPath(Id(personId), $"singleNumberReach/numbers/{Id(settings.Id, nameof(settings))}"), OrgQuery(orgId));
        var content = RequestContent.Json(settings with { Id = null }, PersonSettingsJson.Default.SingleNumberReachNumber);
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
