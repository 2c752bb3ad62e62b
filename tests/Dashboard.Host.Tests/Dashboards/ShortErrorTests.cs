using Dashboard.Host.Dashboards.Snapshots;

namespace Dashboard.Host.Tests.Dashboards;

public sealed class ShortErrorTests
{
    [Fact]
    public void Of_ErrorWithExceptionTypeAndSecondLine_FirstLineWithoutTheTypeName()
    {
        var shown = ShortError.Of("Plugin 'feedback' failed: IOException: The share is offline.\n   at Feedback.Read()");

        Assert.Equal("Plugin 'feedback' failed: The share is offline.", shown);
    }

    [Fact]
    public void Of_PluginErrorWithNamespacedTypeAndFrame_OnlyTheWords()
    {
        var shown = ShortError.Of("Plugin 'feedback' failed: System.IO.IOException: The share is offline. at Acme.Feedback.Reader.Read in /src/Reader.cs:line 42");

        Assert.Equal("Plugin 'feedback' failed: The share is offline.", shown);
    }

    [Fact]
    public void Of_LongerThanATile_CutAtAWordWithAnEllipsis()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 30));

        var shown = ShortError.Of(words)!;

        // "word " repeats every 5 characters, so spaces stand at 4, 9, ..., 89: the last one within 90 characters, at 89, ends word 18.
        Assert.Equal(string.Join(' ', Enumerable.Repeat("word", 18)) + "…", shown);
        Assert.True(shown.Length <= ShortError.MaxLength);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Of_NoError_Null(string? error) => Assert.Null(ShortError.Of(error));
}
