namespace Dashboard.Host.Screens;

/// <summary>The pairing code typed on a screen.</summary>
public sealed record PairRequest(string? Code);
