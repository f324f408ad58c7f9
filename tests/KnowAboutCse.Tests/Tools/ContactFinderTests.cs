using System.Globalization;
using AngleSharp.Html.Parser;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Contacts;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Tools;

namespace KnowAboutCse.Tests.Tools;

/// <summary>The routes in content/data/who-to-contact.yml, and the rule that a closed line is never first without a word.</summary>
public sealed class ContactFinderTests
{
    private static readonly ContentSnapshot Content = ContentLoader.Load(RepoPaths.Content);
    private static readonly ContactDirectory Contacts = Content.Contacts;
    private static readonly WhoToContactData Data = Content.Tools.WhoToContact;

    /// <summary>A Wednesday in November (GMT, UTC+0), 10:00 UK time: every office is open.</summary>
    private static readonly DateTimeOffset WednesdayMorning = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The same Wednesday at 20:00 UK time: offices closed.</summary>
    private static readonly DateTimeOffset WednesdayEvening = new(2026, 11, 25, 20, 0, 0, TimeSpan.Zero);

    /// <summary>Moments across a week, both clocks, and the edges of opening hours.</summary>
    private static readonly DateTimeOffset[] Week =
    [
        WednesdayMorning, WednesdayEvening,
        new(2026, 11, 27, 16, 45, 0, TimeSpan.Zero), // Friday 16:45 GMT: SCAS (16:30) and the Front Door closed
        new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero),  // Saturday
        new(2026, 11, 29, 23, 30, 0, TimeSpan.Zero), // Sunday night: the NSPCC phone line closed too
        new(2026, 11, 30, 7, 59, 0, TimeSpan.Zero),  // Monday 07:59, a minute before SCAS opens
        new(2026, 7, 10, 15, 29, 0, TimeSpan.Zero),  // Friday in summer (BST), 16:29 UK time
    ];

    private static ContactAdvice Find(string where, string urgency, string who = "adult", DateTimeOffset? now = null) =>
        ContactFinder.Find(Data, new Dictionary<string, string> { ["where"] = where, ["urgency"] = urgency, ["who"] = who }, Contacts, now ?? WednesdayMorning);

    /// <summary>Every combination of the form's answers.</summary>
    public static TheoryData<string, string, string> EveryAnswer()
    {
        var data = new TheoryData<string, string, string>();
        var options = Data.Questions.ToDictionary(q => q.Id, q => q.Options.Select(o => o.Value).ToList());
        foreach (var where in options["where"])
        {
            foreach (var urgency in options["urgency"])
            {
                foreach (var who in options["who"])
                {
                    data.Add(where, urgency, who);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryAnswer))]
    public void Find_AnyAnswerAtAnyTime_NeverPutsAClosedLineFirstWithoutSayingSoAndNamingAnOpenOne(string where, string urgency, string who)
    {
        foreach (var now in Week)
        {
            var advice = Find(where, urgency, who, now);

            var firstOpen = ContactHours.IsOpen(advice.First, now, Contacts);
            Assert.True(firstOpen != false || advice.ClosedHtml is not null, $"{advice.First.Id} is closed at {now:u} and nothing says so");
            if (ContactHours.IsOpen(Contacts[advice.Route.First], now, Contacts) == false)
            {
                Assert.NotNull(advice.ClosedHtml);
                Assert.True(firstOpen == true || advice.Alternatives.Any(c => ContactHours.IsOpen(c, now, Contacts) == true),
                    $"no open route is given at {now:u} for {where}/{urgency}/{who}");
            }
        }
    }

    [Theory]
    [InlineData("staffordshire")]
    [InlineData("stoke-on-trent")]
    [InlineData("elsewhere-in-uk")]
    [InlineData("not-sure")]
    public void Find_DangerNow_Is999WhereverTheChildLives(string where)
    {
        var advice = Find(where, "danger-now");

        Assert.Equal("999", advice.First.Phone);
        Assert.Null(advice.ClosedHtml);
    }

    [Theory]
    [InlineData("staffordshire", "scas")]
    [InlineData("stoke-on-trent", "stoke-front-door")]
    public void Find_WorriedInOfficeHours_IsTheCouncilTeam(string where, string id)
    {
        var advice = Find(where, "worried");

        Assert.Equal(id, advice.First.Id);
        Assert.Null(advice.ClosedHtml);
        Assert.True(advice.ShowHoursNote);
    }

    [Theory]
    [InlineData("staffordshire", "staffordshire-eds", "scas", "SCAS is closed now, so the Emergency Duty Service is shown first. SCAS opens again at 8am tomorrow.")]
    [InlineData("stoke-on-trent", "stoke-edt", "stoke-front-door", "The Integrated Front Door is closed now, so the Emergency Duty Team is shown first. The Integrated Front Door opens again at 8:30am tomorrow.")]
    public void Find_WorriedOutOfHours_PutsTheOutOfHoursTeamFirstAndSaysWhy(string where, string first, string office, string notice)
    {
        var advice = Find(where, "worried", now: WednesdayEvening);

        Assert.Equal(first, advice.First.Id);
        Assert.Equal(office, advice.Alternatives[0].Id);
        Assert.Equal(notice, new HtmlParser().ParseDocument(advice.ClosedHtml!).Body!.TextContent.Trim());
    }

    [Fact]
    public void Find_CouncilClosedOnSaturday_SaysItOpensOnMonday()
    {
        var advice = Find("staffordshire", "worried", now: new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));

        Assert.Contains("SCAS opens again at 8am on Monday.", advice.ClosedHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ElsewhereInTheUk_IsPolice101ThenNspcc()
    {
        var advice = Find("elsewhere-in-uk", "worried");

        Assert.Equal("101", advice.First.Phone);
        Assert.Equal(["nspcc"], advice.Alternatives.Select(c => c.Id));
    }

    [Fact]
    public void Find_NotSureWhere_IsPoliceWithBothCouncilsAsAlternatives()
    {
        var advice = Find("not-sure", "worried");

        Assert.Equal("police-non-emergency", advice.First.Id);
        Assert.Equal(["scas", "stoke-front-door", "nspcc"], advice.Alternatives.Select(c => c.Id));
    }

    [Fact]
    public void Find_AdultWantingAdviceLateAtNight_IsTheNspccWhoseEmailIsOpenThoughItsPhoneIsNot()
    {
        var night = new DateTimeOffset(2026, 11, 29, 23, 30, 0, TimeSpan.Zero);

        var advice = Find("staffordshire", "advice", now: night);

        Assert.Equal("nspcc", advice.First.Id);
        Assert.Null(advice.ClosedHtml);
        var card = new HtmlParser().ParseDocument(ContactHtml.Card(advice.First, Contacts, night));
        Assert.Contains("Closed now", card.QuerySelector(".contact-card__channel--phone")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Open now", card.QuerySelector(".contact-card__channel--email")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_YoungPersonWantingAdvice_IsChildline()
    {
        Assert.Equal("childline", Find("stoke-on-trent", "advice", "young-person").First.Id);
    }

    [Theory]
    [InlineData("danger-now")]
    [InlineData("missing")]
    public void Find_YoungPersonInDanger_Sees999FirstAndChildlineToo(string urgency)
    {
        var advice = Find("staffordshire", urgency, "young-person");

        Assert.Equal("police-emergency", advice.First.Id);
        Assert.Contains(advice.Alternatives, c => c.Id == "childline");
    }

    [Theory]
    [InlineData("staffordshire", "scas")]
    [InlineData("stoke-on-trent", "stoke-front-door")]
    public void Find_YoungPersonWorried_IsChildlineFirstWithTheirCouncilAndCeop(string where, string council)
    {
        var advice = Find(where, "worried", "young-person");

        Assert.Equal("childline", advice.First.Id);
        Assert.Equal([council, "police-non-emergency", "ceop"], advice.Alternatives.Select(c => c.Id));
    }

    [Theory]
    [InlineData("adult")]
    [InlineData("young-person")]
    public void Find_ChildMissing_Is999AndSays101OnlyIfTheyAreSafe(string who)
    {
        var advice = Find("not-sure", "missing", who);

        Assert.Equal("police-emergency", advice.First.Id);
        Assert.Contains("If you know where they are and that they are safe", advice.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ClosedWithNoOutOfHoursLine_SaysSoAndPutsAnOpenAlternativeFirst()
    {
        var (data, contacts) = SmallFinder();

        var advice = ContactFinder.Find(data, new Dictionary<string, string>(), contacts, WednesdayEvening);

        Assert.Equal("office", advice.First.Id);
        Assert.Equal("childline", advice.Alternatives[0].Id);
        Assert.Equal("<p>County office is closed now. It opens again at 8am tomorrow. If you need to talk to someone now, Childline is open.</p>\n", advice.ClosedHtml);
    }

    [Fact]
    public void Find_ClosedAndNothingElseOpen_SaysWhenItOpens()
    {
        var (data, contacts) = SmallFinder(also: []);

        var advice = ContactFinder.Find(data, new Dictionary<string, string>(), contacts, WednesdayEvening);

        Assert.Equal("<p>County office is closed now. It opens again at 8am tomorrow.</p>\n", advice.ClosedHtml);
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
        var now = DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

        Assert.Equal(open, ContactHours.IsOpen(Contacts["scas"], now, Contacts));
        Assert.Equal(!open, ContactHours.IsOpen(Contacts["staffordshire-eds"], now, Contacts));
    }

    /// <summary>One route to an office with set hours and no out-of-hours line.</summary>
    private static (WhoToContactData Data, ContactDirectory Contacts) SmallFinder(string[]? also = null)
    {
        var contacts = new ContactDirectory([SampleContacts.Childline, SampleContacts.Office with { OutOfHoursId = null }]);
        Prose P(string text) => Prose.Read(text, "test", "test.yml", 1, contacts, new HashSet<string>(), [])!;
        var data = new WhoToContactData(
            [],
            "Towns",
            [new FinderRoute(new FinderCondition(new Dictionary<string, IReadOnlyList<string>>()), "office", P("Call the office."), also ?? ["childline"], 1)],
            [],
            new FinderClosedTexts(
                P("{closed} is closed now, so {open} is shown first."),
                P("{closed} is closed now. It opens again {opens}. If you need to talk to someone now, {open} is open."),
                P("{closed} is closed now. It opens again {opens}."),
                1),
            P("Hours are UK time."),
            "First",
            "Others");
        return (data, contacts);
    }
}
