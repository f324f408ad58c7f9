using System.Globalization;
using AngleSharp.Html.Parser;
using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Contacts;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Tools;

namespace KnowAboutCse.Tests.Tools;

/// <summary>
/// The routes in content/data/who-to-contact.yml, the rule that a closed line is never first without a word,
/// the ways to get in touch, and opening hours on bank holidays.
/// </summary>
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
        EasterMonday,
        new(2026, 12, 25, 11, 0, 0, TimeSpan.Zero),  // Christmas Day, a Friday
        new(2026, 12, 28, 9, 0, 0, TimeSpan.Zero),   // the Boxing Day substitute, a Monday
    ];

    /// <summary>Easter Monday 2027 (a bank holiday), 10:00 UK time: British Summer Time began the day before, so 09:00 UTC.</summary>
    private static readonly DateTimeOffset EasterMonday = new(2027, 3, 29, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A Sunday at 21:00 UK time (GMT).</summary>
    private static readonly DateTimeOffset SundayEvening = new(2026, 11, 29, 21, 0, 0, TimeSpan.Zero);

    private static ContactAdvice Find(string where, string urgency, string who = "adult", DateTimeOffset? now = null, string how = "any") =>
        ContactFinder.Find(Data, new Dictionary<string, string> { ["where"] = where, ["urgency"] = urgency, ["who"] = who, ["how"] = how }, Contacts, now ?? WednesdayMorning);

    private static string Text(string? html) => new HtmlParser().ParseDocument(html ?? string.Empty).Body!.TextContent.Trim();

    private static IEnumerable<string> Values(string question) => Data.Questions.Single(q => q.Id == question).Options.Select(o => o.Value);

    /// <summary>Every combination of the form's answers.</summary>
    public static TheoryData<string, string, string, string> EveryAnswer()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var where in Values("where"))
        {
            foreach (var urgency in Values("urgency"))
            {
                foreach (var who in Values("who"))
                {
                    foreach (var how in Values("how"))
                    {
                        data.Add(where, urgency, who, how);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryAnswer))]
    public void Find_AnyAnswerAtAnyTime_NeverPutsAClosedLineFirstWithoutSayingSoAndNamingAnOpenOne(string where, string urgency, string who, string how)
    {
        foreach (var now in Week)
        {
            var advice = Find(where, urgency, who, now, how);

            var firstOpen = ContactHours.IsOpen(advice.First, now, Contacts);
            Assert.True(firstOpen != false || advice.ClosedHtml is not null, $"{advice.First.Id} is closed at {now:u} and nothing says so");
            if (ContactHours.IsOpen(Contacts[advice.Route.First], now, Contacts) == false)
            {
                Assert.NotNull(advice.ClosedHtml);
                Assert.True(firstOpen == true || advice.Alternatives.Any(c => ContactHours.IsOpen(c, now, Contacts) == true),
                    $"no open route is given at {now:u} for {where}/{urgency}/{who}/{how}");
            }

            if (advice.First.Id != advice.Route.First && advice.Ways?.MovedHtml is null)
            {
                // Only a closed line may be replaced without a word about the way asked for, and then the closed notice says why.
                Assert.NotNull(advice.ClosedHtml);
            }

            if (who == "young-person")
            {
                Assert.Contains(advice.Alternatives.Prepend(advice.First), c => c.Id == "childline");
            }
        }
    }

    /// <summary>Every combination of answers for a child in danger now or missing.</summary>
    public static TheoryData<string, string, string, string> EmergencyAnswers()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var row in EveryAnswer().Select(r => r.Data).Where(r => r.Item2 is "danger-now" or "missing"))
        {
            data.Add(row.Item1, row.Item2, row.Item3, row.Item4);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EmergencyAnswers))]
    public void Find_ChildInDangerOrMissing_Is999FirstWhateverTheWayAskedForAndWhenever(string where, string urgency, string who, string how)
    {
        foreach (var now in Week)
        {
            var advice = Find(where, urgency, who, now, how);

            Assert.Equal("police-emergency", advice.First.Id);
            Assert.Null(advice.ClosedHtml);
            Assert.Null(advice.Ways?.MovedHtml);
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
        var card = new HtmlParser().ParseDocument(ContactHtml.Card(advice.First, Contacts, new OpenNow(night, Data.Words.Now)));
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

    [Fact]
    public void Find_DangerNowAndCantSpeak_Is999WithHowToCallSilentlyAndTextingOnlyIfRegistered()
    {
        var advice = Find("staffordshire", "danger-now", how: "cant-speak");

        Assert.Equal("police-emergency", advice.First.Id);
        Assert.True(advice.Route.KeepFirst);
        var why = Text(advice.Why);
        Assert.Contains("Call 999 and stay on the line. On a mobile, press 55 when you are asked. From a landline, just stay on the line.", why, StringComparison.Ordinal);
        Assert.Contains("Pressing 55 does not tell the police where you are, so tell them where you are as soon as you safely can.", why, StringComparison.Ordinal);
        Assert.Contains("only if you have registered your phone with emergencySMS first", why, StringComparison.Ordinal);
        var text999 = Assert.Single(advice.Ways!.Items, i => i.Channel.Kind == ChannelKind.Text);
        Assert.Equal(("emergency-sms", "sms:999"), (text999.Contact.Id, text999.Channel.Href));
        Assert.StartsWith("You must register your mobile first.", text999.Channel.Note, StringComparison.Ordinal);
        Assert.DoesNotContain(advice.Ways.Items, i => i.Channel.Kind == ChannelKind.Phone); // 999's call is the first card, with its 55 note
    }

    /// <summary>Someone in danger who would rather write is told to call all the same, and that writing is not for emergencies.</summary>
    [Theory]
    [InlineData("danger-now", "text")]
    [InlineData("danger-now", "chat")]
    [InlineData("danger-now", "online")]
    [InlineData("missing", "text")]
    [InlineData("missing", "online")]
    public void Find_DangerOrMissingButWantsToWrite_Is999AndSaysWritingIsNotForEmergencies(string urgency, string how)
    {
        var advice = Find("stoke-on-trent", urgency, how: how);

        Assert.Equal("police-emergency", advice.First.Id);
        var why = Text(advice.Why);
        Assert.Contains("press 55", why, StringComparison.Ordinal);
        Assert.Contains("The other ways below are not for emergencies: nobody may read them for hours.", why, StringComparison.Ordinal);
        Assert.Contains(advice.Alternatives, c => c.Id == "emergency-sms");
    }

    [Fact]
    public void Find_MissingAndCantSpeak_Is999WithPress55AndOffersEmergencySms()
    {
        var advice = Find("not-sure", "missing", how: "cant-speak");

        Assert.Equal("police-emergency", advice.First.Id);
        Assert.Contains("press 55", Text(advice.Why), StringComparison.Ordinal);
        Assert.Contains(advice.Alternatives, c => c.Id == "emergency-sms");
    }

    [Theory]
    [InlineData("staffordshire")]
    [InlineData("stoke-on-trent")]
    [InlineData("elsewhere-in-uk")]
    public void Find_YoungPersonWhoCantSpeak_IsChildlineWithItsOnlineChatFirstAndCeopsForm(string where)
    {
        var advice = Find(where, "worried", "young-person", SundayEvening, "cant-speak");

        Assert.Equal("childline", advice.First.Id);
        Assert.Null(advice.Ways!.MovedHtml);
        var first = advice.Ways.Items[0];
        Assert.Equal(("childline", ChannelKind.Chat), (first.Contact.Id, first.Channel.Kind));
        Assert.NotEqual(OpenState.Closed, first.State);
        var ceop = Assert.Single(advice.Ways.Items, i => i.Contact.Id == "ceop");
        Assert.False(ceop.Channel.Anonymous);
    }

    [Theory]
    [InlineData("staffordshire")]
    [InlineData("stoke-on-trent")]
    [InlineData("not-sure")]
    public void Find_AdultWhoCantSpeak_IsTheNspccsOnlineFormAndEmailReadWithin24Hours_SayingWhy(string where)
    {
        var advice = Find(where, "worried", how: "cant-speak");

        Assert.Equal("nspcc", advice.First.Id);
        Assert.Equal(advice.Route.First, advice.Alternatives[0].Id); // the route's own choice comes next, not lost
        Assert.Equal("You can’t speak right now, so the NSPCC helpline is shown first: you can write to them instead of talking.", Text(advice.Ways!.MovedHtml));
        Assert.Null(advice.ClosedHtml);
        var nspcc = advice.Ways.Items.Where(i => i.Contact.Id == "nspcc").ToList();
        Assert.Equal([ChannelKind.Email, ChannelKind.Form], nspcc.Select(i => i.Channel.Kind));
        Assert.All(nspcc, i => Assert.Equal(OpenState.Open, i.State));
        Assert.Equal("Online reports are read within 24 hours.", nspcc[1].Channel.Reply);
        Assert.Contains(advice.Ways.Items, i => i.Contact.Id == "ceop" && i.Channel.Kind == ChannelKind.Form);
    }

    [Fact]
    public void Find_WayTheFirstContactOffersAndIsOpen_KeepsTheRoutesContact()
    {
        var advice = Find("staffordshire", "worried", how: "phone");

        Assert.Equal("scas", advice.First.Id);
        Assert.Null(advice.Ways!.MovedHtml);
        Assert.Equal("Ways to talk on the phone", advice.Ways.Way.Heading);
        Assert.Equal(["scas", "police-non-emergency", "nspcc"], advice.Ways.Items.Select(i => i.Contact.Id));
    }

    [Fact]
    public void Find_PhoneWantedAfterTheOfficeCloses_KeepsItsOutOfHoursLineFirst()
    {
        var advice = Find("staffordshire", "worried", now: WednesdayEvening, how: "phone");

        Assert.Equal("staffordshire-eds", advice.First.Id);
        Assert.StartsWith("SCAS is closed now, so the Emergency Duty Service is shown first.", Text(advice.ClosedHtml), StringComparison.Ordinal);
        Assert.Null(advice.Ways!.MovedHtml);
    }

    [Fact]
    public void Find_WritingWantedAfterTheOfficeCloses_PutsTheNspccFirstAndStillSaysTheOfficeIsClosed()
    {
        var advice = Find("staffordshire", "worried", now: WednesdayEvening, how: "online");

        Assert.Equal("nspcc", advice.First.Id);
        Assert.Equal("You can’t contact SCAS online, so the NSPCC helpline is shown first.", Text(advice.Ways!.MovedHtml));
        Assert.Equal("SCAS is closed now. It opens again at 8am tomorrow.", Text(advice.ClosedHtml));
        Assert.Equal(["staffordshire-eds", "scas"], advice.Alternatives.Take(2).Select(c => c.Id));
    }

    [Fact]
    public void Find_PhoneWantedWhenTheNspccLineIsClosed_Puts101FirstAndSaysWhy()
    {
        var night = new DateTimeOffset(2026, 11, 29, 23, 30, 0, TimeSpan.Zero);

        var advice = Find("staffordshire", "advice", now: night, how: "phone");

        Assert.Equal("police-non-emergency", advice.First.Id);
        Assert.Equal("The NSPCC helpline can’t take a phone call now, so the police on 101 is shown first.", Text(advice.Ways!.MovedHtml));
        Assert.Equal(OpenState.Closed, advice.Ways.Items.Single(i => i.Contact.Id == "nspcc").State);
    }

    [Fact]
    public void Find_TextWantedByAnAdult_IsTheNspccWhoseEmailAndFormAreOpen()
    {
        var advice = Find("stoke-on-trent", "worried", now: SundayEvening, how: "text");

        Assert.Equal("nspcc", advice.First.Id);
        Assert.Contains("you can’t do that with the Integrated Front Door", Text(advice.Ways!.MovedHtml), StringComparison.Ordinal);
        Assert.All(advice.Ways.Items, i => Assert.Contains(i.Channel.Kind, new[] { ChannelKind.Email, ChannelKind.Form }));
    }

    [Fact]
    public void Find_ChatWantedButNoContactHasOne_SaysSoAndKeepsTheRoutesContact()
    {
        var advice = Find("staffordshire", "worried", how: "chat");

        Assert.Equal("scas", advice.First.Id);
        Assert.Empty(advice.Ways!.Items);
        Assert.Null(advice.Ways.MovedHtml);
        Assert.StartsWith("None of these has an online chat", Text(advice.Ways.Way.None!.Html), StringComparison.Ordinal);
    }

    [Fact]
    public void Find_InPerson_SaysWhoToTellAndKeepsTheRoute()
    {
        var advice = Find("stoke-on-trent", "worried", "young-person", how: "in-person");

        Assert.Equal("childline", advice.First.Id);
        Assert.Empty(advice.Ways!.Items);
        var text = Text(advice.Ways.Way.Text!.Html);
        Assert.Contains("designated safeguarding lead", text, StringComparison.Ordinal);
        Assert.Contains("another adult you trust", text, StringComparison.Ordinal);
        Assert.Contains("call 999", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_AnyWay_ChangesNothing()
    {
        var any = Find("staffordshire", "worried", now: WednesdayEvening);

        Assert.Null(any.Ways);
        Assert.Equal("staffordshire-eds", any.First.Id);
    }

    [Fact]
    public void Find_KeepFirstRoute_IsNotMovedEvenWhenItsContactCannotBeReachedThatWay()
    {
        var (data, contacts) = SmallFinder(keepFirst: true);

        var advice = ContactFinder.Find(data, new Dictionary<string, string> { ["how"] = "chat" }, contacts, WednesdayMorning);

        Assert.Equal("office", advice.First.Id);
        Assert.Null(advice.Ways!.MovedHtml);
        Assert.Equal("childline", Assert.Single(advice.Ways.Items).Contact.Id);
    }

    [Fact]
    public void Find_RouteNotKeptFirst_GivesWayToAContactThatCanBeReachedThatWay()
    {
        var (data, contacts) = SmallFinder(keepFirst: false);

        var advice = ContactFinder.Find(data, new Dictionary<string, string> { ["how"] = "chat" }, contacts, WednesdayMorning);

        Assert.Equal("childline", advice.First.Id);
        Assert.Equal("<p>County office has no chat, so Childline is first.</p>\n", advice.Ways!.MovedHtml);
    }

    [Fact]
    public void Find_EasterMonday_CouncilOfficeClosed_PutsTheEmergencyDutyServiceFirst()
    {
        var advice = Find("staffordshire", "worried", now: EasterMonday);

        Assert.Equal("staffordshire-eds", advice.First.Id);
        Assert.Equal("SCAS is closed now, so the Emergency Duty Service is shown first. SCAS opens again at 8am tomorrow.", Text(advice.ClosedHtml));
        var nspcc = new HtmlParser().ParseDocument(ContactHtml.Card(Contacts["nspcc"], Contacts, new OpenNow(EasterMonday, Data.Words.Now)));
        Assert.Equal("Bank holiday: we don’t know if it is open today", nspcc.QuerySelector(".contact-card__channel--phone .contact-card__now")!.TextContent);
        Assert.Equal("Open now", nspcc.QuerySelector(".contact-card__channel--email .contact-card__now")!.TextContent);
    }

    [Fact]
    public void Find_BankHolidayInStoke_PutsTheEmergencyDutyTeamFirst()
    {
        var goodFriday = new DateTimeOffset(2026, 4, 3, 10, 0, 0, TimeSpan.Zero); // 11:00 BST, a Friday

        var advice = Find("stoke-on-trent", "worried", now: goodFriday);

        Assert.Equal("stoke-edt", advice.First.Id);
        Assert.EndsWith("The Integrated Front Door opens again at 8:30am on Tuesday.", Text(advice.ClosedHtml), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-03-27T10:00:00Z", "SCAS opens again at 8am on Tuesday.")] // the Saturday of Easter: Monday is a bank holiday
    [InlineData("2027-03-25T18:00:00Z", "SCAS opens again at 8am on Tuesday.")] // Thursday evening before Good Friday
    [InlineData("2026-12-24T18:00:00Z", "SCAS opens again at 8am on Tuesday.")] // Christmas Eve: Friday 25th and Monday 28th are bank holidays
    [InlineData("2027-03-20T10:00:00Z", "SCAS opens again at 8am on Monday.")]  // an ordinary Saturday
    public void OpensText_SkipsBankHolidays(string utc, string opens)
    {
        var advice = Find("staffordshire", "worried", now: DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture));

        Assert.EndsWith(opens, Text(advice.ClosedHtml), StringComparison.Ordinal);
    }

    [Fact]
    public void IsOpen_OnABankHoliday_ClosedLinesAreClosedUnknownOnesAreNotGuessedAndOutOfHoursLinesOpen()
    {
        var ordinaryMonday = EasterMonday.AddDays(7);

        Assert.Equal((false, true), (ContactHours.IsOpen(Contacts["scas"], EasterMonday, Contacts), ContactHours.IsOpen(Contacts["scas"], ordinaryMonday, Contacts)));
        Assert.Equal((false, true), (ContactHours.IsOpen(Contacts["stoke-front-door"], EasterMonday, Contacts), ContactHours.IsOpen(Contacts["stoke-front-door"], ordinaryMonday, Contacts)));
        Assert.Equal(true, ContactHours.IsOpen(Contacts["staffordshire-eds"], EasterMonday, Contacts));
        Assert.Equal(true, ContactHours.IsOpen(Contacts["stoke-edt"], EasterMonday, Contacts));
        var nspccPhone = Contacts["nspcc"].PhoneChannel!;
        Assert.Equal(OpenState.NotKnownToday, ContactHours.State(nspccPhone, EasterMonday, Contacts));
        Assert.Null(ContactHours.IsOpen(nspccPhone, EasterMonday, Contacts));
        Assert.Equal(true, ContactHours.IsOpen(nspccPhone, ordinaryMonday, Contacts));
        Assert.Equal(true, ContactHours.IsOpen(Contacts["nspcc"], EasterMonday, Contacts)); // its email and form are open all year
    }

    [Fact]
    public void IsOpen_BankHolidayIsTheUkDate_NotUtc()
    {
        // 23:30 UTC on Sunday 28 March 2027 is already 00:30 on Easter Monday in the UK (BST).
        var justAfterMidnight = new DateTimeOffset(2027, 3, 28, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(OpenState.NotKnownToday, ContactHours.State(Contacts["nspcc"].PhoneChannel!, justAfterMidnight, Contacts));
    }

    [Fact]
    public void Contacts_AnonymousOnlyWhereTheBriefSaysSo()
    {
        Assert.True(Contacts["nspcc"].PhoneChannel!.Anonymous);
        Assert.Null(Contacts["nspcc"].Channels.Single(c => c.Kind == ChannelKind.Email).Anonymous); // an email shows your address
        Assert.True(Contacts["crimestoppers"].PhoneChannel!.Anonymous);
        Assert.True(Contacts["fearless"].Channels.Single().Anonymous);
        Assert.False(Contacts["ceop"].Channels.Single().Anonymous);
        Assert.Null(Contacts["childline"].PhoneChannel!.Anonymous); // confidential is not the same as anonymous
    }

    /// <summary>One route to an office with set hours and no out-of-hours line; answering 'how' with "chat" wants a chat.</summary>
    private static (WhoToContactData Data, ContactDirectory Contacts) SmallFinder(string[]? also = null, bool keepFirst = false)
    {
        var childline = SampleContacts.Childline with
        {
            Channels = [.. SampleContacts.Childline.Channels, new ContactChannel(ChannelKind.Chat, "https://www.childline.org.uk/", null, "Chat", ChannelHours.Unknown, null, null, 2)],
        };
        var contacts = new ContactDirectory([childline, SampleContacts.Office with { OutOfHoursId = null }], words: SampleContacts.Words);
        Prose P(string text) => Prose.Read(text, "test", "test.yml", 1, contacts, new HashSet<string>(), [])!;
        var data = new WhoToContactData(
            [new FinderQuestion("how", "How?", "any", false, [new FinderOption("chat", "Chat"), new FinderOption("any", "Any")], 1)],
            "Towns",
            [new FinderRoute(new FinderCondition(new Dictionary<string, IReadOnlyList<string>>()), "office", P("Call the office."), also ?? ["childline"], 1, keepFirst)],
            [],
            new FinderClosedTexts(
                P("{closed} is closed now, so {open} is shown first."),
                P("{closed} is closed now. It opens again {opens}. If you need to talk to someone now, {open} is open."),
                P("{closed} is closed now. It opens again {opens}."),
                P("{closed} is closed now."),
                1),
            P("Hours are UK time."),
            "First",
            "Others",
            [new FinderWay("chat", [ChannelKind.Chat], "Chat", null, [], P("No chat."), P("{moved} has no chat, so {first} is first."), 1)],
            new FinderWords("Show", "Again", new NowWords("Open now", "Closed now", "Not known today"), "Anonymous", "Not anonymous", 1));
        return (data, contacts);
    }
}
