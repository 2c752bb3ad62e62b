namespace Dashboard.Sdk;

/// <summary>One stored field of a record: its value and the <see cref="RecordUpdate.AsOf"/> of the update that set it.</summary>
/// <param name="Value">The normalised value (see <see cref="RecordRules.Normalise"/>), or null when cleared.</param>
/// <param name="AsOf">When the source said so; a later update of the field wins.</param>
public readonly record struct FieldValue(object? Value, DateTimeOffset AsOf);
