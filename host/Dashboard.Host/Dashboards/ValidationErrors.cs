namespace Dashboard.Host.Dashboards;

/// <summary>Problems by field path (<c>tiles[3].w</c>), in the shape of a validation problem's <c>errors</c>.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string path, string message)
    {
        if (!_errors.TryGetValue(path, out var messages))
        {
            _errors[path] = messages = [];
        }

        messages.Add(message);
    }

    public IDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>One line per problem, for logs and file errors.</summary>
    public override string ToString() =>
        string.Join(" ", _errors.SelectMany(pair => pair.Value.Select(message => $"{pair.Key}: {message}")));
}
