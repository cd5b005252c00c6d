namespace WebexCalling.Sdk.Common;

/// <summary>
/// What a request body leaves out of, and renames in, the serialized model it is made from: the one way an update or
/// create decides what it sends. The generator writes one per member from its description (<c>send:</c> and the
/// model's read-only properties); paths are wire names, <c>a.b</c> for a nested object, <c>list[].c</c> for the items
/// of a list.
/// </summary>
internal sealed class BodyRules
{
    /// <summary>Rules with nothing to leave out or rename.</summary>
    public static BodyRules None { get; } = new([], []);

    public BodyRules(string[] omit, (string From, string To)[] rename, string? wrap = null, (string List, string[] Id)[]? ids = null)
    {
        Wrap = wrap;
        Omit = omit.Select(Split).ToArray();
        Rename = rename.Select(r => (Split(r.From), r.To)).ToArray();
        Ids = (ids ?? []).Select(i => (Split(i.List), i.Id.Select(Split).ToArray())).ToArray();
        Plan = BodyPlan.Of(this);
    }

    /// <summary>The rules as one pass over the serialized model, or null when they must run one after another on a node tree.</summary>
    public BodyPlan? Plan { get; }

    /// <summary>The wire paths never sent.</summary>
    public string[][] Omit { get; }

    /// <summary>The wire paths sent under another name (the value moves unless the body already has that name).</summary>
    public (string[] Path, string To)[] Rename { get; }

    /// <summary>The body is the model inside an object under this name (<c>{"callForwarding": {...}}</c>), or null.</summary>
    public string? Wrap { get; }

    /// <summary>
    /// The lists sent as ids (an update that takes <c>["id", ...]</c> where a read answers with objects): each item becomes
    /// the first of its id paths that holds a string (<c>member.id</c>, <c>callparkextension.id</c>), or null.
    /// </summary>
    public (string[] List, string[][] Id)[] Ids { get; }


    private static string[] Split(string path) => path.Split('.');
}
