namespace Dashboard.Host.Collectors;

/// <summary>What a connection test found: whether the source answered, the plugin's words (or why it could not be asked), and how long it took.</summary>
public sealed record ConnectionTestResponse(bool Succeeded, string Message, long DurationMilliseconds);
