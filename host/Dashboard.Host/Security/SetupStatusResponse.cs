namespace Dashboard.Host.Security;

/// <summary>Whether the first admin still has to be set up, and whether this request may do it.</summary>
public sealed record SetupStatusResponse(bool Needed, bool AllowedHere, string Message);
