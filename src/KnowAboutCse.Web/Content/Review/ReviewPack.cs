using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using KnowAboutCse.Web.Contacts;
using KnowAboutCse.Web.Translations;
using KnowAboutCse.Web.Content.Checks;
using KnowAboutCse.Web.Content.Markdown;
using KnowAboutCse.Web.Schools;
using KnowAboutCse.Web.Site;
using KnowAboutCse.Web.Tools;

namespace KnowAboutCse.Web.Content.Review;

/// <summary>
/// Everything a visitor can read, in one self-contained, printable HTML document for the
/// safeguarding partnership to sign off: every contact with its channels, hours, source and
/// checked date; every tool question, rule and result; every page; the schools kit; and the
/// site's governance facts. Each item names the file and line it comes from, so a reviewer
/// can mark it up on paper and an editor can find it.
/// </summary>
public static class ReviewPack
{
    /// <param name="contentRoot">The content folder the snapshot was loaded from (page sources are read again for their lines).</param>
    public static string Build(ContentSnapshot content, string contentRoot, DateOnly today, ReviewPeriods periods, SiteOptions site)
    {
        var html = new Writer();
        html.Raw("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<title>Know About CSE: content review pack, ").Text(Iso(today)).Raw("</title>\n<style>\n").Raw(Style.Value).Raw("</style>\n</head>\n<body>\n");
        Cover(html, content, today, periods);
        Contacts(html, content.Contacts, today, periods);
        BankHolidaysSection(html, content.Contacts.BankHolidays, content.Contacts.Words, today);
        RelationshipCheckSection(html, content.Tools.RelationshipCheck, content.Contacts);
        ChecklistSection(html, content.Tools.Checklist, content.Contacts);
        FinderSection(html, content.Tools.WhoToContact, content.Contacts);
        GuidedSection(html, "help-me-say-it", "Help me say it (/youngpeople/help-me-say-it)", content.Tools.HelpMeSayIt, content.Contacts);
        GuidedSection(html, "friend-check", "My friend made me promise (/youngpeople/worried-about-a-friend)", content.Tools.FriendCheck, content.Contacts);
        RecordSheetSection(html, content.Tools.RecordSheet, content.Contacts);
        Pages(html, content, contentRoot, today, periods);
        Kit(html, content, site);
        SiteFacts(html, content.Site);
        SearchSection(html, content.Synonyms);
        html.Raw("</body>\n</html>\n");
        return html.ToString();
    }

    private static readonly Lazy<string> Style = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(typeof(ReviewPack).Namespace + ".review-pack.css")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private static void Cover(Writer html, ContentSnapshot content, DateOnly today, ReviewPeriods periods)
    {
        var overdue = content.Contacts.All.Count(c => c.Unverified || c.Checked is null || periods.Overdue(c, today));
        html.Raw("<header class=\"cover\">\n<h1>Know About CSE: content review pack</h1>\n")
            .P($"Made on {ContactHtml.Date(today)} from the site's content files. It holds every word the site can show a visitor: " +
               "the contacts, every question, rule and result of the tools, every page, and the schools kit.")
            .P("Each item is labelled with the file and line it comes from (for example data/contacts.yml:42), in the folder content/. " +
               "Mark up this copy, and an editor can find each item by its label.")
            .Raw("<ul class=\"counts\">\n")
            .Li($"{content.Contacts.All.Count} contacts, {overdue} of them overdue for checking or not confirmed")
            .Li($"{content.Tools.RelationshipCheck.Questions.Count} relationship check questions, {content.Tools.Checklist.Signs.Count()} warning signs, " +
                $"{content.Tools.WhoToContact.Routes.Count} contact finder routes")
            .Li($"{content.AllPages.Count} pages");
        if (content.Site.FeedbackEmail is null)
        {
            html.Li($"No feedback address is set yet ({SiteInfo.RelativePath}): the about page, accessibility statement and privacy notice point to the partnerships' websites");
        }

        html.Raw("</ul>\n<nav><h2>Contents</h2><ol>\n");
        foreach (var (id, title) in new[]
                 {
                     ("contacts", "Contacts"), ("bank-holidays", "Bank holidays"), ("relationship-check", "The relationship check"), ("checklist", "The warning signs checklist"),
                     ("finder", "Who should I contact?"), ("help-me-say-it", "Help me say it"), ("friend-check", "My friend made me promise"),
                     ("record-sheet", "Keep a record"), ("pages", "Pages"), ("kit", "The schools kit"), ("site", "Who runs the site"),
                     ("search", "Search: words that mean the same"),
                 })
        {
            html.Raw($"<li><a href=\"#{id}\">").Text(title).Raw("</a></li>\n");
        }

        html.Raw("</ol></nav>\n</header>\n");
    }

