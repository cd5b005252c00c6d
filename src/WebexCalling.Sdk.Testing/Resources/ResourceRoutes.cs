namespace WebexCalling.Sdk.Testing.Resources;

/// <summary>
/// A document resource: one JSON object per resolved path, read with GET and changed with a partial PUT (or PATCH).
/// The generator writes these from the descriptions of tools/api (SimulatorRoutes.g.cs).
/// </summary>
/// <param name="Path">The route template below <c>/v1</c>, e.g. <c>/telephony/config/locations/{locationId}/huntGroups/{huntGroupId}/callForwarding</c>.</param>
/// <param name="Owner">The owner kind whose entity the path's owner id names (Person, Workspace, Location, VirtualLine), or null.</param>
/// <param name="OwnerParam">The route parameter that holds the owner's id.</param>
/// <param name="Seed">What the document holds before any change: the official example answer.</param>
/// <param name="ReadOnly">Wire paths a PUT cannot change.</param>
/// <param name="Method">The method that changes it: PUT or PATCH.</param>
/// <param name="Fields">The wire paths the resource has (<c>a.b</c>, <c>list[].c</c>, <c>a.*</c>: anything below); a write
/// keeps only those, as Webex ignores fields a resource does not define. Null: keep everything.</param>
internal sealed record DocumentRoute(string Path, string? Owner, string? OwnerParam, string Seed, string[] ReadOnly, string Method = "PUT",
    string[]? Fields = null);

/// <summary>
/// A collection resource: POST creates an item (answer <c>{"id": …}</c>), GET/PUT/DELETE on the item path read, change
/// and remove it, and list paths list the items with filters and Link pagination.
/// </summary>
/// <param name="Path">The collection's route template, e.g. <c>/telephony/config/locations/{locationId}/huntGroups</c>.</param>
/// <param name="ItemParam">The route parameter of the item id below it (<c>huntGroupId</c>).</param>
/// <param name="IdKind">The resource type encoded in new ids (<c>HUNT_GROUP</c>).</param>
/// <param name="Seed">The defaults of a new item: the official example of the item's details.</param>
/// <param name="ReadOnly">Wire paths a create or update cannot set.</param>
/// <param name="Lists">The paths that list the items.</param>
/// <param name="CanCreate">Whether POST on the collection creates items.</param>
/// <param name="Fields">The wire paths an item has (see <see cref="DocumentRoute.Fields"/>); null: keep everything.</param>
internal sealed record CollectionRoute(string Path, string ItemParam, string IdKind, string Seed, string[] ReadOnly,
    ListRoute[] Lists, bool CanCreate = true, string[]? Fields = null);

/// <summary>A list of a collection's items, under the collection or organisation-wide (filtered by the parent ids).</summary>
/// <param name="Path">The route template.</param>
/// <param name="ItemsKey">The answer's property that holds the items.</param>
/// <param name="ItemFields">The fields a listed item carries (those the items of the official example carry); empty: all.</param>
internal sealed record ListRoute(string Path, string ItemsKey, string[] ItemFields);
