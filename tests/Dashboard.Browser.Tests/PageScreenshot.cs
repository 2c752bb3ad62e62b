using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>
/// Saves a page as a full-HD picture beside the test binaries; with DASHBOARD_UPDATE_SCREENSHOT=1 it also replaces
/// docs/images/&lt;name&gt;.png (the README's and the docs' screenshots), never on an ordinary run, so tests leave the tree clean.
/// </summary>
public static class PageScreenshot
{
    public const string UpdateVariable = "DASHBOARD_UPDATE_SCREENSHOT";

    public static async Task SaveAsync(IPage page, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new() { Path = path });
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var docsImage = Path.Combine(RepositoryPaths.Root, "docs", "images", name + ".png");
            Directory.CreateDirectory(Path.GetDirectoryName(docsImage)!);
            File.Copy(path, docsImage, overwrite: true);
        }
    }
}
