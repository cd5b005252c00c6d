using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Licenses;

// The members generated from tools/api/licenses.yml are in LicensesApi.g.cs.
public partial class LicensesApi
{
    /// <summary>Lists the users a license is assigned to, fetching pages as you enumerate.</summary>
    /// <param name="licenseId">The license.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The users, page by page.</returns>
    /// <remarks>Scopes: <c>spark-admin:licenses_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="licenseId"/> is empty or not an id.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<LicenseUser> AssignedUsersAsync(string licenseId, CancellationToken cancellationToken = default)
    {
        string url = $"licenses/{Id(licenseId)}";
        // the details of a license carry its users when asked for them
        var query = new Query { ["includeAssignedTo"] = "user" };
        return Session.PaginateAsync(url, query, LicensesJson.Default.LicenseUser, "users", cancellationToken);
    }
}
