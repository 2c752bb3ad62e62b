using System.Globalization;
using System.Text;

namespace Dashboard.Host.Plugins;

/// <summary>What a plugin folder's files are now (names, sizes, write times), to see whether it changed or is still being written.</summary>
public static class PluginFolderFingerprint
{
    /// <summary>The folder's fingerprint, or null when it vanished while being read.</summary>
    public static string? Of(string folder)
    {
        try
        {
            var text = new StringBuilder();
            foreach (var file in new DirectoryInfo(folder).GetFiles("*", SearchOption.AllDirectories).OrderBy(file => file.FullName, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"{Path.GetRelativePath(folder, file.FullName)}|{file.Length}|{file.LastWriteTimeUtc.Ticks}\n");
            }

            return text.ToString();
        }
        catch (Exception exception) when (exception is DirectoryNotFoundException or FileNotFoundException)
        {
            return null;
        }
    }
}
