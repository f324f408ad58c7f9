using KnowAboutCse.Tests.Support;
using KnowAboutCse.Web.Content;
using KnowAboutCse.Web.Tools;

namespace KnowAboutCse.Tests.Tools;

/// <summary>
/// The rules of "Help me say it" and the friend check, on their real data files: which words
/// each set of answers brings, and the loader's refusals of data that would break those rules.
/// </summary>
public sealed class GuidedCheckTests
{
    private static readonly ToolData Data = ContentLoader.Load(RepoPaths.Content).Tools;

    private static GuidedResult Answer(GuidedCheckData data, params (string Question, string[] Values)[] answers) =>
        GuidedCheck.Assess(data, answers.ToDictionary(a => a.Question, a => (IReadOnlySet<string>)a.Values.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));

    private static string Words(GuidedResult result, GuidedPlace place) =>
        string.Join("\n", result.In(place).Select(b => (b.Block.Heading ?? "") + "\n" + (b.Block.Text?.Plain ?? "") + string.Join("\n", b.Lines)));

    private static IEnumerable<string> Contacts(GuidedResult result) => result.Blocks.SelectMany(b => b.Block.Contacts);

    [Fact]
    public void HelpMeSayIt_TickedStatements_BecomeTheNoteInTheirOwnWordsInTheFormsOrder()
    {
        var result = Answer(Data.HelpMeSayIt, ("say", ["scared", "pictures"]), ("who", ["parent"]));

        var note = result.In(GuidedPlace.Note).ToList();
        Assert.Equal("I need to tell you something, and it's hard to say.", note[0].Block.Text!.Plain.Trim());
        Assert.Equal(["Someone online keeps asking me to send pictures of myself.", "I'm scared of someone."], note.Single(b => b.Lines.Count > 0).Lines);
        Assert.Contains("Please listen, and help me work out what to do.", Words(result, GuidedPlace.Note), StringComparison.Ordinal);
    }

