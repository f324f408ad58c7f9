namespace KnowAboutCse.Web.Translations;

/// <summary>What makes a page or kit file a translation: its language, the English it translates, and how far it can be trusted.</summary>
/// <param name="File">The translation's own file, relative to the content folder, for the content check.</param>
/// <param name="SourceFile">The English file it translates, relative to the content folder.</param>
/// <param name="SourceUrl">The address of the English page it translates.</param>
/// <param name="SourceHash">The <see cref="Translations.SourceHash"/> of the English text it was made from, as written.</param>
/// <param name="SourceHashLine">The line of <c>source_hash</c> in the translation, for the content check.</param>
/// <param name="CurrentHash">The hash of the English file as it is now.</param>
public sealed record Translation(
    Language Language,
    string File,
    string SourceFile,
    string SourceUrl,
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

    /// <summary>The translation's address: the English address under its language's code.</summary>
    public string Url => Language.PathOf(SourceUrl);

    /// <summary>The later of when it was translated and when it was checked, for the sitemap.</summary>
    public DateOnly LastChanged => ReviewedOn is { } r && r > TranslatedOn ? r : TranslatedOn;
}
