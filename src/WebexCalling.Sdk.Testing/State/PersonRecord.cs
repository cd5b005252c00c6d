using System.Globalization;
using System.Text.Json.Nodes;
using WebexCalling.Sdk.Testing.Infrastructure;

namespace WebexCalling.Sdk.Testing.State;

/// <summary>A phone number of a person: <c>{"type", "value", "primary"}</c>.</summary>
internal sealed record PhoneNumberRecord(string Type, string Value, bool Primary);

/// <summary>A person of /v1/people; the calling fields are answered only with <c>callingData=true</c>.</summary>
internal sealed class PersonRecord(Guid uuid, DateTimeOffset created)
{
    public Guid Uuid { get; } = uuid;

    public string Id { get; } = WebexIds.Encode(WebexIds.People, uuid);

    public List<string> Emails { get; set; } = [];

    public List<PhoneNumberRecord> PhoneNumbers { get; set; } = [];

    public string? Extension { get; set; }

    /// <summary>The calling location; null for a user without Webex Calling.</summary>
    public LocationRecord? Location { get; set; }

    public string? DisplayName { get; set; }

    public string? NickName { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Avatar { get; set; }

    public List<string> Roles { get; set; } = [];

    public List<string> Licenses { get; set; } = [];

    public string? Department { get; set; }

    public string? Manager { get; set; }

    public string? ManagerId { get; set; }

    public string? Title { get; set; }

    /// <summary>The addresses exactly as the caller sent them (type, country, locality, region, streetAddress, postalCode).</summary>
    public JsonArray? Addresses { get; set; }

    public DateTimeOffset Created { get; } = created;

    public DateTimeOffset LastModified { get; set; } = created;

    public string? Timezone { get; set; }

    public string Status { get; set; } = "active";

    public bool InvitePending { get; set; }

    public bool LoginEnabled { get; set; } = true;

    /// <summary>The answer of GET /v1/people/{id}; <paramref name="callingData"/> adds extension, locationId and phoneNumbers.</summary>
    public JsonObject ToJson(string orgId, bool callingData, bool withStatus = true)
    {
        var json = new JsonObject { ["id"] = Id, ["emails"] = JsonBody.Array(Emails) };
        if (callingData)
        {
            if (PhoneNumbers.Count > 0)
                json["phoneNumbers"] = new JsonArray(PhoneNumbers.Select(n => (JsonNode)new JsonObject
                {
                    ["type"] = n.Type,
                    ["value"] = n.Value,
                    ["primary"] = n.Primary,
                }).ToArray());
            JsonBody.Put(json, "extension", Extension);
            JsonBody.Put(json, "locationId", Location?.Id);
        }
        JsonBody.Put(json, "displayName", DisplayName);
        JsonBody.Put(json, "nickName", NickName);
        JsonBody.Put(json, "firstName", FirstName);
        JsonBody.Put(json, "lastName", LastName);
        JsonBody.Put(json, "avatar", Avatar);
        json["orgId"] = orgId;
        if (Roles.Count > 0) json["roles"] = JsonBody.Array(Roles);
        if (Licenses.Count > 0) json["licenses"] = JsonBody.Array(Licenses);
        JsonBody.Put(json, "department", Department);
        JsonBody.Put(json, "manager", Manager);
        JsonBody.Put(json, "managerId", ManagerId);
        JsonBody.Put(json, "title", Title);
        JsonBody.Put(json, "addresses", Addresses?.DeepClone());
        json["created"] = Timestamp(Created);
        json["lastModified"] = Timestamp(LastModified);
        JsonBody.Put(json, "timezone", Timezone);
        if (withStatus)
        {
            json["lastActivity"] = Timestamp(LastModified);
            json["status"] = Status;
        }
        json["invitePending"] = InvitePending;
        json["loginEnabled"] = LoginEnabled;
        json["type"] = "person";
        return json;
    }

    /// <summary>Webex's timestamp format: UTC with milliseconds, e.g. 2015-10-18T14:26:16.000Z.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