    [Fact]
    public void HelpMeSayIt_NothingTicked_StillMakesANoteThatSaysSomethingIsWrong()
    {
        var result = Answer(Data.HelpMeSayIt);

        var note = Words(result, GuidedPlace.Note);
        Assert.Contains("Something is worrying me, and I don't know how to say it.", note, StringComparison.Ordinal);
        Assert.DoesNotContain(result.In(GuidedPlace.Note), b => b.Block.LinesFrom is not null);
        Assert.Contains("Not sure who to tell?", Words(result, GuidedPlace.After), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("threatened")]
    [InlineData("touched")]
    [InlineData("scared")]
    [InlineData("meet")]
    [InlineData("carry")]
    [InlineData("owe")]
    [InlineData("friend")]
    public void HelpMeSayIt_ASignOfDanger_Puts999AndPress55AboveTheNote(string statement)
    {
        var result = Answer(Data.HelpMeSayIt, ("say", [statement]), ("who", ["teacher"]));

        var top = Words(result, GuidedPlace.Top);
        Assert.Contains("call 999", top, StringComparison.Ordinal);
        Assert.Contains("press 55", top, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpMeSayIt_OnlyPictureRequests_HasNoDangerNoticeButStillOffersChildline()
    {
        var result = Answer(Data.HelpMeSayIt, ("say", ["pictures"]), ("who", ["parent"]));

        Assert.Empty(result.In(GuidedPlace.Top));
        Assert.Contains("childline", Contacts(result));
    }

    [Fact]
    public void HelpMeSayIt_ForChildline_IsWordedForACounsellorWithNoAdultTip()
    {
        var result = Answer(Data.HelpMeSayIt, ("say", ["owe"]), ("who", ["childline"]));

        var note = Words(result, GuidedPlace.Note);
        Assert.StartsWith("Hi. I need to talk about something", note.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("I'm telling you because I trust you", note, StringComparison.Ordinal);
        var after = Words(result, GuidedPlace.After);
        Assert.Contains("0800 1111", after, StringComparison.Ordinal);
        Assert.DoesNotContain("For the adult reading this", after, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parent", "NSPCC helpline")]
    [InlineData("other-adult", "NSPCC helpline")]
    [InlineData("not-sure", "NSPCC helpline")]
    [InlineData("teacher", "designated safeguarding lead")]
    public void HelpMeSayIt_ForAnAdult_TellsThemHowToListenAndWhoToCall(string who, string route)
    {
        var result = Answer(Data.HelpMeSayIt, ("say", ["secret"]), ("who", [who]));

        var tip = result.In(GuidedPlace.After).Single(b => b.Block.Heading == "For the adult reading this").Block.Text!.Plain;
        Assert.Contains("Stay calm and listen", tip, StringComparison.Ordinal);
        Assert.Contains("it's not their fault", tip, StringComparison.Ordinal);
        Assert.Contains("any pictures", tip, StringComparison.Ordinal);
        Assert.Contains("don't promise to keep it secret", tip, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(route, tip, StringComparison.Ordinal);
        Assert.Contains("If the adult doesn't listen", Words(result, GuidedPlace.After), StringComparison.Ordinal);
    }

    [Fact]
    public void HelpMeSayIt_ForATeacher_SaysHonestlyTheTeacherCannotKeepItSecret()
    {
        var result = Answer(Data.HelpMeSayIt, ("say", ["touched"]), ("who", ["teacher"]));

        var words = Words(result, GuidedPlace.After);
        Assert.Contains("A teacher can't keep this a secret. They will tell the DSL", words, StringComparison.Ordinal);
        Assert.Contains("Choose someone who is not the person hurting you", words, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpMeSayIt_Threatened_SaysDontPayAndKeepTheMessagesButNeverToKeepThePicture()
    {
        var result = Answer(Data.HelpMeSayIt, ("say", ["threatened"]), ("who", ["parent"]));

        var words = result.In(GuidedPlace.After).Single(b => b.Block.Heading == "If someone is threatening you over a picture").Block.Text!.Plain;
        Assert.Contains("Don't pay", words, StringComparison.Ordinal);
        Assert.Contains("don't delete the messages", words, StringComparison.Ordinal);
        Assert.Contains("Write down their username, then block them.", words, StringComparison.Ordinal);
        Assert.Contains("ceop", Contacts(result));
        Assert.Contains("not your fault", words, StringComparison.Ordinal);
        Assert.DoesNotContain("keep the picture", words, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void FriendCheck_DangerNow_Puts999FirstAboveEverythingElse()
    {
        var result = Answer(Data.FriendCheck, ("noticed", ["older"]), ("danger", ["yes"]), ("secret", ["no"]));

        var top = Assert.Single(result.In(GuidedPlace.Top)).Block.Text!.Plain;
        Assert.StartsWith("Call 999 now.", top, StringComparison.Ordinal);
        Assert.Contains("press 55", top, StringComparison.Ordinal);
    }

    [Fact]
    public void FriendCheck_NotSureAboutDanger_Says999IfTheyCouldGetHurtAndAnAdultToday()
    {
        var result = Answer(Data.FriendCheck, ("noticed", ["gifts"]));

        var top = Assert.Single(result.In(GuidedPlace.Top)).Block.Text!.Plain;
        Assert.Contains("999", top, StringComparison.Ordinal);
        Assert.Contains("today", top, StringComparison.Ordinal);
    }

    [Fact]
    public void FriendCheck_NoDangerNow_HasNoUrgentNotice()
    {
        var result = Answer(Data.FriendCheck, ("noticed", ["gifts"]), ("danger", ["no"]));

        Assert.Empty(result.In(GuidedPlace.Top));
    }

    [Fact]
    public void FriendCheck_APromise_ExplainsWhyItIsOkToBreakAndWhatToSay()
    {
        var result = Answer(Data.FriendCheck, ("noticed", ["feeling"]), ("danger", ["no"]), ("secret", ["yes"]));

        var after = Words(result, GuidedPlace.After);
        Assert.Contains("Why it's OK to break this promise", after, StringComparison.Ordinal);
        Assert.Contains("You are not getting your friend into trouble.", after, StringComparison.Ordinal);
        Assert.Contains("I know I promised", after, StringComparison.Ordinal);
        Assert.Contains("Tell the adult first.", after, StringComparison.Ordinal);
        Assert.True(after.IndexOf("Who to tell first", StringComparison.Ordinal) < after.IndexOf("What to say to your friend", StringComparison.Ordinal), "telling an adult comes before talking to the friend");
    }

    [Fact]
    public void FriendCheck_NoPromise_LeavesOutThePromiseWords()
    {
        var result = Answer(Data.FriendCheck, ("noticed", ["feeling"]), ("danger", ["no"]), ("secret", ["no"]));

        var after = Words(result, GuidedPlace.After);
        Assert.DoesNotContain("promise", after, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Who to tell first", after, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pictures", "If there are pictures", "report-remove")]
    [InlineData("carrying", "If someone makes them carry or sell things", "fearless")]
    [InlineData("missing", "If your friend is missing", null)]
    public void FriendCheck_WhatYouNoticed_AddsItsOwnAdvice(string noticed, string heading, string? contact)
    {
        var result = Answer(Data.FriendCheck, ("noticed", [noticed]), ("danger", ["no"]));
        var without = Answer(Data.FriendCheck, ("noticed", ["feeling"]), ("danger", ["no"]));

        Assert.Contains(result.Blocks, b => b.Block.Heading == heading);
        Assert.DoesNotContain(without.Blocks, b => b.Block.Heading == heading);
        if (contact is not null)
        {
            Assert.Contains(contact, Contacts(result));
        }
    }

    [Fact]
    public void FriendCheck_Pictures_SaysNeverToLookSaveOrSendThem()
    {
        var result = Answer(Data.FriendCheck, ("noticed", ["pictures"]), ("danger", ["no"]));

        var words = result.Blocks.Single(b => b.Block.Heading == "If there are pictures").Block.Text!.Plain;
        Assert.Contains("Don't look at, save or send on any picture of your friend, even to show an adult.", words, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GuidedCheckFile.HelpMeSayItPath)]
    [InlineData(GuidedCheckFile.FriendCheckPath)]
    public void EveryResult_WhateverTheAnswers_OffersChildlineOrAPhoneNumber(string file)
    {
        var data = file == GuidedCheckFile.HelpMeSayItPath ? Data.HelpMeSayIt : Data.FriendCheck;

        // Every combination of one answer per question (and nothing at all).
        IEnumerable<(string, string[])[]> Combinations(int i) => i == data.Questions.Count
            ? [[]]
            : data.Questions[i].Options.Select(o => o.Value).Append(null).SelectMany(v => Combinations(i + 1).Select(rest => v is null ? rest : rest.Prepend((data.Questions[i].Id, new[] { v })).ToArray()));

        foreach (var answers in Combinations(0))
        {
            var result = Answer(data, answers);
            var words = string.Join("\n", result.Blocks.Select(b => b.Block.Text?.Plain ?? ""));
            Assert.True(Contacts(result).Contains("childline") || words.Contains("0800 1111", StringComparison.Ordinal) || words.Contains("999", StringComparison.Ordinal),
                $"{file}: {string.Join("; ", answers.Select(a => a.Item1 + "=" + a.Item2[0]))} gives no route to help");
        }
    }

    /// <param name="marker">Text on the line the problem must name, or on the line after it when <paramref name="lineAfter"/>.</param>
    [Theory]
    [InlineData("    blank: nothing\n", "    blank: \n", "- id: say", false, "Question 'say' needs 'kind'")]
    [InlineData("  - when: { say: [threatened, touched, scared, meet, carry, owe, friend] }", "  - when: { say: [threatened, flying] }", "flying", false, "'when' names say: threatened, flying")]
    [InlineData("  - place: note\n    lines_from: say", "  - place: note\n    lines_from: who", "lines_from: who", true, "'lines_from' names who, which is not a tick question")]
    [InlineData("    place: top\n", "    place: sideways\n", "place: sideways", true, "A block's 'place' must be top, note or after.")]
    public void Load_BrokenGuidedTool_NamesTheFileAndLine(string find, string replace, string marker, bool lineAfter, string message)
    {
        using var folder = TinySite.Create();
        folder.Replace(GuidedCheckFile.HelpMeSayItPath, find, replace);
        var line = File.ReadAllLines(Path.Combine(folder.Path, GuidedCheckFile.HelpMeSayItPath)).ToList().FindIndex(l => l.Contains(marker, StringComparison.Ordinal)) + (lineAfter ? 0 : 1);

        // A broken question also breaks the blocks that name it: each is reported, this one among them.
        var problems = Assert.Throws<ContentLoadException>(() => ContentLoader.Load(folder.Path)).Problems;

        var problem = Assert.Single(problems, p => p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal((GuidedCheckFile.HelpMeSayItPath, line), (problem.File, problem.Line));
    }

    [Fact]
    public void Load_GuidedToolWhoseResultsCanHaveNoRouteToHelp_IsRefused()
    {
        using var folder = TinySite.Create();
        folder.Replace(GuidedCheckFile.FriendCheckPath, "    contacts: [childline]\n", "\n");
        folder.Replace(GuidedCheckFile.FriendCheckPath, "You can also talk to Childline, free, day or night.", "You can also talk to Childline.");

        var problem = Assert.Single(Assert.Throws<ContentLoadException>(() => ContentLoader.Load(folder.Path)).Problems);

        Assert.Equal(GuidedCheckFile.FriendCheckPath, problem.File);
        Assert.Contains("Every result needs a route to help", problem.Message, StringComparison.Ordinal);
    }
}
