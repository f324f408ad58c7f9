using KnowAboutCse.Web.Contacts;
using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Web.Tools;

/// <summary>What a tool page shows: its form, and the result once answers are sent.</summary>
public abstract record ToolViewModel(string Url, ContactDirectory Contacts);

public sealed record RelationshipCheckViewModel(string Url, ContactDirectory Contacts, RelationshipCheckData Data, RelationshipResult? Result)
    : ToolViewModel(Url, Contacts);

/// <param name="Now">The moment the result was made, so each contact card can say what is open now.</param>
public sealed record WhoToContactViewModel(string Url, ContactDirectory Contacts, WhoToContactData Data, IReadOnlyList<CouncilArea> Areas, ContactAdvice? Advice, DateTimeOffset Now)
    : ToolViewModel(Url, Contacts);

public sealed record WarningSignsViewModel(string Url, ContactDirectory Contacts, ChecklistData Data, ChecklistResult? Result)
    : ToolViewModel(Url, Contacts);

/// <summary>"Help me say it" or "My friend made me promise": the questions, or the blocks the answers chose.</summary>
public sealed record GuidedCheckViewModel(string Url, ContactDirectory Contacts, GuidedCheckData Data, GuidedResult? Result)
    : ToolViewModel(Url, Contacts);

/// <summary>"Keep a record": the form (refilled, with what was wrong, when a field was too long), or the sheet to print.</summary>
public sealed record RecordSheetViewModel(string Url, ContactDirectory Contacts, RecordSheetData Data, RecordSheetEntry? Entry)
    : ToolViewModel(Url, Contacts)
{
    /// <summary>What was sent cannot be used as it is: the form is shown again, with a 400.</summary>
    public bool Refused => Entry is { TooLong.Count: > 0 };
}

/// <summary>
/// Turns a tool page and, after a POST, its form fields into the view. Missing answers
/// give a partial result; a value that is not one of the offered choices is refused
/// (null, which the controller answers with 400). Nothing here is stored or logged.
/// </summary>
public static class ToolForms
{
    public const string SignField = "sign";

    public static string QuestionField(RelationshipQuestion question) => "q-" + question.Id;

    /// <summary>The empty form.</summary>
    public static ToolViewModel Form(ContentPage page, ContentSnapshot content, DateTimeOffset now) => page.Tool switch
    {
        ToolNames.RelationshipCheck => new RelationshipCheckViewModel(page.Url, content.Contacts, content.Tools.RelationshipCheck, null),
        ToolNames.WhoToContact => new WhoToContactViewModel(page.Url, content.Contacts, content.Tools.WhoToContact, content.Tools.Areas, null, now),
        ToolNames.WarningSignsChecklist => new WarningSignsViewModel(page.Url, content.Contacts, content.Tools.Checklist, null),
        ToolNames.HelpMeSayIt => new GuidedCheckViewModel(page.Url, content.Contacts, content.Tools.HelpMeSayIt, null),
        ToolNames.FriendCheck => new GuidedCheckViewModel(page.Url, content.Contacts, content.Tools.FriendCheck, null),
        ToolNames.KeepARecord => new RecordSheetViewModel(page.Url, content.Contacts, content.Tools.RecordSheet, null),
        _ => throw new InvalidOperationException($"{page.SourcePath} has no tool."),
    };

    /// <summary>The result for the submitted fields, or null when a field holds a value the form never offers.</summary>
    public static ToolViewModel? Result(ContentPage page, ContentSnapshot content, IFormCollection form, DateTimeOffset now) => page.Tool switch
    {
        ToolNames.RelationshipCheck => RelationshipCheckResult(page, content, form),
        ToolNames.WhoToContact => WhoToContactResult(page, content, form, now),
        ToolNames.WarningSignsChecklist => new WarningSignsViewModel(page.Url, content.Contacts, content.Tools.Checklist,
            WarningSignsChecklist.Assess(content.Tools.Checklist, form[SignField].OfType<string>().ToHashSet(StringComparer.Ordinal))),
        ToolNames.HelpMeSayIt => GuidedResult(page, content, content.Tools.HelpMeSayIt, form),
        ToolNames.FriendCheck => GuidedResult(page, content, content.Tools.FriendCheck, form),
        ToolNames.KeepARecord => new RecordSheetViewModel(page.Url, content.Contacts, content.Tools.RecordSheet,
            RecordSheetEntry.Read(content.Tools.RecordSheet, id => form[id].ToString())),
        _ => null,
    };

    /// <summary>A guided tool's result; null when an answer is not one the form offers, or a choose question got two.</summary>
    private static GuidedCheckViewModel? GuidedResult(ContentPage page, ContentSnapshot content, GuidedCheckData data, IFormCollection form)
    {
        var answers = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var question in data.Questions)
        {
            var values = form[question.Id].OfType<string>().Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal);
            if (values.Any(v => question.Options.All(o => o.Value != v)) || (question.Kind == GuidedKind.Choose && values.Count > 1))
            {
                return null;
            }

            answers[question.Id] = values;
        }

        return new GuidedCheckViewModel(page.Url, content.Contacts, data, GuidedCheck.Assess(data, answers));
    }

    private static RelationshipCheckViewModel? RelationshipCheckResult(ContentPage page, ContentSnapshot content, IFormCollection form)
    {
        var data = content.Tools.RelationshipCheck;
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var question in data.Questions)
        {
            var value = form[QuestionField(question)].ToString();
            if (value.Length == 0)
            {
                continue;
            }

            if (Enum.GetValues<Answer>().Cast<Answer?>().FirstOrDefault(a => FieldValue(a!.Value) == value) is not { } answer)
            {
                return null;
            }

            answers[question.Id] = answer;
        }

        return new RelationshipCheckViewModel(page.Url, content.Contacts, data, RelationshipCheck.Assess(data, answers));
    }

    private static WhoToContactViewModel? WhoToContactResult(ContentPage page, ContentSnapshot content, IFormCollection form, DateTimeOffset now)
    {
        var data = content.Tools.WhoToContact;
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in data.Questions)
        {
            // Left blank, a question counts as its 'blank' answer in the data file: the safe middle.
            var value = form[question.Id].ToString();
            if (value.Length == 0)
            {
                value = question.Blank;
            }
            else if (question.Options.All(o => o.Value != value))
            {
                return null;
            }

            answers[question.Id] = value;
        }

        return new WhoToContactViewModel(page.Url, content.Contacts, data, content.Tools.Areas, ContactFinder.Find(data, answers, content.Contacts, now), now);
    }

    /// <summary>The form value for an answer: "yes", "sometimes", "no".</summary>
    public static string FieldValue(Answer answer) => answer.ToString().ToLowerInvariant();
}
