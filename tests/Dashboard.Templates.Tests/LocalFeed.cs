using System.Reflection;

namespace Dashboard.Templates.Tests;

/// <summary>
/// A temporary folder acting as a plugin author's machine: a package feed holding the packed Dashboard packages, a
/// template hive, and a nuget.config that takes those packages from the feed (and the rest from the machine's sources).
/// </summary>
public sealed class LocalFeed : IDisposable
{
    private static readonly string[] PackedProjects =
    [
        "sdk/Dashboard.Sdk/Dashboard.Sdk.csproj",
        "sdk/Dashboard.Sdk.Testing/Dashboard.Sdk.Testing.csproj",
        "templates/Dashboard.Templates.csproj",
    ];

    public LocalFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "dashboard-template-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Work);
    }

    public string Root { get; }

    public string Feed => Path.Combine(Root, "feed");

    public string Hive => Path.Combine(Root, "hive");

    /// <summary>Where the author works; nuget.config is written here.</summary>
    public string Work => Path.Combine(Root, "work");

    public static string RepoRoot => Metadata("RepoRoot");

    /// <summary>Packs the SDK, its test kit and the templates as built for these tests.</summary>
    public async Task PackAsync()
    {
        foreach (var project in PackedProjects)
        {
            await DotnetCli.RunAsync(RepoRoot, "pack", project, "--no-build", "--configuration", Metadata("Configuration"), "--output", Feed);
        }

        // A private package folder, so the packages just packed are used and not a same-numbered copy from an earlier
        // run; packages the machine already has are found in its own folder.
        var machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(Work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(Root, "packages")}" />
              </config>
              <fallbackPackageFolders>
                <add key="machine" value="{machinePackages}" />
              </fallbackPackageFolders>
              <packageSources>
                <add key="dashboard-local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>The packed package files, by file name.</summary>
    public IReadOnlyList<string> Packages => [.. Directory.GetFiles(Feed, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; a test must not fail on cleanup.
        }
    }

    private static string Metadata(string key) =>
        typeof(LocalFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;
}
