using Microsoft.Extensions.Logging;

namespace Dashboard.Host.Tests.Support;

public sealed record CapturedLog(string Category, LogLevel Level, string Message);
