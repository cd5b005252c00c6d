namespace WebexCalling.Sdk.Testing.Infrastructure;

/// <summary>The digit checks of Webex's passcode rules (voicemail rules, voice portal), each area wording its own answer.</summary>
internal static class Passcodes
{
    /// <summary>
    /// Where a run of digits, each <paramref name="step"/> from the one before (0: the same digit, 1: ascending, -1:
    /// descending), first grows longer than <paramref name="max"/>: the index of the digit that makes it too long, or -1.
    /// </summary>
    public static int FirstRunBeyond(string pin, int step, int max)
    {
        int run = 1;
        for (int i = 1; i < pin.Length; i++)
        {
            run = pin[i] - pin[i - 1] == step ? run + 1 : 1;
            if (run > max) return i;
        }
        return -1;
    }

    /// <summary>True when the passcode is a group of two or more digits repeated (121212, 123123).</summary>
    public static bool IsRepeatedPattern(string pin)
    {
        for (int size = 2; size <= pin.Length / 2; size++)
        {
            if (pin.Length % size != 0) continue;
            string group = pin[..size];
            bool repeats = true;
            for (int i = size; i < pin.Length && repeats; i += size) repeats = string.CompareOrdinal(pin, i, group, 0, size) == 0;
            if (repeats) return true;
        }
        return false;
    }
}
