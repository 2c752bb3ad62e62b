namespace Dashboard.Plugins.QueueTimes.Input;

/// <summary>The longest identifiers and names accepted, so that record ids stay within the host's 200 characters.</summary>
internal static class InputLimits
{
    /// <summary>A visit id or a call id.</summary>
    public const int MaxIdLength = 64;

    /// <summary>A service point, counter, queue or member name.</summary>
    public const int MaxNameLength = 90;

    /// <summary>A ticket, service or queue label kept with a visit.</summary>
    public const int MaxLabelLength = 200;

    /// <summary>Null when <paramref name="value"/> fits, else the problem's message.</summary>
    public static string? CheckLength(string value, int maxLength, string what) =>
        value.Length <= maxLength ? null : $"{what} of {value.Length} characters is longer than {maxLength}.";
}
