using KnowAboutCse.Web.Contacts;
using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Web.Tools;

/// <summary>The interactive tools a content page can carry with <c>tool:</c> in its front matter.</summary>
public static class ToolNames
{
    public const string RelationshipCheck = "relationship-check";
    public const string WhoToContact = "who-to-contact";
    public const string WarningSignsChecklist = "warning-signs-checklist";
    public const string HelpMeSayIt = "help-me-say-it";
    public const string FriendCheck = "friend-check";
    public const string KeepARecord = "keep-a-record";

    public static readonly IReadOnlyList<string> All = [RelationshipCheck, WhoToContact, WarningSignsChecklist, HelpMeSayIt, FriendCheck, KeepARecord];
}

/// <summary>The tools' words and rules from <c>content/data/</c>, loaded and checked with the rest of the content.</summary>
public sealed record ToolData(
    RelationshipCheckData RelationshipCheck,
    ChecklistData Checklist,
    WhoToContactData WhoToContact,
    IReadOnlyList<CouncilArea> Areas,
    GuidedCheckData HelpMeSayIt,
    GuidedCheckData FriendCheck,
    RecordSheetData RecordSheet)
{
    /// <summary>
    /// The words of a tool's form (its introduction, questions and choices), which a visitor
    /// reads on its page as much as the page's own text: search finds the page by them.
    /// </summary>
    public string FormWords(string tool) => string.Join("\n", tool switch
    {
        ToolNames.RelationshipCheck => RelationshipCheck.Questions.Select(q => q.Text).Prepend(RelationshipCheck.FormIntro.Plain),
        ToolNames.WarningSignsChecklist => Checklist.Signs.Select(s => s.Text).Prepend(Checklist.FormIntro.Plain),
        ToolNames.WhoToContact => WhoToContact.Questions.SelectMany(q => q.Options.Select(o => o.Label).Prepend(q.Legend)),
        ToolNames.HelpMeSayIt => GuidedWords(HelpMeSayIt),
        ToolNames.FriendCheck => GuidedWords(FriendCheck),
        ToolNames.KeepARecord => RecordSheet.Fields.SelectMany(f => new[] { f.Label, f.Hint }.OfType<string>()).Prepend(RecordSheet.FormIntro.Plain),
        _ => [],
    });

    private static IEnumerable<string> GuidedWords(GuidedCheckData data) =>
        data.Questions.SelectMany(q => q.Options.Select(o => o.Label).Prepend(q.Legend)).Prepend(data.Words.FormIntro.Plain);
}

/// <summary>A result's heading (plain text) and what it says (Markdown), as a data file gives them.</summary>
public sealed record ResultText(string Heading, Prose Text, int Line);

/// <summary>A council area and the places in it, for "not sure which council?".</summary>
public sealed record CouncilArea(string Id, string Name, IReadOnlyList<AreaDistrict> Districts);

public sealed record AreaDistrict(string? Name, IReadOnlyList<string> Places);

// The relationship check (content/data/relationship-check.yml).

/// <summary>The answers offered to every question; "yes" is always the worrying one.</summary>
public enum Answer
{
    Yes,
    Sometimes,
    No,
}

/// <summary>The result bands, most serious first. <see cref="Unsure"/>: too few answers to call it healthy.</summary>
public enum Band
{
    Red,
    Amber,
    Green,
    Unsure,
    None,
}

/// <summary>A question; <see cref="Weight"/> 3 means a worrying answer may mean danger.</summary>
/// <param name="AlsoShow">Contacts added to any result where this question is answered with worry.</param>
public sealed record RelationshipQuestion(string Id, string Text, int Weight, Prose Why, IReadOnlyList<string> AlsoShow, int Line);

/// <summary>Answers that are red together: every question in <see cref="All"/> and at least one in <see cref="Any"/>.</summary>
public sealed record QuestionCombination(string Id, IReadOnlyList<string> All, IReadOnlyList<string> Any, Prose Why, int Line);

/// <param name="RedWeight">Any worrying answer to a question of this weight or more is red.</param>
/// <param name="RedPoints">Concern points ("yes" scores the weight, "sometimes" half) that make the band red.</param>
/// <param name="HealthyNeedsAnswers">A green result needs this many answers, every question of <paramref name="RedWeight"/> among them.</param>
/// <param name="HealthyNeeds">Questions a green result also needs answered (the ones that show grooming).</param>
public sealed record RelationshipRules(
    int RedWeight, double RedPoints, IReadOnlyList<QuestionCombination> Together, int HealthyNeedsAnswers, IReadOnlyList<string> HealthyNeeds, int Line);

/// <summary>Who can help: the text, the contacts every result shows, and those a red result adds.</summary>
public sealed record ToolHelp(Prose Text, IReadOnlyList<string> Contacts, IReadOnlyList<string> RedContacts, int Line);

/// <param name="FormIntro">Above the questions.</param>
/// <param name="AnsweredNote">Under a partial result; <c>{answered}</c> and <c>{total}</c> are filled in.</param>
public sealed record RelationshipCheckData(
    Prose FormIntro,
    IReadOnlyList<RelationshipQuestion> Questions,
    RelationshipRules Rules,
    IReadOnlyDictionary<Band, ResultText> Results,
    Prose AnsweredNote,
    ToolHelp Help);

