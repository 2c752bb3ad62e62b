namespace Dashboard.Host.Screens;

/// <summary>A new screen with its token, its link and its pairing code, shown this once.</summary>
public sealed record ScreenCreatedResponse(ScreenResponse Screen, string Token, string Link, string PairingCode);