    private static void Contacts(Writer html, ContactDirectory contacts, DateOnly today, ReviewPeriods periods)
    {
        html.Section("contacts", "Contacts", ContactsFile.RelativePath)
            .P($"A contact is overdue when it was last checked more than {periods.ContactDays} days ago. Channels are the ways to get in touch; " +
               "each has its own hours, in UK time. A checked date records a check against the named source page; " +
               "before launch, confirm each contact by phone or on the live page and update its date.");
        foreach (var contact in contacts.All)
        {
            html.Item(contact.Name, ContactsFile.RelativePath, contact.Line, contact.Id);
            var status = contact.Unverified || contact.Checked is null ? "NOT CONFIRMED against a published source"
                : periods.Overdue(contact, today) ? $"OVERDUE: checked {ContactHtml.Date(contact.Checked.Value)}, {today.DayNumber - contact.Checked.Value.DayNumber} days ago"
                : $"Checked {ContactHtml.Date(contact.Checked.Value)}";
            html.Raw($"<p class=\"status{(status.StartsWith("Checked", StringComparison.Ordinal) ? string.Empty : " status--due")}\">").Text(status).Raw("</p>\n");
            html.Raw("<dl>\n").Fact("Who it is for", contact.For).Fact("When to use it", contact.When);
            if (contact.Area is not null)
            {
                html.Fact("Area", contact.Area);
            }

            html.Raw("<dt>Ways to get in touch</dt><dd><ul>\n");
            foreach (var channel in contact.Channels)
            {
                html.Raw("<li>").Raw(ContactHtml.HowText(channel, contacts.Words)).Raw(" — ").Text(ContactHtml.HoursText(channel, contacts) is { Length: > 0 } hours ? hours : "(a website: no hours)");
                if (channel.Hours.Periods.Count > 0)
                {
                    html.Text(channel.Hours.OnBankHolidays == BankHolidayHours.Closed
                        ? ". On bank holidays: closed"
                        : ". On bank holidays: not known (the finder says so that day)");
                }

                if (channel.Anonymous is { } anonymous)
                {
                    html.Text(anonymous ? ". Anonymous: you need not give your name" : ". Not anonymous");
                }

                foreach (var extra in new[] { channel.Reply, channel.Note }.OfType<string>())
                {
                    html.Raw(". ").Text(extra);
                }

                html.Raw($" <span class=\"src\">line {channel.Line}</span></li>\n");
            }

            html.Raw("</ul></dd>\n");
            if (contacts.OutOfHoursFor(contact) is { } outOfHours)
            {
                html.Fact("When closed", $"{outOfHours.Name} ({outOfHours.Id})");
            }

            if (contact.Note is not null)
            {
                html.Fact("Note shown on its card", contact.Note);
            }

            if (contact.Web is { } web)
            {
                html.Raw("<dt>Website</dt><dd>").Text(web.Title).Raw(": ").Text(web.Url ?? string.Empty).Raw("</dd>\n");
            }

            html.Raw("<dt>Source</dt><dd>").Text(contact.Source is { } source ? $"{source.Title}{(source.Url is null ? string.Empty : " — " + source.Url)}" : "none").Raw("</dd>\n");
            html.Raw("</dl>\n</article>\n");
        }

        html.Raw("</section>\n");
    }

