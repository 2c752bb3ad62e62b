namespace Dashboard.Host.Screens;

/// <summary>A new screen with its token and pairing code, which exist only in this answer.</summary>
public sealed record IssuedScreen(DisplayScreen Screen, string Token, string PairingCode);
