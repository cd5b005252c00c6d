using System.Collections;
using System.Globalization;
using System.Text;

namespace WebexCalling.Sdk.Rest;

/// <summary>
/// The query parameters of one request, formatted as Webex expects them: a null value is left out, booleans go as
/// <c>true</c>/<c>false</c>, lists as comma-separated values, dates as ISO 8601, wire enums as their wire value.
/// </summary>
/// <example><code>new Query { ["name"] = name, ["orgId"] = orgId }</code></example>
public sealed class Query : IEnumerable<KeyValuePair<string, string>>
{
    private readonly List<KeyValuePair<string, string>> _items = [];

    /// <summary>Sets a parameter; a null value removes it.</summary>
    /// <param name="name">The parameter name as Webex spells it.</param>
    public object? this[string name]
    {
        get => _items.FirstOrDefault(kv => kv.Key == name).Value;
        set
        {
            ArgumentException.ThrowIfNullOrEmpty(name);
            _items.RemoveAll(kv => kv.Key == name);
            string? text = Format(value);
            if (text is not null) _items.Add(new(name, text));
        }
    }

    /// <summary>The number of parameters that will be sent.</summary>
    public int Count => _items.Count;

    /// <summary>True when a parameter of this name will be sent.</summary>
    /// <param name="name">The parameter name.</param>
    public bool Contains(string name) => _items.Exists(kv => kv.Key == name);

    /// <summary>The parameters as a URL query string without the leading <c>?</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var (key, value) in _items)
        {
            if (sb.Length > 0) sb.Append('&');
            sb.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        }
        return sb.ToString();
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        DateTimeOffset d => d.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        DateTime d => d.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable e => JoinList(e),
        // wire enums (IWireValue) print their wire value
        _ => value.ToString(),
    };

    private static string? JoinList(IEnumerable values)
    {
        var parts = values.Cast<object?>().Select(Format).Where(p => p is not null).ToList();
        return parts.Count == 0 ? null : string.Join(',', parts);
    }
}
