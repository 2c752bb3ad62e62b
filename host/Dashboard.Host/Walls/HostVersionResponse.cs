namespace Dashboard.Host.Walls;

/// <summary>The running host's version, e.g. <c>1.4.0+3f2a1c9</c>.</summary>
public sealed record HostVersionResponse(string Version);