// The warning-signs checklist (content/data/warning-signs.yml).

/// <param name="Serious">This sign alone gives the "act now" result.</param>
/// <param name="SourceId">Where the sign comes from, for reviewers (see <see cref="ChecklistData.Sources"/>).</param>
public sealed record WarningSign(string Id, string Text, Prose Meaning, bool Serious, string SourceId, int Line);

public sealed record WarningSignGroup(string Id, string Title, IReadOnlyList<WarningSign> Signs, int Line);

public sealed record SignSource(string Id, string Title, string? Url, int Line);

/// <summary>Words put at the top of the result whenever one of <see cref="WhenTicked"/> is ticked.</summary>
public sealed record ChecklistNotice(string Id, IReadOnlyList<string> WhenTicked, Prose Text, int Line);

/// <summary>The checklist's results, most urgent first.</summary>
public enum ChecklistBand
{
    Serious,
    Several,
    Some,
    None,
}

/// <param name="FormIntro">Above the checkboxes.</param>
/// <param name="ActNowSigns">This many signs together give "act now" even when none is serious.</param>
/// <param name="Contacts">The contacts every result shows, in order.</param>
public sealed record ChecklistData(
    Prose FormIntro,
    IReadOnlyList<WarningSignGroup> Groups,
    IReadOnlyList<SignSource> Sources,
    IReadOnlyList<ChecklistNotice> Notices,
    int ActNowSigns,
    IReadOnlyDictionary<ChecklistBand, ResultText> Results,
    ResultText NextSteps,
    IReadOnlyList<string> Contacts)
{
    public IEnumerable<WarningSign> Signs => Groups.SelectMany(g => g.Signs);
}

// "Who should I contact?" (content/data/who-to-contact.yml).

public sealed record FinderOption(string Value, string Label);

/// <param name="Blank">The answer a question left blank counts as.</param>
/// <param name="ShowPlaces">Show the towns in each council area under this question.</param>
public sealed record FinderQuestion(string Id, string Legend, string Blank, bool ShowPlaces, IReadOnlyList<FinderOption> Options, int Line);

/// <summary>Answers a route or addition matches: for each question named, the answers it accepts. Empty matches all.</summary>
public sealed record FinderCondition(IReadOnlyDictionary<string, IReadOnlyList<string>> Answers)
{
    public bool Matches(IReadOnlyDictionary<string, string> answers) =>
        Answers.All(a => answers.TryGetValue(a.Key, out var given) && a.Value.Contains(given));
}

/// <param name="KeepFirst">The way someone wants to get in touch never moves <paramref name="First"/> down (the emergency routes: the police emergency line stays first).</param>
public sealed record FinderRoute(FinderCondition When, string First, Prose Why, IReadOnlyList<string> Also, int Line, bool KeepFirst = false);

/// <summary>
/// One answer to "How do you want to get in touch?": the kinds of channel it wants, and the words the
/// result uses for it. With no <see cref="Channels"/> (in person) it only shows <see cref="Text"/>.
/// </summary>
/// <param name="How">The answer (an option of the finder's <c>how</c> question).</param>
/// <param name="Also">Contacts added to the result for this answer, after the route's.</param>
/// <param name="None">Shown when no contact in the result has a channel of these kinds.</param>
/// <param name="Moved">Shown when the route's first contact gives way to one that can be reached this way; <c>{moved}</c> and <c>{first}</c> are filled in.</param>
public sealed record FinderWay(string How, IReadOnlyList<ChannelKind> Channels, string Heading, Prose? Text, IReadOnlyList<string> Also, Prose? None, Prose? Moved, int Line);

/// <summary>The finder's buttons and links, and the words beside each way to get in touch in a result.</summary>
/// <param name="Now">Open now, closed now, or not known today (a bank holiday).</param>
public sealed record FinderWords(string Submit, string StartAgain, NowWords Now, string Anonymous, string NotAnonymous, int Line);

public sealed record FinderAddition(FinderCondition When, IReadOnlyList<string> Contacts, int Line);

/// <summary>What the finder says when the first contact is closed; <c>{closed}</c>, <c>{open}</c> and <c>{opens}</c> are filled in.</summary>
/// <param name="Moved">When the way someone asked for puts another contact first: the closed one's hours (<c>{closed}</c>, <c>{opens}</c>).</param>
public sealed record FinderClosedTexts(Prose Instead, Prose OpenNow, Prose NoRoute, Prose Moved, int Line);

/// <param name="PlacesSummary">The link text that opens the towns in each council area.</param>
/// <param name="Ways">For answers to the <c>how</c> question: what each wants, and its words.</param>
public sealed record WhoToContactData(
    IReadOnlyList<FinderQuestion> Questions,
    string PlacesSummary,
    IReadOnlyList<FinderRoute> Routes,
    IReadOnlyList<FinderAddition> Additions,
    FinderClosedTexts Closed,
    Prose HoursNote,
    string ResultHeading,
    string OthersHeading,
    IReadOnlyList<FinderWay> Ways,
    FinderWords Words);
