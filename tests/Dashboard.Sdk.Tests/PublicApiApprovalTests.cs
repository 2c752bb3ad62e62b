using Dashboard.Sdk;
using PublicApiGenerator;

namespace Dashboard.Sdk.Tests;

/// <summary>
/// Locks the SDK's public surface: plugins compile against it, so any change must be deliberate.
/// To approve a change, copy the written <c>.received.txt</c> over <c>Dashboard.Sdk.approved.txt</c> and
/// raise <see cref="SdkInfo.Version"/> (minor for an addition, major for a break).
/// </summary>
public sealed class PublicApiApprovalTests
{
    [Fact]
    public void PublicApi_ComparedWithApprovedFile_IsUnchanged()
    {
        var approvedPath = Path.Combine(ProjectFolder(), "Dashboard.Sdk.approved.txt");
        var actual = Normalise(typeof(IMetricPlugin).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }));
        var approved = File.Exists(approvedPath) ? Normalise(File.ReadAllText(approvedPath)) : "";

        if (actual != approved)
        {
            var receivedPath = Path.Combine(ProjectFolder(), "Dashboard.Sdk.received.txt");
            File.WriteAllText(receivedPath, actual);
            Assert.Fail($"The SDK's public API changed. Review {receivedPath}; if the change is intended, copy it over {approvedPath} and raise SdkInfo.Version.");
        }
    }

    [Fact]
    public void SdkInfo_Version_MatchesTheAssemblyVersion()
    {
        var assemblyVersion = typeof(IMetricPlugin).Assembly.GetName().Version!;

        Assert.Equal(SdkInfo.Version, $"{assemblyVersion.Major}.{assemblyVersion.Minor}.{assemblyVersion.Build}");
        Assert.Equal(SdkInfo.Major, assemblyVersion.Major);
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n";

    private static string ProjectFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Dashboard.Sdk.Tests.csproj")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Dashboard.Sdk.Tests.csproj not found above " + AppContext.BaseDirectory);
    }
}
