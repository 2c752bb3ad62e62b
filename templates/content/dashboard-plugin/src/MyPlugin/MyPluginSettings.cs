using System.ComponentModel.DataAnnotations;

namespace MyPlugin;

/// <summary>The settings an admin gives a collector of this plugin, as JSON: <c>{ "path": "/data/tickets.csv" }</c>.</summary>
public sealed class MyPluginSettings
{
    /// <summary>The CSV file to read: a header <c>id,received,closed,category</c>, then one ticket per line.</summary>
    [Required(ErrorMessage = "path: give the CSV file to read, e.g. /data/tickets.csv.")]
    public string? Path { get; set; }
}
