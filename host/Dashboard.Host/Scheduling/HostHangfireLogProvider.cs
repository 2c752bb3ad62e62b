using Hangfire.Logging;
using HangfireLogLevel = Hangfire.Logging.LogLevel;
using MicrosoftLogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace Dashboard.Host.Scheduling;

/// <summary>
/// Routes Hangfire's logs into this host's logging. Hangfire keeps one log provider per process, so when a second
/// host in the process (tests) has replaced it and then stopped, its disposed logger factory must not break Hangfire
/// calls in the hosts still running: such log lines are dropped instead.
/// </summary>
public sealed class HostHangfireLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    public ILog GetLogger(string name)
    {
        try
        {
            return new HostHangfireLog(loggerFactory.CreateLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return DroppedLog.Instance;
        }
    }

    private sealed class HostHangfireLog(ILogger logger) : ILog
    {
        public bool Log(HangfireLogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                var level = ToMicrosoft(logLevel);
                if (messageFunc is null)
                {
                    return logger.IsEnabled(level);
                }

                // Hangfire's messages are already formatted text, not templates.
                logger.Log(level, 0, messageFunc(), exception, static (message, _) => message);
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }

        private static MicrosoftLogLevel ToMicrosoft(HangfireLogLevel level) => level switch
        {
            HangfireLogLevel.Trace => MicrosoftLogLevel.Trace,
            HangfireLogLevel.Debug => MicrosoftLogLevel.Debug,
            HangfireLogLevel.Info => MicrosoftLogLevel.Information,
            HangfireLogLevel.Warn => MicrosoftLogLevel.Warning,
            HangfireLogLevel.Error => MicrosoftLogLevel.Error,
            _ => MicrosoftLogLevel.Critical,
        };
    }

    private sealed class DroppedLog : ILog
    {
        public static readonly DroppedLog Instance = new();

        public bool Log(HangfireLogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
