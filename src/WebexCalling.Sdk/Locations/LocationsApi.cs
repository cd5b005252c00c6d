using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Locations;

/// <summary>
/// Locations of an organisation, and their floors. Locations group users, workspaces and calling features by site.
/// </summary>
public class LocationsApi : ApiChild
{
    internal LocationsApi(RestSession session) : base(session, "locations") { }

    /// <summary>For mocking.</summary>
    protected LocationsApi() { }

    /// <summary>Lists locations, fetching pages as you enumerate.</summary>
    /// <param name="name">Only locations whose name contains this text (case-insensitive).</param>
    /// <param name="locationId">Only the location with this id.</param>
    /// <param name="orgId">List the locations of this organisation (partner administrators).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <remarks>Scopes: <c>spark-admin:locations_read</c>, <c>spark-admin:people_read</c> or <c>spark-admin:device_read</c>.</remarks>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<Location> ListAsync(string? name = null, string? locationId = null, string? orgId = null,
        CancellationToken cancellationToken = default) =>
        Session.PaginateAsync(Url(), new Query { ["name"] = name, ["id"] = locationId, ["orgId"] = orgId },
            WebexJson.Default.Location, cancellationToken: cancellationToken);

    /// <summary>Finds the location with exactly this name, or null.</summary>
    /// <param name="name">The location's name.</param>
    /// <param name="orgId">Search in this organisation (partner administrators).</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<Location?> ByNameAsync(string name, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        await foreach (var location in ListAsync(name: name, orgId: orgId, cancellationToken: cancellationToken).ConfigureAwait(false))
            if (location.Name == name) return location;
        return null;
    }

    /// <summary>Reads one location.</summary>
    /// <param name="locationId">The location's id.</param>
    /// <param name="orgId">The location's organisation (partner administrators).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException"><paramref name="locationId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status (404: no such location).</exception>
    public virtual Task<Location> DetailsAsync(string locationId, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        return Session.GetAsync(Url(locationId), new Query { ["orgId"] = orgId }, WebexJson.Default.Location, cancellationToken);
    }

    /// <summary>Creates a location and returns its id.</summary>
    /// <param name="name">Name; at most 80 characters if the location is to be enabled for Webex Calling.</param>
    /// <param name="timeZone">Time zone, e.g. <c>America/Chicago</c>.</param>
    /// <param name="preferredLanguage">Default email language, e.g. <c>en_us</c>.</param>
    /// <param name="announcementLanguage">Language of phone announcements, e.g. <c>en_us</c>.</param>
    /// <param name="address1">Address line 1.</param>
    /// <param name="city">City.</param>
    /// <param name="state">State or province code.</param>
    /// <param name="postalCode">Postal code.</param>
    /// <param name="country">ISO-3166 two-letter country code.</param>
    /// <param name="address2">Address line 2.</param>
    /// <param name="latitude">Latitude.</param>
    /// <param name="longitude">Longitude.</param>
    /// <param name="notes">Notes.</param>
    /// <param name="orgId">Create the location in this organisation (partner administrators).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:locations_write</c> (full administrator).</remarks>
    /// <exception cref="ArgumentException">A required argument is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual async Task<string> CreateAsync(string name, string timeZone, string preferredLanguage, string announcementLanguage,
        string address1, string city, string state, string postalCode, string country, string? address2 = null,
        double? latitude = null, double? longitude = null, string? notes = null, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(timeZone);
        ArgumentException.ThrowIfNullOrEmpty(preferredLanguage);
        ArgumentException.ThrowIfNullOrEmpty(announcementLanguage);
        ArgumentException.ThrowIfNullOrEmpty(address1);
        ArgumentException.ThrowIfNullOrEmpty(city);
        ArgumentException.ThrowIfNullOrEmpty(state);
        ArgumentException.ThrowIfNullOrEmpty(postalCode);
        ArgumentException.ThrowIfNullOrEmpty(country);
        var body = new Location
        {
            Name = name,
            TimeZone = timeZone,
            PreferredLanguage = preferredLanguage,
            AnnouncementLanguage = announcementLanguage,
            Address = new LocationAddress
            {
                Address1 = address1, Address2 = address2, City = city, State = state, PostalCode = postalCode, Country = country,
            },
            Latitude = latitude,
            Longitude = longitude,
            Notes = notes,
        };
        var created = await Session.PostAsync(Url(), new Query { ["orgId"] = orgId }, body, WebexJson.Default.Location,
            WebexJson.Default.Location, cancellationToken).ConfigureAwait(false);
        return created.LocationId
            ?? throw new WebexApiException("POST", Session.BuildUrl(Url()), System.Net.HttpStatusCode.OK, "the answer has no location id");
    }

    /// <summary>Updates a location from a record <see cref="DetailsAsync"/> returned (changed with <c>with</c>).</summary>
    /// <param name="locationId">The location's id.</param>
    /// <param name="settings">The new settings; the id and organisation fields are not sent.</param>
    /// <param name="orgId">The location's organisation (partner administrators).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:locations_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="locationId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task UpdateAsync(string locationId, Location settings, string? orgId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        ArgumentNullException.ThrowIfNull(settings);
        var body = settings with { LocationId = null, OrgId = null }; // server-owned
        return Session.PutAsync(Url(locationId), new Query { ["orgId"] = orgId }, body, WebexJson.Default.Location,
            cancellationToken);
    }

    /// <summary>Deletes a location. Disable Webex Calling for it first.</summary>
    /// <param name="locationId">The location's id.</param>
    /// <param name="orgId">The location's organisation (partner administrators).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:locations_write</c> (full administrator).</remarks>
    /// <exception cref="ArgumentException"><paramref name="locationId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task DeleteAsync(string locationId, string? orgId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        return Session.DeleteAsync(Url(locationId), new Query { ["orgId"] = orgId }, cancellationToken);
    }

    /// <summary>Lists the floors of a location.</summary>
    /// <param name="locationId">The location's id.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <remarks>Scopes: <c>spark-admin:locations_read</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="locationId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual IAsyncEnumerable<Floor> ListFloorsAsync(string locationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        return Session.PaginateAsync(Url(locationId, "floors"), null, WebexJson.Default.Floor, cancellationToken: cancellationToken);
    }

    /// <summary>Creates a floor in a location.</summary>
    /// <param name="locationId">The location's id.</param>
    /// <param name="floorNumber">The floor number.</param>
    /// <param name="displayName">The floor's display name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:locations_write</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="locationId"/> is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<Floor> CreateFloorAsync(string locationId, int floorNumber, string? displayName = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        var body = new Floor { FloorNumber = floorNumber, DisplayName = displayName };
        return Session.PostAsync(Url(locationId, "floors"), null, body, WebexJson.Default.Floor, WebexJson.Default.Floor,
            cancellationToken);
    }

    /// <summary>Reads one floor.</summary>
    /// <param name="locationId">The location's id.</param>
    /// <param name="floorId">The floor's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:locations_read</c>.</remarks>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<Floor> FloorDetailsAsync(string locationId, string floorId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        ArgumentException.ThrowIfNullOrEmpty(floorId);
        return Session.GetAsync(Url(locationId, "floors", floorId), null, WebexJson.Default.Floor, cancellationToken);
    }

    /// <summary>
    /// Updates a floor from a record <see cref="FloorDetailsAsync"/> returned. Send every detail: a floor without
    /// <see cref="Floor.DisplayName"/> loses its name.
    /// </summary>
    /// <param name="floor">The floor with its <see cref="Floor.Id"/> and <see cref="Floor.LocationId"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:locations_write</c>.</remarks>
    /// <exception cref="ArgumentException">The floor has no id or location id.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task<Floor> UpdateFloorAsync(Floor floor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(floor);
        ArgumentException.ThrowIfNullOrEmpty(floor.LocationId, "floor.LocationId");
        ArgumentException.ThrowIfNullOrEmpty(floor.Id, "floor.Id");
        var body = floor with { Id = null, LocationId = null }; // they are in the path
        return Session.PutAsync(Url(floor.LocationId, "floors", floor.Id), null, body, WebexJson.Default.Floor,
            WebexJson.Default.Floor, cancellationToken);
    }

    /// <summary>Deletes a floor.</summary>
    /// <param name="locationId">The location's id.</param>
    /// <param name="floorId">The floor's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <remarks>Scopes: <c>spark-admin:locations_write</c>.</remarks>
    /// <exception cref="ArgumentException">An id is null or empty.</exception>
    /// <exception cref="WebexApiException">Webex answered with an error status.</exception>
    public virtual Task DeleteFloorAsync(string locationId, string floorId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(locationId);
        ArgumentException.ThrowIfNullOrEmpty(floorId);
        return Session.DeleteAsync(Url(locationId, "floors", floorId), null, cancellationToken);
    }
}
