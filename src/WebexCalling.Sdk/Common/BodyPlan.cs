namespace WebexCalling.Sdk.Common;

/// <summary>
/// <see cref="BodyRules"/> as a tree of wire names, for applying them in one pass over the serialized model. Exists only
/// for rules whose outcome does not depend on the order they run in: no rule below an omitted, renamed or id list
/// property, no rename from or into a name another rule at that level names, no <c>[]</c> at a path's end.
/// </summary>
internal sealed class BodyPlan
{
    private BodyPlan(Level root, bool isEmpty)
    {
        Root = root;
        IsEmpty = isEmpty;
    }

    /// <summary>The top-level object's rules.</summary>
    public Level Root { get; }

    /// <summary>No rule at all: the serialized model is the body.</summary>
    public bool IsEmpty { get; }

    /// <summary>The plan, or null when the rules need the node path.</summary>
    public static BodyPlan? Of(BodyRules rules)
    {
        var root = new Builder();
        foreach (var path in rules.Omit)
            if (root.Add(path, 0) is not { } entry || entry.IsSet) return null;
            else entry.Omit = true;
        foreach (var (list, ids) in rules.Ids)
        {
            if (list.Any(p => p.EndsWith("[]", StringComparison.Ordinal))) return null;
            if (root.Add(list, 0) is not { } entry || entry.IsSet || entry.HasChildren) return null;
            entry.Ids = ids;
        }
        foreach (var (path, to) in rules.Rename)
        {
            if (root.Add(path, 0) is not { } entry || entry.IsSet) return null;
            entry.RenameTo = to;
        }
        var level = root.Build();
        return level is null ? null : new BodyPlan(level, rules.Omit.Length + rules.Ids.Length + rules.Rename.Length == 0);
    }

    /// <summary>The rules of one object.</summary>
    public sealed class Level(Entry[] entries, (string From, string To)[] renames)
    {
        public Entry[] Entries { get; } = entries;

        /// <summary>The renames of this object, in order; <see cref="Entry.Rename"/> indexes them.</summary>
        public (string From, string To)[] Renames { get; } = renames;
    }

    /// <summary>What happens to one property of an object.</summary>
    public sealed class Entry(string name, bool omit, int rename, Level? child, Level? items, string[][]? ids)
    {
        public string Name { get; } = name;
        public bool Omit { get; } = omit;
        public int Rename { get; } = rename;

        /// <summary>The rules of its value when that is an object (<c>name.x</c>).</summary>
        public Level? Child { get; } = child;

        /// <summary>The rules of its items when it is a list (<c>name[].x</c>).</summary>
        public Level? Items { get; } = items;

        public string[][]? Ids { get; } = ids;
    }

    private sealed class Builder
    {
        private readonly List<(string Name, Node Node)> _nodes = [];

        public Node? Add(string[] path, int at)
        {
            string head = path[at];
            bool items = head.EndsWith("[]", StringComparison.Ordinal);
            string name = items ? head[..^2] : head;
            if (items && at == path.Length - 1) return null;
            // names compare as the node tree does when the options are case-insensitive: refuse near-duplicates
            var found = _nodes.FirstOrDefault(n => string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase));
            if (found.Node is not null && found.Name != name) return null;
            var node = found.Node;
            if (node is null) _nodes.Add((name, node = new Node()));
            if (at == path.Length - 1) return node;
            if (node.IsSet) return null;
            var below = items ? node.Items ??= new Builder() : node.Child ??= new Builder();
            if (node.Items is not null && node.Child is not null) return null;
            return below.Add(path, at + 1);
        }

        public Level? Build()
        {
            var renames = new List<(string, string)>();
            var entries = new List<Entry>();
            foreach (var (name, node) in _nodes)
            {
                if (node.IsSet && node.HasChildren) return null;
                int rename = -1;
                if (node.RenameTo is { } to)
                {
                    // a rename into a name some rule here names (or another rename's source) depends on the order
                    if (_nodes.Any(n => string.Equals(n.Name, to, StringComparison.OrdinalIgnoreCase))) return null;
                    rename = renames.Count;
                    renames.Add((name, to));
                }
                Level? child = null, items = null;
                if (node.Child is not null && (child = node.Child.Build()) is null) return null;
                if (node.Items is not null && (items = node.Items.Build()) is null) return null;
                entries.Add(new Entry(name, node.Omit, rename, child, items, node.Ids));
            }
            return new Level([.. entries], [.. renames]);
        }
    }

    private sealed class Node
    {
        public bool Omit { get; set; }
        public string? RenameTo { get; set; }
        public string[][]? Ids { get; set; }
        public Builder? Child { get; set; }
        public Builder? Items { get; set; }
        public bool IsSet => Omit || RenameTo is not null || Ids is not null;
        public bool HasChildren => Child is not null || Items is not null;
    }
}
