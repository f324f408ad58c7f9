using KnowAboutCse.Web.Contacts;
using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Web.Tools;

/// <summary>What a tool page shows: its form, and the result once answers are sent.</summary>
public abstract record ToolView(string Url);

public sealed record RelationshipCheckView(string Url, IReadOnlyList<RelationshipQuestion> Questions, ContactDirectory Contacts, RelationshipResult? Result)
    : ToolView(Url);

public sealed record WhoToContactView(string Url, IReadOnlyList<Area> Areas, ContactAdvice? Advice) : ToolView(Url);

public sealed record WarningSignsView(string Url, IReadOnlyList<WarningSignGroup> Groups, ContactDirectory Contacts, ChecklistResult? Result)
    : ToolView(Url);

/// <summary>
/// Turns a tool page and, after a POST, its form fields into the view. Missing answers
/// give a partial result; a value that is not one of the offered choices is refused
/// (null, which the controller answers with 400). Nothing here is stored or logged.
/// </summary>
public static class ToolForms
{
    public const string WhereField = "where";
    public const string UrgencyField = "urgency";
    public const string AskerField = "who";
    public const string SignField = "sign";

    public static string QuestionField(RelationshipQuestion question) => "q-" + question.Id;

    /// <summary>The empty form.</summary>
    public static ToolView Form(ContentPage page, ContentSnapshot content) => page.Tool switch
    {
        ToolNames.RelationshipCheck => new RelationshipCheckView(page.Url, content.Tools.RelationshipQuestions, content.Contacts, null),
        ToolNames.WhoToContact => new WhoToContactView(page.Url, content.Tools.Areas, null),
        ToolNames.WarningSignsChecklist => new WarningSignsView(page.Url, content.Tools.WarningSignGroups, content.Contacts, null),
        _ => throw new InvalidOperationException($"{page.SourcePath} has no tool."),
    };

    /// <summary>The result for the submitted fields, or null when a field holds a value the form never offers.</summary>
    public static ToolView? Result(ContentPage page, ContentSnapshot content, IFormCollection form, DateTimeOffset now) => page.Tool switch
    {
        ToolNames.RelationshipCheck => RelationshipCheckResult(page, content, form),
        ToolNames.WhoToContact => WhoToContactResult(page, content, form, now),
        ToolNames.WarningSignsChecklist => new WarningSignsView(page.Url, content.Tools.WarningSignGroups, content.Contacts,
            WarningSignsChecklist.Assess(content.Tools.WarningSignGroups, form[SignField].Where(v => v is not null).ToHashSet()!)),
        _ => null,
    };

    private static RelationshipCheckView? RelationshipCheckResult(ContentPage page, ContentSnapshot content, IFormCollection form)
    {
        var answers = new Dictionary<string, Answer>();
        foreach (var question in content.Tools.RelationshipQuestions)
        {
            var value = form[QuestionField(question)].ToString();
            if (value.Length == 0)
            {
                continue;
            }

            if (Parse<Answer>(value) is not { } answer)
            {
                return null;
            }

            answers[question.Id] = answer;
        }

        return new RelationshipCheckView(page.Url, content.Tools.RelationshipQuestions, content.Contacts,
            RelationshipCheck.Assess(content.Tools.RelationshipQuestions, answers));
    }

    private static WhoToContactView? WhoToContactResult(ContentPage page, ContentSnapshot content, IFormCollection form, DateTimeOffset now)
    {
        // Left blank, "where" means not sure, "how urgent" means worried, "who" means an adult: the safe middle.
        var where = Choice(form, WhereField, Where.NotSure);
        var urgency = Choice(form, UrgencyField, Urgency.Worried);
        var asker = Choice(form, AskerField, Asker.Adult);
        return where is null || urgency is null || asker is null
            ? null
            : new WhoToContactView(page.Url, content.Tools.Areas, ContactFinder.Find(where.Value, urgency.Value, asker.Value, content.Contacts, now));
    }

    private static T? Choice<T>(IFormCollection form, string field, T whenBlank)
        where T : struct, Enum
    {
        var value = form[field].ToString();
        return value.Length == 0 ? whenBlank : Parse<T>(value);
    }

    /// <summary>"elsewhere-in-uk" → ElsewhereInUk; only the names the enum has, never numbers.</summary>
    private static T? Parse<T>(string value)
        where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => FieldValue(v!.Value) == value);

    /// <summary>The form value for a choice: lower-case, hyphenated.</summary>
    public static string FieldValue<T>(T value)
        where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
