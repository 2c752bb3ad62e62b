namespace Dashboard.Sdk;

/// <summary>One body pushed to a collector's ingest endpoint.</summary>
public sealed record PushedInput
{
    /// <summary>The media type without parameters, lower case, e.g. <c>application/json</c>.</summary>
    public required string ContentType { get; init; }

    /// <summary>The body as sent (UTF-8 text for the built-in formats).</summary>
    public required ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>How errors name this input, e.g. <c>request 0HN8... to collector city-queue</c>.</summary>
    public required string SourceName { get; init; }
}
