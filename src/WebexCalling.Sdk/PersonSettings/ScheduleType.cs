namespace WebexCalling.Sdk.PersonSettings;

public readonly partial record struct ScheduleType
{
    /// <summary>The wire value, so that a schedule type can be passed where the URL segment is expected.</summary>
    /// <param name="value">The schedule type.</param>
    public static implicit operator string(ScheduleType value) => value.Value;
}
