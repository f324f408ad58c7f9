using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Content.Checks;

namespace KnowAboutCse.Web.Translations;

/// <summary>
/// What the content check says about translations, on top of what loading enforces: a translation whose
/// English text has changed since (with the hash to copy once it is brought up to date), one no qualified
/// speaker has signed off yet, a translated letter without all of the English letter's placeholders, and layout words a
/// language still shows in English.
/// </summary>
internal static class TranslationChecks
{
    public static IEnumerable<Finding> Check(ContentSnapshot snapshot)
    {
        // A posters file's translation serves one page per poster: say each thing once per file.
        var translations = snapshot.Languages.Pages.Select(p => p.Translation!)
            .Concat(snapshot.Kit?.Translations.Select(t => t.Translation) ?? [])
            .DistinctBy(t => t.File, StringComparer.Ordinal);
        foreach (var translation in translations)
        {
            if (translation.IsOutOfDate)
            {
                yield return new Finding(translation.File, translation.SourceHashLine, Severity.Warning,
                    $"{translation.SourceFile} has changed since this was translated (its source_hash is now {translation.CurrentHash}): " +
                    $"update the {translation.Language.EnglishName} to match, then set source_hash: {translation.CurrentHash}. Until then the page says it may be out of date");
            }

            if (!translation.IsReviewed)
            {
                yield return new Finding(translation.File, 1, Severity.Warning,
                    $"no qualified {translation.Language.EnglishName} speaker has checked this translation yet: the page says so until 'reviewed_by' and 'reviewed_on' are set");
            }
        }

        // Not a start-up error, so that adding a number to the English letter is never blocked by its translations.
        foreach (var (translation, letter) in snapshot.Kit?.Translations.Where(t => t.Letter is not null).Select(t => (t.Translation, t.Letter!)) ?? [])
        {
            var missing = snapshot.Kit!.Letter.Slots.Except(letter.Slots, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var extra = letter.Slots.Except(snapshot.Kit.Letter.Slots, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (missing.Count + extra.Count > 0)
            {
                yield return new Finding(translation.File, 1, Severity.Warning,
                    "the translated letter should use the same {{…}} as the English one, so no number, opening hours or address is lost" +
                    (missing.Count > 0 ? $"; it lacks {string.Join(", ", missing)}" : string.Empty) +
                    (extra.Count > 0 ? $"; the English letter has no {string.Join(", ", extra)}" : string.Empty));
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
