namespace Dashboard.Plugins.Feedback;

/// <summary>How far one CSV file of the watched folder has been read.</summary>
/// <param name="Offset">Bytes consumed: always the end of a whole line.</param>
/// <param name="Lines">Lines consumed, so that later problems name the file's own line numbers.</param>
/// <param name="HeadLength">How many of the file's first bytes <paramref name="Head"/> covers.</param>
/// <param name="Head">A hash of those bytes: when it changes, the file was replaced and is read again from its start.</param>
internal sealed record FileMark(long Offset, int Lines, int HeadLength, string Head);
