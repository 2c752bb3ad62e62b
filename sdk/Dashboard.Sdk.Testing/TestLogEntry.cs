using Microsoft.Extensions.Logging;

namespace Dashboard.Sdk.Testing;

/// <summary>One message a plugin logged during a test.</summary>
/// <param name="Level">The level it was logged at.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Exception">The exception passed with it, if any.</param>
public sealed record TestLogEntry(LogLevel Level, string Message, Exception? Exception);
