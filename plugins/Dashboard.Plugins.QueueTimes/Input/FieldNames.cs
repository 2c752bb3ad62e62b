namespace Dashboard.Plugins.QueueTimes.Input;

/// <summary>Matches field and column names the way exports spell them: case, spaces, dashes and underscores ignored.</summary>
internal static class FieldNames
{
    /// <summary><c>Visit_ID</c>, <c>visit id</c> and <c>visitId</c> all become <c>visitid</c>.</summary>
    public static string Normalise(string name) =>
        string.Concat(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
}
