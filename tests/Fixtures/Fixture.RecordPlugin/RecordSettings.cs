using System.ComponentModel.DataAnnotations;

namespace Fixture.RecordPlugin;

public sealed class RecordSettings
{
    /// <summary>NDJSON file read on schedule from a byte-offset checkpoint; none means nothing to read.</summary>
    public string? File { get; set; }

    /// <summary>Blocks the calling thread this long before the first await, as a hung network share would.</summary>
    [Range(0, 600)]
    public int BlockSeconds { get; set; }

    /// <summary>When set, every call throws an InvalidOperationException with this message.</summary>
    public string? FailWith { get; set; }

    /// <summary>When set, every call logs this text as a warning through the context's logger.</summary>
    public string? WarnWith { get; set; }

    /// <summary>When true, every call logs the folder its code was loaded from as a warning, so tests can tell two loaded versions apart.</summary>
    public bool ReportLocation { get; set; }
}
