using System.Collections.Frozen;

namespace KnowAboutCse.Web.Contacts;

/// <summary>Every contact from <c>content/data/contacts.yml</c>, in file order, looked up by id.</summary>
public sealed class ContactDirectory
{
    private readonly FrozenDictionary<string, Contact> byId;

    /// <param name="contacts">The valid contacts.</param>
    /// <param name="brokenIds">Ids declared in the file whose entries have problems (already reported), so
    /// references to them are not reported a second time as unknown.</param>
    public ContactDirectory(IReadOnlyList<Contact> contacts, IEnumerable<string>? brokenIds = null)
    {
        All = contacts;
        byId = contacts.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        BrokenIds = (brokenIds ?? []).ToFrozenSet(StringComparer.Ordinal);
    }

    public FrozenSet<string> BrokenIds { get; }

    public IReadOnlyList<Contact> All { get; }

    public Contact this[string id] => byId[id];

    public bool TryGet(string id, out Contact contact) => byId.TryGetValue(id, out contact!);

    public Contact? OutOfHoursFor(Contact contact) =>
        contact.OutOfHoursId is { } id && byId.TryGetValue(id, out var other) ? other : null;
}
