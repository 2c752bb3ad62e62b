using System.Diagnostics;
using System.Reflection;

namespace Dashboard.Host.Plugins;

/// <summary>
/// A plugin's exception as an admin needs it: its type, its message and where in the plugin's own code it happened (the
/// top stack frame of the plugin's assembly, with file and line when the plugin ships its symbols), not the host's frame
/// that called the plugin or a library's frame deep below it.
/// </summary>
public sealed record PluginError(string Type, string Message, string? Location)
{
    /// <summary>Describes <paramref name="exception"/> thrown by code of <paramref name="pluginAssembly"/>.</summary>
    public static PluginError From(Exception exception, Assembly pluginAssembly)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var cause = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        return new PluginError(cause.GetType().FullName ?? cause.GetType().Name, cause.Message, FindLocation(cause, pluginAssembly));
    }

    /// <summary>e.g. <c>System.NullReferenceException: Object reference not set… at Acme.TicketCsv.Parse in /src/TicketCsv.cs:line 42</c>.</summary>
    public override string ToString() => Location is null ? $"{Type}: {Message}" : $"{Type}: {Message} at {Location}";

    // The exception's own trace first; a wrapper thrown by a library may carry the plugin's frame in an inner exception.
    private static string? FindLocation(Exception exception, Assembly pluginAssembly)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var frame = new StackTrace(current, fNeedFileInfo: true).GetFrames()
                .FirstOrDefault(candidate => candidate.GetMethod()?.DeclaringType?.Assembly == pluginAssembly);
            if (frame is not null)
            {
                return Describe(frame);
            }
        }

        return null;
    }

    private static string Describe(StackFrame frame)
    {
        var method = frame.GetMethod()!;
        var type = method.DeclaringType!;
        var name = method.Name;

        // An async or iterator method runs in a compiler-made type named <Method>d__N nested in the author's type.
        if (type.Name.StartsWith('<') && type.DeclaringType is { } outer)
        {
            name = type.Name[1..type.Name.IndexOf('>', StringComparison.Ordinal)];
            type = outer;
        }

        var place = $"{type.FullName}.{name}";
        return frame.GetFileName() is { } file && frame.GetFileLineNumber() > 0 ? $"{place} in {file}:line {frame.GetFileLineNumber()}" : place;
    }
}
