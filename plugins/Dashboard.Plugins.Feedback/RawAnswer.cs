namespace Dashboard.Plugins.Feedback;

/// <summary>One answer as the input wrote it: for each field found, the column or property name and its text.</summary>
internal sealed class RawAnswer
{
    private readonly Dictionary<AnswerField, (string Name, string? Text)> _fields = [];

    /// <summary>Records that the input's <paramref name="name"/> holds <paramref name="text"/> for <paramref name="field"/>.</summary>
    public void Set(AnswerField field, string name, string? text) => _fields[field] = (name, text);

    /// <summary>The field's column name and trimmed text; the text is null when the field is missing or empty.</summary>
    public (string? Name, string? Text) Get(AnswerField field) =>
        _fields.TryGetValue(field, out var found)
            ? (found.Name, string.IsNullOrWhiteSpace(found.Text) ? null : found.Text.Trim())
            : (null, null);
}
