using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Content.Checks;

namespace KnowAboutCse.Web.Translations;

/// <summary>
/// What the content check says about translations, on top of what loading enforces: a translation whose
/// English text has changed since (with the hash to copy once it is brought up to date), one no qualified
/// speaker has signed off yet, and layout words a language still shows in English.
/// </summary>
internal static class TranslationChecks
{
    public static IEnumerable<Finding> Check(ContentSnapshot snapshot, string contentRoot)
    {
        foreach (var language in snapshot.Languages.All.Where(l => !l.IsEnglish))
        {
            var kit = Path.Combine(contentRoot, language.Code, Schools.KitFiles.Folder);
            foreach (var file in Directory.Exists(kit) ? Directory.EnumerateFiles(kit).Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
            {
                yield return new Finding($"{language.Code}/{Schools.KitFiles.Folder}/{Path.GetFileName(file)}", 1, Severity.Warning,
                    "translations of the schools kit are not served yet: the site shows only the English letter and posters");
            }
        }

        foreach (var page in snapshot.Languages.Pages)
        {
            var translation = page.Translation!;
            if (translation.IsOutOfDate)
            {
                yield return new Finding(page.SourcePath, translation.SourceHashLine, Severity.Warning,
                    $"{translation.Source.SourcePath} has changed since this was translated (its source_hash is now {translation.CurrentHash}): " +
                    $"update the {translation.Language.EnglishName} to match, then set source_hash: {translation.CurrentHash}. Until then the page says it may be out of date");
            }

            if (!translation.IsReviewed)
            {
                yield return new Finding(page.SourcePath, 1, Severity.Warning,
                    $"no qualified {translation.Language.EnglishName} speaker has checked this translation yet: the page says so until 'reviewed_by' and 'reviewed_on' are set");
            }
        }

        foreach (var language in snapshot.Languages.All.Where(l => !l.IsEnglish))
        {
            foreach (var key in snapshot.Languages.Words(language.Code).MissingKeys)
            {
                yield return new Finding(snapshot.Languages.StringsFiles[language.Code], 1, Severity.Warning,
                    $"'{key}' is not translated: {language.EnglishName} pages show it in English");
            }
        }
    }
}
