using System.Text.Json.Serialization;
using Dashboard.Host.Collectors;

namespace Dashboard.Host.Ingest;

/// <summary>The reply to creating a collector: the collector as usual, plus its ingest key, shown this once.</summary>
[JsonConverter(typeof(CollectorCreatedResponseConverter))]
public sealed record CollectorCreatedResponse(CollectorResponse Collector, string IngestKey);