    private static void BankHolidaysSection(Writer html, BankHolidays holidays, UiText words, DateOnly today)
    {
        const string File = BankHolidaysFile.RelativePath;
        html.Section("bank-holidays", "Bank holidays", File)
            .P("Opening hours are read with these dates: a council office is closed on them (its out-of-hours line is open), and a line whose " +
               "source gives no bank-holiday hours is shown as not known that day.");
        var source = holidays.Source is { } s ? $"{s.Title}{(s.Url is null ? string.Empty : " — " + s.Url)}" : "none";
        var status = holidays.Unconfirmed ? $"NOT CONFIRMED on the source's live page: {source}" : $"Source: {source}";
        html.Raw($"<p class=\"status{(holidays.Unconfirmed ? " status--due" : string.Empty)}\">").Text(status)
            .Raw($" <span class=\"src\">{File}:{holidays.SourceLine}</span></p>\n");
        if (holidays.Checked is { } checkedOn)
        {
            html.P($"Checked {ContactHtml.Date(checkedOn)}.");
        }

        if (holidays.Last is not { } last || last < today.AddYears(1))
        {
            html.Raw("<p class=\"status status--due\">").Text($"The list ends {(holidays.Last is { } end ? ContactHtml.Date(end) : "at once")}: add the dates for the next 12 months.").Raw("</p>\n");
        }

        html.Raw("<ul>\n");
        foreach (var day in holidays.Days)
        {
            html.Raw($"<li><span class=\"line\">{day.Line}</span> ").Text($"{words.DayName(day.Date.DayOfWeek)} {ContactHtml.Date(day.Date)}: {day.Name}").Raw("</li>\n");
        }

        html.Raw("</ul>\n</section>\n");
    }

