namespace WebexCalling.Sdk.Common;

/// <summary>
/// A string-valued enumeration as Webex sends it on the wire. Implementations are small structs with one
/// static property per documented value; a value this SDK does not know is kept as it came and written back unchanged.
/// </summary>
/// <typeparam name="TSelf">The implementing struct.</typeparam>
public interface IWireValue<TSelf> where TSelf : struct, IWireValue<TSelf>
{
    /// <summary>The value exactly as it appears in Webex's JSON.</summary>
    string Value { get; }

    /// <summary>True when the value is one this SDK version documents.</summary>
    bool IsKnown { get; }

    /// <summary>Wraps a value read from the wire, known or not.</summary>
    /// <param name="value">The JSON string.</param>
    static abstract TSelf FromWire(string value);
}
