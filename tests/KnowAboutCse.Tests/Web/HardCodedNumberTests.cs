using System.Text.RegularExpressions;
using KnowAboutCse.Tests.Support;

namespace KnowAboutCse.Tests.Web;

/// <summary>Phone numbers live only in content/data/contacts.yml, so a change there changes the whole site.</summary>
public sealed partial class HardCodedNumberTests
{
    public static TheoryData<string> SourceAndContentFiles() =>
        [.. Directory.EnumerateFiles(RepoPaths.Source, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(RepoPaths.Content, "*.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Content, "kit"), "*.yml")) // the schools kit's newsletter text and posters
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Content, "data"), "*.yml") // the tools' words, the site's facts
                .Where(f => Path.GetFileName(f) != "contacts.yml"))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SourceAndContentFiles))]
    public void File_HasNoPhoneNumberOutsideTheContactsData(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, file));

        var numbers = PhoneNumber().Matches(text).Select(m => m.Value).ToList();

        Assert.True(numbers.Count == 0, $"{file} types phone numbers {string.Join(", ", numbers)}: use the contacts data instead.");
    }

    [GeneratedRegex(@"(?<![\w.#-])(?:999|101|0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}|0800 ?1111)(?![\w.-])")]
    private static partial Regex PhoneNumber();
}