    private static void RelationshipCheckSection(Writer html, RelationshipCheckData data, ContactDirectory contacts)
    {
        const string File = RelationshipCheckFile.RelativePath;
        var rules = data.Rules;
        html.Section("relationship-check", "The relationship check (/youngpeople/relationship-check)", File)
            .P("Young people answer each question yes, sometimes or no, or skip it. \"Yes\" is the worrying answer to every question; \"sometimes\" counts as half.")
            .Raw("<h3>Above the questions</h3>\n").Raw(data.FormIntro.Html)
            .Raw("<h3>How the result is chosen</h3>\n<ol class=\"rules\">\n")
            .Li($"Red when any question of weight {rules.RedWeight} is answered yes or sometimes.")
            .Li($"Red when the answers add up to {rules.RedPoints.ToString(CultureInfo.InvariantCulture)} points or more (yes scores the question's weight; sometimes half of it).");
        foreach (var together in rules.Together)
        {
            html.Raw("<li>").Text($"Red when {Names(together.All, data)} and any of {Names(together.Any, data)} are answered yes or sometimes ({together.Id}). It then also says: ")
                .Raw(together.Why.InlineHtml).Raw($" <span class=\"src\">{File}:{together.Line}</span></li>\n");
        }

        html.Li("Amber for any other yes or sometimes.")
            .Li($"Green (\"healthy\") only when at least {rules.HealthyNeedsAnswers} of the {data.Questions.Count} questions are answered, " +
                $"every question of weight {rules.RedWeight} among them" +
                (rules.HealthyNeeds.Count > 0 ? $" and {Names(rules.HealthyNeeds, data)}" : string.Empty) + ", and none with yes or sometimes.")
            .Li("Unsure when nothing worrying was answered but too few questions were, so the result cannot say the relationship is healthy.")
            .Li("None when no question was answered.")
            .Raw("</ol>\n<h3>Questions</h3>\n<table class=\"questions\">\n<thead><tr><th>#</th><th>Question</th><th>Weight</th><th>Why it matters (shown for a worrying answer)</th><th>Also shows</th><th>Line</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < data.Questions.Count; i++)
        {
            var q = data.Questions[i];
            html.Raw($"<tr><td>{i + 1}</td><td>").Text(q.Text).Raw($"</td><td>{q.Weight}</td><td>").Raw(q.Why.InlineHtml).Raw("</td><td>")
                .Text(string.Join(", ", q.AlsoShow.Select(id => contacts[id].ShortName))).Raw($"</td><td class=\"src\">{q.Line}</td></tr>\n");
        }

        html.Raw("</tbody>\n</table>\n<h3>Every result</h3>\n");
        foreach (var (band, words) in data.Results)
        {
            Result(html, band.ToString(), words, File);
        }

        html.Raw("<h3>Under every partial result</h3>\n").Raw(data.AnsweredNote.Html)
            .Raw("<h3>Who can help (under every result)</h3>\n").Raw(data.Help.Text.Html)
            .P($"Contact cards: {string.Join(", ", data.Help.Contacts.Select(id => contacts[id].Name))}; " +
               $"a red result adds {string.Join(", ", data.Help.RedContacts.Select(id => contacts[id].Name))}; answers listed under \"Also shows\" add those.")
            .Raw($"<p class=\"src\">{File}:{data.Help.Line}</p>\n</section>\n");
    }

    private static void ChecklistSection(Writer html, ChecklistData data, ContactDirectory contacts)
    {
        const string File = WarningSignsFile.RelativePath;
        html.Section("checklist", "The warning signs checklist (/parents/warning-signs-checklist)", File)
            .P("Parents tick the signs they have noticed.")
            .Raw("<h3>Above the checkboxes</h3>\n").Raw(data.FormIntro.Html)
            .Raw("<h3>How the result is chosen</h3>\n<ol class=\"rules\">\n")
            .Li("Serious (act now) when any sign marked serious is ticked, even on its own.")
            .Li($"Several (act now) when {data.ActNowSigns} or more signs are ticked.")
            .Li("Some when one or more signs, none of them serious, are ticked.")
            .Li("None when nothing is ticked.");
        foreach (var notice in data.Notices)
        {
            html.Raw("<li>").Text($"Whenever {string.Join(" or ", notice.WhenTicked)} is ticked, this comes first: ").Raw(notice.Text.InlineHtml)
                .Raw($" <span class=\"src\">{File}:{notice.Line}</span></li>\n");
        }

        html.Raw("</ol>\n<h3>Where the signs come from</h3>\n<ul>\n");
        foreach (var source in data.Sources)
        {
            html.Raw("<li><strong>").Text(source.Id).Raw("</strong>: ").Text(source.Url is null ? source.Title : $"{source.Title} — {source.Url}")
                .Raw($" <span class=\"src\">{File}:{source.Line}</span></li>\n");
        }

        html.Raw("</ul>\n");
        foreach (var group in data.Groups)
        {
            html.Raw("<h3>").Text(group.Title).Raw($" <span class=\"src\">{File}:{group.Line}</span></h3>\n")
                .Raw($"<table class=\"signs\">\n<caption>Lines are lines of {File}.</caption>\n<thead><tr><th>Sign</th><th>Serious</th><th>What it can mean</th><th>Source</th><th>Line</th></tr></thead>\n<tbody>\n");
            foreach (var sign in group.Signs)
            {
                html.Raw("<tr><td>").Text(sign.Text).Raw($"</td><td>{(sign.Serious ? "<strong>Serious</strong>" : "no")}</td><td>").Raw(sign.Meaning.InlineHtml)
                    .Raw("</td><td>").Text(sign.SourceId).Raw($"</td><td class=\"src\">{sign.Line}</td></tr>\n");
            }

            html.Raw("</tbody>\n</table>\n");
        }

        html.Raw("<h3>Every result</h3>\n");
        foreach (var (band, words) in data.Results)
        {
            Result(html, band.ToString(), words, File);
        }

        Result(html, "Next steps (under every result)", data.NextSteps, File);
        html.P($"Contact cards under every result: {string.Join(", ", data.Contacts.Select(id => contacts[id].Name))}.").Raw("</section>\n");
    }

    private static void GuidedSection(Writer html, string id, string title, GuidedCheckData data, ContactDirectory contacts)
    {
        var file = data.File;
        var words = data.Words;
        html.Section(id, title, file).Raw("<h3>Above the questions</h3>\n").Raw(words.FormIntro.Html).Raw("<h3>Questions</h3>\n");
        foreach (var q in data.Questions)
        {
            html.Raw("<p><strong>").Text(q.Legend).Raw("</strong> ")
                .Text(q.Kind == GuidedKind.Tick ? $"Tick any. Nothing ticked counts as \"{q.Blank}\"." : $"Choose one. Left blank, it counts as \"{q.Blank}\".")
                .Raw($" <span class=\"src\">{file}:{q.Line}</span></p>\n<ul>\n");
            foreach (var o in q.Options)
            {
                html.Raw("<li>").Text($"{o.Value}: {o.Label}").Raw(o.Says is null ? string.Empty : " — in the note: <em>" + WebUtility.HtmlEncode(o.Says) + "</em>").Raw("</li>\n");
            }

            html.Raw("</ul>\n");
        }

        html.P($"The button says \"{words.Submit}\". The result is headed \"{words.ResultHeading}\"" + (words.NoteCaption is null ? "." : $", with \"{words.NoteCaption}\" above the note."))
            .P("The result is made of these blocks, in this order. A block shows when, for every question it names, one of the answers listed was given; a block with no condition always shows. " +
               "\"Top\" blocks come before the heading; \"note\" blocks make up the note.")
            .Raw("<ol class=\"rules\">\n");
        foreach (var block in data.Blocks)
        {
            var when = block.When.Count == 0 ? "Always" : "When " + string.Join(" and ", block.When.Select(w => $"{w.Key} is {string.Join(" or ", w.Value)}"));
            html.Raw("<li>").Text($"{when} ({block.Place.ToString().ToLowerInvariant()}): ");
            if (block.Heading is not null)
            {
                html.Raw("<strong>").Text(block.Heading).Raw("</strong> ");
            }

            html.Raw(block.Text?.InlineHtml ?? WebUtility.HtmlEncode($"the note lines of the options ticked for {block.LinesFrom}"));
            if (block.Contacts.Count > 0)
            {
                html.Text($" Contact cards: {string.Join(", ", block.Contacts.Select(c => contacts[c].Name))}.");
            }

            html.Raw($" <span class=\"src\">{file}:{block.Line}</span></li>\n");
        }

        html.Raw("</ol>\n");
        if (words.Print is not null)
        {
            html.Raw("<p>").Text($"Print button: \"{words.Print}\". Beside it: ").Raw(words.PrintHint!.InlineHtml).Raw("</p>\n");
        }

        html.P($"Last link: \"{words.StartAgain}\".").Raw("</section>\n");
    }

    private static void RecordSheetSection(Writer html, RecordSheetData data, ContactDirectory contacts)
    {
        const string File = RecordSheetFile.RelativePath;
        html.Section("record-sheet", "Keep a record (/parents/keep-a-record)", File)
            .P("A parent types what they know; the site shows it back once as a sheet to print. Nothing typed is stored or logged.")
            .Raw("<h3>Above the form</h3>\n").Raw(data.FormIntro.Html)
            .Raw($"<table class=\"signs\">\n<caption>Lines are lines of {File}.</caption>\n<thead><tr><th>Box</th><th>Hint</th><th>Most characters</th><th>Line</th></tr></thead>\n<tbody>\n");
        foreach (var field in data.Fields)
        {
            html.Raw("<tr><td>").Text(field.Label).Raw("</td><td>").Text(field.Hint ?? string.Empty)
                .Raw($"</td><td>{field.MaxLength}</td><td class=\"src\">{field.Line}</td></tr>\n");
        }

        html.Raw("</tbody>\n</table>\n")
            .P($"The button says \"{data.Submit}\". Too long: \"{data.ErrorHeading}\", and for each box \"{data.TooLong}\".")
            .Raw("<h3>").Text($"The sheet: \"{data.SheetHeading}\"").Raw("</h3>\n").Raw(data.SheetIntro.Html)
            .P("Each box left empty prints as lines to write on.")
            .P($"Contact cards on the sheet: {string.Join(", ", data.Contacts.Select(id => contacts[id].Name))}.")
            .Raw("<p>").Text($"Print button: \"{data.Print}\". Beside it: ").Raw(data.PrintHint.InlineHtml).Raw("</p>\n")
            .P($"Last link: \"{data.StartAgain}\".").Raw("</section>\n");
    }

    private static void FinderSection(Writer html, WhoToContactData data, ContactDirectory contacts)
    {
        const string File = WhoToContactFile.RelativePath;
        html.Section("finder", "Who should I contact? (/get-help/who-to-contact)", File).Raw("<h3>Questions</h3>\n");
        foreach (var q in data.Questions)
        {
            var blank = q.Options.First(o => o.Value == q.Blank).Label;
            html.Raw("<p><strong>").Text(q.Legend).Raw("</strong> ").Text($"{string.Join(" / ", q.Options.Select(o => o.Label))}. Left blank, it counts as \"{blank}\".")
                .Raw($" <span class=\"src\">{File}:{q.Line}</span></p>\n");
        }

        html.P($"Under the first question, a link opens the towns in each council area (from {ToolDataFiles.AreasFile}): \"{data.PlacesSummary}\".");
        html.P("The first route that matches the answers is used. If its first contact is closed at that moment, the result puts the contact's " +
               "out-of-hours line first, or says it is closed and names a contact that is open, using the words under \"When the first contact is closed\". " +
               "Then, unless the route is marked \"always first\", the answer to how to get in touch may put another contact first (see \"How to get in touch\").")
            .Raw($"<table class=\"routes\">\n<caption>Lines are lines of {File}.</caption>\n<thead><tr><th>#</th><th>When</th><th>Contact first</th><th>Why (shown)</th><th>Also shown</th><th>Line</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < data.Routes.Count; i++)
        {
            var route = data.Routes[i];
            html.Raw($"<tr><td>{i + 1}</td><td>").Text(When(route.When, data)).Raw("</td><td>")
                .Text(contacts[route.First].Name + (route.KeepFirst ? " (always first)" : string.Empty)).Raw("</td><td>")
                .Raw(route.Why.InlineHtml).Raw("</td><td>").Text(string.Join(", ", route.Also.Select(id => contacts[id].ShortName)))
                .Raw($"</td><td class=\"src\">{route.Line}</td></tr>\n");
        }

        html.Raw("</tbody>\n</table>\n");
        foreach (var addition in data.Additions)
        {
            html.Raw("<p>").Text($"{When(addition.When, data)}: every result also shows {string.Join(", ", addition.Contacts.Select(id => contacts[id].Name))}.")
                .Raw($" <span class=\"src\">{File}:{addition.Line}</span></p>\n");
        }

        html.Raw($"<h3>When the first contact is closed <span class=\"src\">{File}:{data.Closed.Line}</span></h3>\n<dl>\n")
            .Raw("<dt>It has an open out-of-hours line</dt><dd>").Raw(data.Closed.Instead.InlineHtml).Raw("</dd>\n")
            .Raw("<dt>Another contact in the result is open</dt><dd>").Raw(data.Closed.OpenNow.InlineHtml).Raw("</dd>\n")
            .Raw("<dt>Nothing else is open</dt><dd>").Raw(data.Closed.NoRoute.InlineHtml).Raw("</dd>\n")
            .Raw("<dt>The way someone asked to get in touch puts another contact first</dt><dd>").Raw(data.Closed.Moved.InlineHtml).Raw("</dd>\n</dl>\n")
            .P("{closed} and {open} become the contacts' short names; {opens} a time such as \"at 8am on Monday\".")
            .Raw("<h3>Under results that show office hours</h3>\n").Raw(data.HoursNote.Html);
        WaysSection(html, data, contacts);
        html.P($"Headings: \"{data.ResultHeading}\", \"{data.OthersHeading}\". Button: \"{data.Words.Submit}\". Link under a result: \"{data.Words.StartAgain}\".")
            .Raw("</section>\n");
    }

    private static void WaysSection(Writer html, WhoToContactData data, ContactDirectory contacts)
    {
        const string File = WhoToContactFile.RelativePath;
        if (data.Questions.FirstOrDefault(q => q.Id == ContactFinder.HowQuestion) is not { } how)
        {
            return;
        }

        html.Raw("<h3>How to get in touch</h3>\n")
            .P("For each answer: the kinds of channel it wants. Unless the route is marked \"always first\", a first contact with no channel of " +
               "those kinds that is open (or not known to be closed) gives way to the first contact in the result that has one, and the result says " +
               "why. The result then lists every channel of those kinds, saying whether each is open now and, where its source says, whether it is anonymous.")
            .Raw("<dl>\n");
        foreach (var option in how.Options)
        {
            html.Raw("<dt>").Text(option.Label).Raw("</dt><dd>");
            if (data.Ways.FirstOrDefault(w => w.How == option.Value) is not { } way)
            {
                html.Text("Changes nothing: the route's contacts, in order.").Raw("</dd>\n");
                continue;
            }

            html.Raw("<strong>").Text(way.Heading).Raw("</strong>");
            if (way.Channels.Count > 0)
            {
                html.Text($". Wants: {string.Join(", ", way.Channels.Select(k => k.ToString().ToLowerInvariant()))}.");
            }

            if (way.Also.Count > 0)
            {
                html.Text($" Adds: {string.Join(", ", way.Also.Select(id => contacts[id].Name))}.");
            }

            html.Raw($" <span class=\"src\">{File}:{way.Line}</span>");
            foreach (var (name, words) in new[] { ("Shown", way.Text), ("When it moves the first contact", way.Moved), ("When nothing in the result fits", way.None) })
            {
                if (words is not null)
                {
                    html.Raw("<p>").Text(name + ": ").Raw(words.InlineHtml).Raw("</p>");
                }
            }

            html.Raw("</dd>\n");
        }

        var w = data.Words;
        html.Raw("</dl>\n").P("{moved} becomes the route's contact's short name, {first} that of the contact shown first.")
            .Raw($"<p>Beside each way <span class=\"src\">{File}:{w.Line}</span>: ")
            .Text($"\"{w.Now.Open}\", \"{w.Now.Closed}\", \"{w.Now.NotKnownToday}\" (a bank holiday its source gives no hours for); \"{w.Anonymous}\", \"{w.NotAnonymous}\".")
            .Raw("</p>\n");
    }

    private static void Pages(Writer html, ContentSnapshot content, string contentRoot, DateOnly today, ReviewPeriods periods)
    {
        html.Raw("<section id=\"pages\" class=\"part\">\n<h2>Pages</h2>\n")
            .P($"Each page in full, in menu order. The number beside each block is its line in the page's file. A page is overdue when it was last reviewed more than {periods.PageDays} days ago.");
        foreach (var page in content.Sections.SelectMany(s => s.Pages.Prepend(s.Index)).Concat(content.SitePages))
        {
            html.Item(page.Title, page.SourcePath, 1, page.Url)
                .Raw($"<p class=\"status{(periods.Overdue(page, today) ? " status--due\">OVERDUE: " : "\">")}")
                .Text($"Last reviewed {ContactHtml.Date(page.Reviewed)}. Description (search results, section lists): {page.Description}").Raw("</p>\n");
            if (page.Tool is { } tool)
            {
                html.P($"The form and every result of this page's tool ({tool}) are in the tool sections above.");
            }

            foreach (var (line, block) in MarkdownRenderer.RenderBlocks(File.ReadAllText(Path.Combine(contentRoot, page.SourcePath)), content.Contacts, content.Site))
            {
                html.Raw($"<div class=\"block\"><span class=\"line\">{line}</span>").Raw(EasyReadIcons.Named(block)).Raw("</div>\n");
            }

            if (page.Sources is { Count: > 0 } sources)
            {
                html.Raw("<p>Where the page's facts come from:</p>\n<ul>\n");
                foreach (var source in sources)
                {
                    html.Raw($"<li class=\"status{(source.Unconfirmed ? " status--due" : string.Empty)}\"><span class=\"line\">{source.Line}</span> ")
                        .Text((source.Unconfirmed ? "NOT IN THE CONTENT BRIEF, to confirm: " : string.Empty) + source.Title + (source.Url is { } url ? $" ({url})" : string.Empty))
                        .Raw("</li>\n");
                }

                html.Raw("</ul>\n");
            }

            html.Raw("</article>\n");
        }

        html.Raw("</section>\n");
    }

    private static void Kit(Writer html, ContentSnapshot content, SiteOptions site)
    {
        html.Raw("<section id=\"kit\" class=\"part\">\n<h2>The schools kit</h2>\n");
        if (content.Kit is not { } kit)
        {
            html.P("This content has no schools kit.").Raw("</section>\n");
            return;
        }

        var letter = LetterViewModel.Create(kit.Letter, content.Contacts, site, [], null, null);
        html.Item("The parent letter (/schools/letter)", KitFiles.LetterFile, 1, "as printed when a school gives no name or date")
            .Raw(letter.Html).Raw("<p class=\"status\">").Raw(letter.CheckedHtml).Raw("</p>\n</article>\n");
        foreach (var poster in kit.Posters)
        {
            var view = new PosterViewModel(poster, content.Contacts, (QrCodes.ImagePath(poster.QrTarget), site.AbsoluteUrl(QrCodes.Targets[poster.QrTarget])));
            html.Item(poster.Title, KitFiles.PostersFile, poster.Line, SchoolsKitPaths.Poster(poster.Id))
                .Raw("<p><strong>").Text(poster.Headline).Raw("</strong></p>\n").P(poster.Lead).Raw("<ul>\n");
            foreach (var sign in poster.Signs)
            {
                html.Li(sign);
            }

            html.Raw("</ul>\n").P($"{KitText.Display(view.QrUrl)} (QR code). {poster.Closing}").Raw("<ul>\n");
            foreach (var contact in view.Contacts)
            {
                html.Raw("<li>").Text(contact.Name + ": ").Raw(ContactHtml.PhoneWithHours(contact, content.Contacts)).Raw("</li>\n");
            }

            html.Raw("</ul>\n</article>\n");
        }

        foreach (var (blurb, (_, title, text)) in kit.Blurbs.Zip(new NewsletterViewModel(kit.Blurbs, content.Contacts, site).Blurbs))
        {
            html.Item($"Newsletter text: {title}", KitFiles.NewsletterFile, blurb.Line, SchoolsKitPaths.Newsletter);
            foreach (var paragraph in text.Split("\n\n"))
            {
                html.P(paragraph);
            }

            html.Raw("</article>\n");
        }

        html.Raw("</section>\n");
    }

    private static void SearchSection(Writer html, Search.SearchSynonyms synonyms)
    {
        html.Section("search", "Search: words that mean the same", Search.SearchSynonyms.RelativePath)
            .P("A search for any word in a group also finds pages that use another word in it. Nobody sees this list on the site; check that no group joins words that should not meet.")
            .Raw("<ul>\n");
        foreach (var group in synonyms.Groups)
        {
            html.Li(string.Join(", ", group));
        }

        html.Raw("</ul>\n</section>\n");
    }

    private static void SiteFacts(Writer html, SiteInfo info)
    {
        html.Section("site", "Who runs the site", SiteInfo.RelativePath)
            .P("The about page, the accessibility statement and the privacy notice show these.")
            .Raw("<dl>\n").Fact("Owner", info.Owner)
            .Fact("Partners", string.Join("; ", info.Partners.Select(p => $"{p.Title} — {p.Url}")))
            .Fact("Feedback address", info.FeedbackEmail ?? "NOT SET: pages send people to the partners' websites")
            .Fact("All content last checked against its sources", ContactHtml.Date(info.ContentReviewed))
            .Fact("Accessibility statement prepared", ContactHtml.Date(info.AccessibilityPrepared))
            .Fact("Site last tested for accessibility", ContactHtml.Date(info.AccessibilityTested))
            .Fact("Logs kept for", $"{info.LogRetentionDays} days")
            .Raw("</dl>\n</section>\n");
    }

    private static void Result(Writer html, string name, ResultText words, string file) =>
        html.Raw("<div class=\"result\"><p><span class=\"result__name\">").Text(name).Raw($"</span> <span class=\"src\">{file}:{words.Line}</span></p>\n<p><strong>")
            .Text(words.Heading).Raw("</strong></p>\n").Raw(words.Text.Html).Raw("</div>\n");

    private static string Names(IReadOnlyList<string> ids, RelationshipCheckData data) =>
        string.Join(", ", ids.Select(id => $"\"{data.Questions.First(q => q.Id == id).Text}\""));

    private static string When(FinderCondition condition, WhoToContactData data) =>
        condition.Answers.Count == 0
            ? "Any other answers"
            : string.Join("; ", condition.Answers.Select(a =>
            {
                var question = data.Questions.First(q => q.Id == a.Key);
                return $"{question.Legend} {string.Join(" or ", a.Value.Select(v => question.Options.First(o => o.Value == v).Label))}";
            }));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A string builder for HTML: <see cref="Text"/> encodes, <see cref="Raw"/> does not.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder html = new();

        public Writer Raw(string markup)
        {
            html.Append(markup);
            return this;
        }

        public Writer Text(string text) => Raw(WebUtility.HtmlEncode(text));

        public Writer P(string text) => Raw("<p>").Text(text).Raw("</p>\n");

        public Writer Li(string text) => Raw("<li>").Text(text).Raw("</li>\n");

        public Writer Fact(string term, string value) => Raw("<dt>").Text(term).Raw("</dt><dd>").Text(value).Raw("</dd>\n");

        public Writer Section(string id, string title, string file) =>
            Raw($"<section id=\"{id}\" class=\"part\">\n<h2>").Text(title).Raw($"</h2>\n<p class=\"src\">From {WebUtility.HtmlEncode(file)}</p>\n");

        /// <summary>Opens an item's article: its name, what it is, and its file and line.</summary>
        public Writer Item(string title, string file, int line, string what) =>
            Raw("<article class=\"item\">\n<h3>").Text(title).Raw(" <span class=\"what\">").Text(what).Raw("</span></h3>\n")
                .Raw($"<p class=\"src\">{WebUtility.HtmlEncode(file)}:{line}</p>\n");

        public override string ToString() => html.ToString();
    }
}
