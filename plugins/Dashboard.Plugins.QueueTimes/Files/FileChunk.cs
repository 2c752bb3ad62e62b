namespace Dashboard.Plugins.QueueTimes.Files;

/// <summary>Whole lines read from a file in one go.</summary>
/// <param name="Source">The file's path, for problems.</param>
/// <param name="Text">The lines, each ending in a line break; empty when nothing new was complete.</param>
/// <param name="FirstLine">The 1-based line number of the first line.</param>
/// <param name="StartOffset">The byte offset the lines start at; 0 means the text starts with the file's first line.</param>
internal sealed record FileChunk(string Source, string Text, int FirstLine, long StartOffset);
