namespace KnowAboutCse.Web.Contacts;

/// <summary>
/// The contacts the layout and error pages show on every page. Content loading fails
/// if any is missing from the data file, so the emergency line can never silently vanish.
/// </summary>
public static class KeyContacts
{
    public const string Emergency = "police-emergency";
    public const string Childline = "childline";
    public const string Nspcc = "nspcc";

    /// <summary>The footer's quick list, in the order shown.</summary>
    public static readonly IReadOnlyList<string> Footer =
        [Emergency, "police-non-emergency", Childline, Nspcc, "scas", "stoke-front-door"];

    /// <summary>The cards on the 404 and error pages.</summary>
    public static readonly IReadOnlyList<string> HelpNow = [Emergency, Childline, Nspcc];

    public static IEnumerable<string> All => Footer.Union(HelpNow);
}
