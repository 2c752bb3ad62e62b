namespace Dashboard.Browser.Tests;

/// <summary>wwwroot/js/i18n.js: everything the wall says, in English and Finnish.</summary>
[Collection(BrowserCollection.Name)]
public sealed class I18nModuleTests(BrowserFixture browser)
{
    [Fact]
    public async Task MissingKeys_BothLanguages_HaveEveryText()
    {
        var modules = await browser.GetModulePageAsync();

        Assert.Empty(await modules.EvaluateAsync<string[]>("i18n.js", "m => m.missingKeys()"));
    }

    [Theory]
    [InlineData("fi", "Suljettu|Liian vähän vastauksia (3)|päivitetty 3 min sitten|fi-FI")]
    [InlineData("en", "Closed|Too few answers (3)|updated 3 min ago|en-GB")]
    [InlineData("sv", "Closed|Too few answers (3)|updated 3 min ago|en-GB")]
    [InlineData(null, "Closed|Too few answers (3)|updated 3 min ago|en-GB")]
    public async Task CreateTexts_Language_ItsWordsOrEnglish(string? language, string expected)
    {
        var modules = await browser.GetModulePageAsync();

        var texts = await modules.EvaluateAsync<string>("i18n.js", """
            (m, language) => {
              const texts = m.createTexts(language);
              const ago = new Intl.RelativeTimeFormat(texts.locale, { style: 'short', numeric: 'always' }).format(-3, 'minute');
              return [texts.t('closed'), texts.t('tooFewAnswers', { count: 3 }), texts.t('updatedAgo', { ago }), texts.locale].join('|');
            }
            """, language);

        Assert.Equal(expected, texts);
    }
}
