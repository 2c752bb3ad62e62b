namespace Dashboard.Plugins.QueueTimes.Records;

/// <summary>The values of <see cref="QueueFields.Kind"/>, also the prefixes of the record ids.</summary>
internal static class RecordKinds
{
    /// <summary>A visit at a service point, one per visit id.</summary>
    public const string Visit = "visit";

    /// <summary>A call in a phone queue, one per call id and queue.</summary>
    public const string Call = "call";

    /// <summary>A counter of a service point or a member of a phone queue, holding its latest session.</summary>
    public const string Position = "position";
}
