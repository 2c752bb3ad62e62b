namespace Dashboard.Browser.Tests;

/// <summary>wwwroot/js/fit.js: a number grows or shrinks until it fills its tile without spilling over.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FitModuleTests(BrowserFixture browser)
{
    [Theory]
    // Measured 200x100 at 100 px in a 400x300 box: width allows x2, height x3, so x2 = 200 px.
    [InlineData(200, 100, 400, 300, 200)]
    // Measured 500x100 in a 250x300 box: width allows x0.5 = 50 px.
    [InlineData(500, 100, 250, 300, 50)]
    // Measured 100x100 in a 1000x150 box: height allows x1.5 = 150 px.
    [InlineData(100, 100, 1000, 150, 150)]
    public async Task FittedFontSize_TextAndBox_ScalesByTheTighterSide(double contentWidth, double contentHeight, double boxWidth, double boxHeight, double expected)
    {
        var modules = await browser.GetModulePageAsync();

        var size = await modules.EvaluateAsync<double>("fit.js", "(m, a) => m.fittedFontSize({ fontSize: 100, ...a })", new { contentWidth, contentHeight, boxWidth, boxHeight });

        Assert.Equal(expected, size);
    }

    [Fact]
    public async Task FittedFontSize_OutsideItsLimits_IsKeptWithinThem()
    {
        var modules = await browser.GetModulePageAsync();

        // 100x100 in 10000x10000 would be x100 = 10 000 px; capped at 300. In 1x1 it would be 1 px; raised to 8.
        var sizes = await modules.EvaluateAsync<double[]>("fit.js", """
            m => [m.fittedFontSize({ fontSize: 100, contentWidth: 100, contentHeight: 100, boxWidth: 10000, boxHeight: 10000, maximum: 300 }),
                  m.fittedFontSize({ fontSize: 100, contentWidth: 100, contentHeight: 100, boxWidth: 1, boxHeight: 1, minimum: 8 })]
            """);

        Assert.Equal([300, 8], sizes);
    }

    [Fact]
    public async Task FitText_LongNumberInANarrowBox_FitsWithinTheBox()
    {
        await using var page = await ModulePage.OpenAsync(browser, ModulePage.TilesDocument);

        var result = await page.EvaluateAsync<double[]>("fit.js", """
            m => {
              const box = document.createElement('div');
              box.style.cssText = 'width: 300px; height: 200px; display: flex; align-items: center';
              box.innerHTML = '<p style="margin: 0; white-space: nowrap; line-height: 1">12 345 678</p>';
              document.body.append(box);
              const text = box.firstElementChild;
              m.fitText(text, box);
              const measured = text.getBoundingClientRect();
              return [measured.width, measured.height, parseFloat(text.style.fontSize)];
            }
            """);

        Assert.InRange(result[0], 250, 300);
        Assert.InRange(result[1], 1, 200);
        Assert.True(result[2] > 16, $"font size {result[2]} px");
    }
}
