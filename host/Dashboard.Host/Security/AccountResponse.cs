namespace Dashboard.Host.Security;

/// <summary>Who is signed in.</summary>
public sealed record AccountResponse(string UserName, string Role);
