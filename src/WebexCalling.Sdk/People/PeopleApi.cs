using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.People;

/// <summary>
/// People: the users of an organisation, with their Webex Calling data (extension, location, numbers) when
/// <c>callingData</c> is asked for.
/// </summary>
/// <remarks>
/// Scopes: <c>spark:people_read</c> to search; <c>spark-admin:people_read</c> to list the whole organisation;
/// <c>spark-admin:people_write</c> and <c>spark-admin:people_read</c> to create, update and delete.
/// </remarks>
public class PeopleApi : ApiChild
{
    internal PeopleApi(RestSession session) : base(session, "people") { }

    /// <summary>For mocking.</summary>
    protected PeopleApi() { }

    /// <summary>Lists people, fetching pages as you enumerate.</summary>
    /// <param name="email">Only the person with this email address (non-admins need this or <paramref name="displayName"/>).</param>
    /// <param name="displayName">Only people whose name starts with this text.</param>
    /// <param name="idList">Only these people (up to 85 ids); presence fields are then left out.</param>
    /// <param name="orgId">List the people of this organisation (partner administrators).</param>
    /// <param name="roles">Only people with these role ids, comma-separated.</param>
    /// <param name="callingData">True: include Webex Calling details (extension, location, numbers); slower.</param>
    /// <param name="locationId">Only people in this location.</param>
    /// <param name="excludeStatus">True: leave out presence status, which makes the query faster.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<Person> ListAsync(string? email = null, string? displayName = null,
        IEnumerable<string>? idList = null, string? orgId = null, string? roles = null, bool? callingData = null,
        string? locationId = null, bool? excludeStatus = null, CancellationToken cancellationToken = default)
    {
        var query = new Query
        {
            ["email"] = email,
            ["displayName"] = displayName,
            ["id"] = idList?.ToList(),
            ["orgId"] = orgId,
            ["roles"] = roles,
            ["callingData"] = callingData,
            ["locationId"] = locationId,
            ["excludeStatus"] = excludeStatus,
        };
        return Session.PaginateAsync(Url(), query, WebexJson.Default.Person, cancellationToken: cancellationToken);
    }

    /// <summary>Creates a user and returns it as Webex stored it.</summary>
    /// <param name="settings">
    /// The new user: at least one email and a display, first or last name. For a Webex Calling user also
    /// <see cref="Person.LocationId"/>, <see cref="Person.Licenses"/> and a phone number or extension. Read-only fields are not sent.
    /// </param>
    /// <param name="callingData">True: the answer includes Webex Calling details.</param>
    /// <param name="minResponse">True: the answer carries only the id, which is faster.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>
    /// A 400 with calling data can still leave the user created (Webex combines several services): look the user up
    /// by email before you retry. Scopes: <c>spark-admin:people_write</c>, <c>spark-admin:people_read</c>.
    /// </remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<Person> CreateAsync(Person settings, bool callingData = false, bool? minResponse = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var query = new Query { ["callingData"] = callingData, ["minResponse"] = minResponse };
        return Session.PostAsync(Url(), query, settings.ForCreate(), WebexJson.Default.Person, WebexJson.Default.Person,
            cancellationToken);
    }

    /// <summary>Reads one person.</summary>
    /// <param name="personId">The person's id.</param>
    /// <param name="callingData">True: include Webex Calling details.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status (404: no such person).</exception>
    public virtual Task<Person> DetailsAsync(string personId, bool callingData = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(personId);
        return Session.GetAsync(Url(personId), CallingDataQuery(callingData), WebexJson.Default.Person, cancellationToken);
    }

    /// <summary>Deletes a person.</summary>
    /// <param name="personId">The person's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Full or user administrators, and external full administrators.</remarks>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task DeleteAsync(string personId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(personId);
        return Session.DeleteAsync(Url(personId), null, cancellationToken);
    }

    /// <summary>
    /// Updates a person. Webex expects every detail: read the person with <see cref="DetailsAsync"/> (with calling
    /// data for a calling user), change it with <c>with</c>, and pass the result. Read-only fields are not sent.
    /// </summary>
    /// <param name="person">The person, with its <see cref="Person.PersonId"/>.</param>
    /// <param name="callingData">True: the answer includes Webex Calling details.</param>
    /// <param name="showAllTypes">True: include attendee roles (<c>#attendee</c> site URLs).</param>
    /// <param name="minResponse">True: the answer carries only the id, which is faster.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>A failed update may still have changed some fields; read the person again after an error.</remarks>
    /// <exception cref="ArgumentException">The person has no id.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<Person> UpdateAsync(Person person, bool callingData = false, bool showAllTypes = false,
        bool? minResponse = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentException.ThrowIfNullOrEmpty(person.PersonId, "person.PersonId");
        var query = new Query
        {
            ["callingData"] = callingData ? true : null,
            ["showAllTypes"] = showAllTypes ? true : null,
            ["minResponse"] = minResponse == true ? true : null,
        };
        return Session.PutAsync(Url(person.PersonId), query, person.ForUpdate(), WebexJson.Default.Person,
            WebexJson.Default.Person, cancellationToken);
    }

    /// <summary>Reads the profile of the user the access token belongs to.</summary>
    /// <param name="callingData">True: include Webex Calling details.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<Person> MeAsync(bool callingData = false, CancellationToken cancellationToken = default) =>
        Session.GetAsync(Url("me"), CallingDataQuery(callingData), WebexJson.Default.Person, cancellationToken);

    private static Query CallingDataQuery(bool callingData) => new() { ["callingData"] = callingData ? true : null };
}
