using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Tools;

namespace KnowAboutCse.Tests.Tools;

public sealed class ContactFinderTests
{
    private static readonly KnowAboutCse.Web.Contacts.ContactDirectory Contacts = ContentLoader.Load(RepoPaths.Content).Contacts;

    /// <summary>A Wednesday in November (GMT, UTC+0), 10:00 UK time: every office is open.</summary>
    private static readonly DateTimeOffset WednesdayMorning = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The same Wednesday at 20:00 UK time: offices closed.</summary>
    private static readonly DateTimeOffset WednesdayEvening = new(2026, 11, 25, 20, 0, 0, TimeSpan.Zero);

    private static ContactAdvice Find(Where where, Urgency urgency, Asker asker = Asker.Adult, DateTimeOffset? now = null) =>
        ContactFinder.Find(where, urgency, asker, Contacts, now ?? WednesdayMorning);

    [Theory]
    [InlineData(Where.Staffordshire)]
    [InlineData(Where.StokeOnTrent)]
    [InlineData(Where.ElsewhereInUk)]
    [InlineData(Where.NotSure)]
    public void Find_DangerNow_Is999WhereverTheChildLives(Where where)
    {
        var advice = Find(where, Urgency.DangerNow);

        Assert.Equal("999", advice.First.Phone);
        Assert.Null(advice.OfficeOpen);
    }

    [Theory]
    [InlineData(Where.Staffordshire, "scas")]
    [InlineData(Where.StokeOnTrent, "stoke-front-door")]
    public void Find_WorriedInOfficeHours_IsTheCouncilTeam(Where where, string id)
    {
        var advice = Find(where, Urgency.Worried);

        Assert.Equal(id, advice.First.Id);
        Assert.True(advice.OfficeOpen);
    }

    [Theory]
    [InlineData(Where.Staffordshire, "staffordshire-eds", "scas")]
    [InlineData(Where.StokeOnTrent, "stoke-edt", "stoke-front-door")]
    public void Find_WorriedOutOfHours_IsTheOutOfHoursTeamWithTheOfficeAsAnAlternative(Where where, string first, string office)
    {
        var advice = Find(where, Urgency.Worried, now: WednesdayEvening);

        Assert.Equal(first, advice.First.Id);
        Assert.False(advice.OfficeOpen);
        Assert.Contains(advice.Alternatives, c => c.Id == office);
    }

    [Fact]
    public void Find_ElsewhereInTheUk_IsPolice101ThenNspcc()
    {
        var advice = Find(Where.ElsewhereInUk, Urgency.Worried);

        Assert.Equal("101", advice.First.Phone);
        Assert.Equal(["nspcc"], advice.Alternatives.Select(c => c.Id));
    }

    [Fact]
    public void Find_NotSureWhere_IsPoliceWithBothCouncilsAsAlternatives()
    {
        var advice = Find(Where.NotSure, Urgency.Worried);

        Assert.Equal("police-non-emergency", advice.First.Id);
        Assert.Equal(["scas", "stoke-front-door", "nspcc"], advice.Alternatives.Select(c => c.Id));
    }

    [Fact]
    public void Find_AdultWantingAdvice_IsTheNspcc()
    {
        Assert.Equal("nspcc", Find(Where.Staffordshire, Urgency.Advice).First.Id);
    }

    [Fact]
    public void Find_YoungPersonWantingAdvice_IsChildline()
    {
        Assert.Equal("childline", Find(Where.StokeOnTrent, Urgency.Advice, Asker.YoungPerson).First.Id);
    }

    [Theory]
    [InlineData(Urgency.DangerNow)]
    [InlineData(Urgency.Worried)]
    public void Find_YoungPerson_AlwaysAlsoSeesChildline(Urgency urgency)
    {
        Assert.Contains(Find(Where.Staffordshire, urgency, Asker.YoungPerson).Alternatives, c => c.Id == "childline");
    }

    [Theory]
    // Friday in summer (BST, UTC+1): SCAS closes at 16:30 UK time, which is 15:30 UTC.
    [InlineData("2026-07-10T15:29:00Z", true)]
    [InlineData("2026-07-10T15:30:00Z", false)]
    // Monday in winter (GMT): opens at 08:00 UK time = 08:00 UTC.
    [InlineData("2026-11-30T07:59:00Z", false)]
    [InlineData("2026-11-30T08:00:00Z", true)]
    // Thursday 17:29 and 17:30 UK time in summer.
    [InlineData("2026-07-09T16:29:00Z", true)]
    [InlineData("2026-07-09T16:30:00Z", false)]
    // The clocks go forward at 01:00 UTC on Sunday 29 March 2026; Monday 30 March 07:30 UTC is 08:30 UK time.
    [InlineData("2026-03-30T07:30:00Z", true)]
    [InlineData("2026-03-27T07:30:00Z", false)]
    // Weekends are closed.
    [InlineData("2026-11-28T10:00:00Z", false)]
    public void IsOpen_ReadsTheUkClockIncludingDaylightSaving(string utc, bool open)
    {
        var now = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(open, ContactFinder.IsOpen(Contacts["scas"].Opening, now));
    }
}
