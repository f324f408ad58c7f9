using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;

namespace KnowAboutCse.Tests.Content;

public sealed class ContentLoaderTests
{
    [Fact]
    public void Load_TinySite_BuildsSectionsInOrderWithUrls()
    {
        using var folder = TinySite.Create();

        var snapshot = ContentLoader.Load(folder.Path);

        Assert.Equal(["/parents", "/youngpeople", "/schools", "/get-help"], snapshot.Sections.Select(s => s.Url));
        var section = snapshot.Sections[0];
        Assert.Equal(["/parents/first", "/parents/second"], section.Pages.Select(p => p.Url));
        Assert.Equal("/about", Assert.Single(snapshot.SitePages).Url);
        Assert.Equal(new DateOnly(2026, 11, 28), snapshot.FindPage("/parents/first")!.Reviewed);
    }

    [Fact]
    public void Load_OrderField_DecidesTheListNotTheFileName()
    {
        using var folder = TinySite.Create()
            .Write("parents/aaa.md", TinySite.Page("Comes last", 9, "Text."));

        var section = ContentLoader.Load(folder.Path).FindSection("parents")!;

        Assert.Equal("/parents/aaa", section.Pages[^1].Url);
    }

    [Fact]
    public void Load_BadYaml_NamesFileAndLine()
    {
        using var folder = TinySite.Create()
            .Write("parents/broken.md", "---\ntitle: Broken\ndescription: [unclosed\norder: 3\nreviewed: 2026-11-28\n---\n\nText.\n");

        var problem = folder.SingleLoadProblem();

        Assert.Equal("parents/broken.md", problem.File);
        Assert.InRange(problem.Line, 3, 5);
        Assert.StartsWith("YAML:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingTitle_NamesFileAndFrontMatterLine()
    {
        using var folder = TinySite.Create()
            .Write("parents/untitled.md", "---\ndescription: No title here.\norder: 3\nreviewed: 2026-11-28\n---\n\nText.\n");

        var problem = folder.SingleLoadProblem();

        Assert.Equal(("parents/untitled.md", 1), (problem.File, problem.Line));
        Assert.Contains("'title'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownFrontMatterKey_IsCaughtAtItsLine()
    {
        using var folder = TinySite.Create()
            .Write("parents/typo.md", "---\ntitle: Typo\ndescription: A typo.\norder: 3\nreveiwed: 2026-11-28\n---\n\nText.\n");

        var ex = Assert.Throws<ContentLoadException>(() => ContentLoader.Load(folder.Path));

        Assert.Contains(ex.Problems, p => p.File == "parents/typo.md" && p.Line == 5 && p.Message.Contains("reveiwed", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_BadReviewedDate_NamesItsLine()
    {
        using var folder = TinySite.Create()
            .Write("parents/dated.md", "---\ntitle: Dated\ndescription: Bad date.\norder: 3\nreviewed: last week\n---\n\nText.\n");

        var problem = folder.SingleLoadProblem();

        Assert.Equal(("parents/dated.md", 5), (problem.File, problem.Line));
    }

    [Fact]
    public void Load_DuplicateAddress_NamesBothFiles()
    {
        // /parents as a site page would collide with the section.
        using var folder = TinySite.Create()
            .Write("pages/parents.md", TinySite.Page("Parents again", 2, "Text."));

        var problem = folder.SingleLoadProblem();

        Assert.Equal("pages/parents.md", problem.File);
        Assert.Contains("/parents", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UpperCaseFileName_IsRefused()
    {
        using var folder = TinySite.Create()
            .Write("parents/Warning_Signs.md", TinySite.Page("Signs", 3, "Text."));

        var problem = folder.SingleLoadProblem();

        Assert.Equal(("parents/Warning_Signs.md", 1), (problem.File, problem.Line));
    }

    [Fact]
    public void Load_UnknownContactId_NamesFileAndLine()
    {
        using var folder = TinySite.Create()
            .Write("parents/second.md", TinySite.Page("Second page", 2, "Text.\n\n{{contact first-response}}"));

        var problem = folder.SingleLoadProblem();

        Assert.Equal(("parents/second.md", 10), (problem.File, problem.Line));
        Assert.Contains("first-response", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LinkToMissingPage_NamesFileAndLine()
    {
        using var folder = TinySite.Create()
            .Write("parents/first.md", TinySite.Page("First page", 1, "See [the third](/parents/third)."));

        var problem = folder.SingleLoadProblem();

        Assert.Equal(("parents/first.md", 8), (problem.File, problem.Line));
        Assert.Contains("/parents/third", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stray.md")]
    [InlineData("parents/deeper/page.md")]
    public void Load_PageOutsideASectionFolder_IsRefused(string path)
    {
        using var folder = TinySite.Create().Write(path, TinySite.Page("Stray", 1, "Text."));

        var problem = folder.SingleLoadProblem();

        Assert.Equal((path, 1), (problem.File, problem.Line));
    }

    [Fact]
    public void Load_SectionWithoutIndex_IsRefused()
    {
        using var folder = TinySite.Create()
            .Write("carers/alone.md", TinySite.Page("Alone", 1, "Text."));

        var problem = folder.SingleLoadProblem();

        Assert.Equal("carers/_index.md", problem.File);
    }

    [Fact]
    public void Load_ManyProblems_AreAllReportedAtOnce()
    {
        using var folder = TinySite.Create()
            .Write("parents/first.md", TinySite.Page("First page", 1, "[x](javascript:alert(1)) {{phone nobody}}"))
            .Write("parents/untitled.md", "---\norder: 3\nreviewed: 2026-11-28\n---\n");

        var ex = Assert.Throws<ContentLoadException>(() => ContentLoader.Load(folder.Path));

        Assert.Equal(4, ex.Problems.Count);
    }

    [Fact]
    public void Load_ContactsFileProblem_NamesTheContactsFileAndLine()
    {
        using var folder = TinySite.Create();
        folder.Replace("data/contacts.yml", "phone: \"0808 800 5000\"", "phone: \"0808-800-5000\"");

        var problem = folder.SingleLoadProblem();

        Assert.Equal("data/contacts.yml", problem.File);
        var line = File.ReadAllLines(Path.Combine(folder.Path, "data/contacts.yml"))[problem.Line - 1];
        Assert.Contains("0808-800-5000", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OutOfHoursContactMissing_IsRefused()
    {
        using var folder = TinySite.Create();
        folder.Replace("data/contacts.yml", "out_of_hours: stoke-edt", "out_of_hours: stoke-night");

        var problem = folder.SingleLoadProblem();

        Assert.Contains("stoke-night", problem.Message, StringComparison.Ordinal);
        Assert.Contains("stoke-night", File.ReadAllLines(Path.Combine(folder.Path, "data/contacts.yml"))[problem.Line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Load_KeyContactRemoved_IsRefusedNamingTheContactsFileAndTheId()
    {
        using var folder = TinySite.Create();
        folder.Replace("data/contacts.yml", "id: police-emergency", "id: police-urgent");

        var ex = Assert.Throws<ContentLoadException>(() => ContentLoader.Load(folder.Path));

        Assert.Contains(ex.Problems, p => p.File == "data/contacts.yml" && p.Message.Contains("'police-emergency' is missing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ceop", "data/relationship-check.yml")]
    [InlineData("scas", "data/who-to-contact.yml")]
    [InlineData("stoke-front-door", "data/warning-signs.yml")]
    public void Load_ContactAToolNamesRemoved_IsRefusedAtEachItemThatNamesIt(string id, string file)
    {
        using var folder = TinySite.Create();
        folder.Replace("data/contacts.yml", $"id: {id}\n", $"id: {id}-renamed\n");

        var ex = Assert.Throws<ContentLoadException>(() => ContentLoader.Load(folder.Path));

        var named = ex.Problems.Where(p => p.File == file && p.Message.Contains($"'{id}'", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(named);
        var lines = File.ReadAllLines(Path.Combine(folder.Path, file));
        Assert.All(named, problem =>
        {
            // The problem's line starts the item (or names the key) that lists the id.
            var item = lines.Skip(problem.Line - 1).TakeWhile((l, i) => i == 0 || !l.TrimStart().StartsWith("- ", StringComparison.Ordinal));
            Assert.Contains(item, l => l.Contains(id, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Load_UnknownTool_IsRefusedAtItsLine()
    {
        var page = TinySite.Page("First page", 1, "Text.").Replace("reviewed:", "tool: quiz\nreviewed:", StringComparison.Ordinal);
        using var folder = TinySite.Create().Write("parents/first.md", page);

        var problem = folder.SingleLoadProblem();

        Assert.Equal(("parents/first.md", 5), (problem.File, problem.Line));
        Assert.Contains("Unknown tool 'quiz'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_QuestionWithABadWeight_NamesTheQuestionsLine()
    {
        using var folder = TinySite.Create();
        var text = folder.Read("data/relationship-check.yml");
        var firstWeight = text.IndexOf("    weight: 2", StringComparison.Ordinal);
        folder.Write("data/relationship-check.yml", text[..firstWeight] + "    weight: 4" + text[(firstWeight + 13)..]);

        var problem = folder.SingleLoadProblem();

        Assert.Equal("data/relationship-check.yml", problem.File);
        Assert.Contains("'weight' is 1, 2 or 3", problem.Message, StringComparison.Ordinal);
        Assert.Contains("- id: ignores-no", File.ReadAllLines(Path.Combine(folder.Path, "data/relationship-check.yml"))[problem.Line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FinderWithoutACatchAllRoute_IsRefused()
    {
        using var folder = TinySite.Create();
        var text = folder.Read("data/who-to-contact.yml");
        var last = text.IndexOf("  - first: police-non-emergency", StringComparison.Ordinal);
        folder.Write("data/who-to-contact.yml", text[..last] + text[text.IndexOf("# Contacts added", StringComparison.Ordinal)..]);

        var problem = folder.SingleLoadProblem();

        Assert.Equal("data/who-to-contact.yml", problem.File);
        Assert.Contains("every answer has a route", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RouteThatPuts999FirstWithoutKeepFirst_IsRefusedAtItsFirst()
    {
        using var folder = TinySite.Create();
        folder.Replace("data/who-to-contact.yml",
            "  - when: { urgency: [danger-now] }\n    first: police-emergency\n    keep_first: true\n",
            "  - when: { urgency: [danger-now] }\n    first: police-emergency\n");

        var problem = folder.SingleLoadProblem();

        Assert.Equal("data/who-to-contact.yml", problem.File);
        Assert.Contains("needs 'keep_first: true'", problem.Message, StringComparison.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(folder.Path, "data/who-to-contact.yml"));
        Assert.Equal(("    first: police-emergency", "  - when: { urgency: [danger-now] }"), (lines[problem.Line - 1], lines[problem.Line - 2]));
    }

    [Theory]
    [InlineData("  - how: chat\n", "  - how: pigeon\n", "one of the 'how' question's options")]
    [InlineData("    channels: [chat]\n", "    channels: [chat, fax]\n", "'fax' is not a kind of channel")]
    [InlineData("    moved: \"You can’t chat online with {moved}, so {first} is shown first.\"\n", "    moved: \"{closed} has no chat, so {first} is shown first.\"\n", "{moved} and {first} only, not {closed}")]
    [InlineData("    none: \"None of these has an online chat that we know of. See each one below for the other ways to reach them.\"\n", "", "Way 'chat' 'none' needs its text")]
    public void Load_WayThatDoesNotFit_IsRefusedAtItsLine(string good, string bad, string message)
    {
        using var folder = TinySite.Create();
        folder.Replace("data/who-to-contact.yml", good, bad);

        var problem = folder.SingleLoadProblem();

        Assert.Equal("data/who-to-contact.yml", problem.File);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(folder.Path, "data/who-to-contact.yml"));
        var way = lines.Take(problem.Line).Last(l => l.StartsWith("  - how:", StringComparison.Ordinal));
        Assert.Equal(bad.StartsWith("  - how:", StringComparison.Ordinal) ? bad.TrimEnd('\n') : "  - how: chat", way);
    }

    [Fact]
    public void Load_ChecklistNoticeForAnUnknownSign_IsRefusedAtTheNotice()
    {
        using var folder = TinySite.Create();
        folder.Replace("data/warning-signs.yml", "when_ticked: [going-missing,", "when_ticked: [gone-missing,");

        var problem = folder.SingleLoadProblem();

        Assert.Contains("gone-missing", problem.Message, StringComparison.Ordinal);
        Assert.Contains("- id: missing-now", File.ReadAllLines(Path.Combine(folder.Path, "data/warning-signs.yml"))[problem.Line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ToolTextWithATypedLinkToNowhere_IsRefused()
    {
        using var folder = TinySite.Create();
        folder.Replace("data/warning-signs.yml", "(/get-help/who-to-contact)", "(/get-help/who)");

        var problem = folder.SingleLoadProblem();

        Assert.Equal("data/warning-signs.yml", problem.File);
        Assert.Contains("/get-help/who, which is not a page", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingToolDataFile_IsRefused()
    {
        using var folder = TinySite.Create();
        folder.Delete("data/areas.yml");

        var problem = folder.SingleLoadProblem();

        Assert.Equal(("data/areas.yml", 1), (problem.File, problem.Line));
    }

    [Fact]
    public void Load_RealContent_HasNoProblems()
    {
        var snapshot = ContentLoader.Load(RepoPaths.Content);

        Assert.NotEmpty(snapshot.AllPages);
    }
}
