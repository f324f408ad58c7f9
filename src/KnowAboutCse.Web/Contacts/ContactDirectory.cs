using System.Collections.Frozen;
using KnowAboutCse.Web.Translations;

namespace KnowAboutCse.Web.Contacts;

/// <summary>Every contact from <c>content/data/contacts.yml</c>, in file order, looked up by id, and the bank holidays their hours depend on.</summary>
public sealed class ContactDirectory
{
    private readonly FrozenDictionary<string, Contact> byId;
    private readonly UiText? words;

    /// <param name="contacts">The valid contacts.</param>
    /// <param name="brokenIds">Ids declared in the file whose entries have problems (already reported), so
    /// references to them are not reported a second time as unknown.</param>
    /// <param name="bankHolidays">The days council offices close; none when not given.</param>
    /// <param name="words">The words cards and opening hours are written in (<see cref="In"/>).</param>
    public ContactDirectory(IReadOnlyList<Contact> contacts, IEnumerable<string>? brokenIds = null, BankHolidays? bankHolidays = null, UiText? words = null)
    {
        this.words = words;
        All = contacts;
        BankHolidays = bankHolidays ?? BankHolidays.None;
        byId = contacts.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        BrokenIds = (brokenIds ?? []).ToFrozenSet(StringComparer.Ordinal);
    }

    public FrozenSet<string> BrokenIds { get; }

    /// <summary>
    /// The layout's words that <see cref="ContactHtml"/> writes these contacts' cards, numbers and hours in:
    /// English for the site, a translation's language for its pages (<see cref="In"/>).
    /// </summary>
    public UiText Words => words ?? throw new InvalidOperationException("These contacts were loaded without the site's strings: use In(words).");

    /// <summary>The same contacts, written in <paramref name="language"/>'s words.</summary>
    public ContactDirectory In(UiText language) => new(All, BrokenIds, BankHolidays, language);

    public IReadOnlyList<Contact> All { get; }

    /// <summary>The bank holidays in England and Wales (<c>data/bank-holidays.yml</c>), which opening hours are read with.</summary>
    public BankHolidays BankHolidays { get; }

    public Contact this[string id] => byId[id];

    public bool TryGet(string id, out Contact contact) => byId.TryGetValue(id, out contact!);

    public Contact? OutOfHoursFor(Contact contact) =>
        contact.OutOfHoursId is { } id && byId.TryGetValue(id, out var other) ? other : null;
}
