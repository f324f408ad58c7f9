using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Web.Translations;

/// <summary>What makes a page a translation: its language, the English page it translates, and how far it can be trusted.</summary>
/// <param name="Source">The English page it translates.</param>
/// <param name="SourceHash">The <see cref="Translations.SourceHash"/> of the English text it was made from, as written.</param>
/// <param name="SourceHashLine">The line of <c>source_hash</c> in the translation, for the content check.</param>
/// <param name="CurrentHash">The hash of the English file as it is now.</param>
public sealed record Translation(
    Language Language,
    ContentPage Source,
    string Translator,
    DateOnly TranslatedOn,
    string? ReviewedBy,
    DateOnly? ReviewedOn,
    string SourceHash,
    int SourceHashLine,
    string CurrentHash)
{
    /// <summary>Signed off by a qualified speaker (<c>reviewed_by</c> and <c>reviewed_on</c>).</summary>
    public bool IsReviewed => ReviewedBy is not null;

    /// <summary>The English text has changed since the translation was made.</summary>
    public bool IsOutOfDate => SourceHash != CurrentHash;
}
