using KnowAboutCse.Web.Contacts;

namespace KnowAboutCse.Web.Tools;

public enum Where
{
    Staffordshire,
    StokeOnTrent,
    ElsewhereInUk,
    NotSure,
}

public enum Urgency
{
    DangerNow,
    Worried,
    Advice,
}

public enum Asker
{
    Adult,
    YoungPerson,
}

/// <param name="First">The one contact to use first.</param>
/// <param name="Reason">Why that one, in a sentence.</param>
/// <param name="OfficeOpen">For a council team: whether it is open now (UK time); null for other contacts.</param>
public sealed record ContactAdvice(Contact First, string Reason, IReadOnlyList<Contact> Alternatives, bool? OfficeOpen);

/// <summary>
/// "Who should I contact?" as a pure function of the answers, the contacts data and the
/// time. Opening hours are in UK time (Europe/London, daylight saving included).
/// </summary>
public static class ContactFinder
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static ContactAdvice Find(Where where, Urgency urgency, Asker asker, ContactDirectory contacts, DateTimeOffset now)
    {
        var police = contacts["police-non-emergency"];
        var nspcc = contacts[KeyContacts.Nspcc];
        var childline = contacts[KeyContacts.Childline];
        List<Contact> Others(params Contact[] list) =>
            [.. list.Concat(asker == Asker.YoungPerson ? [childline] : []).Distinct()];

        if (urgency == Urgency.DangerNow)
        {
            return new ContactAdvice(contacts[KeyContacts.Emergency], "A child in danger right now needs the police at once.",
                Others(police, nspcc), null);
        }

        if (asker == Asker.YoungPerson && urgency == Urgency.Advice)
        {
            return new ContactAdvice(childline, "Childline is free and private, and you can talk about anything.",
                [police, contacts["ceop"]], null);
        }

        var council = where switch
        {
            Where.Staffordshire => contacts["scas"],
            Where.StokeOnTrent => contacts["stoke-front-door"],
            _ => null,
        };

        if (council is null)
        {
            return where == Where.NotSure
                ? new ContactAdvice(police, "Staffordshire Police cover both Staffordshire and Stoke-on-Trent, so they can pass your worry to the right council.",
                    Others(contacts["scas"], contacts["stoke-front-door"], nspcc), null)
                : new ContactAdvice(police, "The police can take a report and pass it to the council where the child lives.",
                    Others(nspcc), null);
        }

        if (urgency == Urgency.Advice && asker == Asker.Adult)
        {
            return new ContactAdvice(nspcc, "The NSPCC helpline gives advice to any adult worried about a child.",
                Others(council, police), null);
        }

        var open = IsOpen(council.Opening, now);
        var outOfHours = contacts.OutOfHoursFor(council);
        return open || outOfHours is null
            ? new ContactAdvice(council, $"The child lives in {AreaName(where)}, so its children's services team is the right one, and it is open now.",
                Others(police, nspcc), true)
            : new ContactAdvice(outOfHours, $"The child lives in {AreaName(where)}. Its children's services office is closed now, so call the out-of-hours team.",
                Others(council, police, nspcc), false);
    }

    /// <summary>Whether a service is open at <paramref name="now"/>, read on the UK clock.</summary>
    public static bool IsOpen(IReadOnlyList<OpeningPeriod> opening, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, UkTime);
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        return opening.Any(p => p.Days.Contains(local.DayOfWeek) && time >= p.Opens && time < p.Closes);
    }

    private static string AreaName(Where where) => where == Where.StokeOnTrent ? "Stoke-on-Trent" : "Staffordshire";
}
