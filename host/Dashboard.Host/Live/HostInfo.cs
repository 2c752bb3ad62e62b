namespace Dashboard.Host.Live;

/// <summary>Sent to each screen when it connects: a screen that saw another version before reloads its page.</summary>
public sealed record HostInfo(string Version);
