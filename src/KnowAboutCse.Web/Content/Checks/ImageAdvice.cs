using System.Text.RegularExpressions;

namespace KnowAboutCse.Web.Content.Checks;

/// <summary>
/// Finds advice to keep, save, copy, screenshot or pass on a sexual image of a child, which
/// national guidance forbids even "as evidence" (UKCIS, NSPCC Learning): adults never view,
/// copy, save, screenshot or forward the image; they keep the messages and note usernames.
/// A sentence is flagged when such a verb, with an image word after it, is not negated
/// ("never", "do not", "don't" before it). A "don't" that belongs to "delete" does not count:
/// "Don't delete it, keep the pictures" is still advice to keep the pictures. "Keep" before
/// a verb ending in -ing means "go on" ("someone keeps asking me for pictures"), not "keep hold of".
/// </summary>
public static partial class ImageAdvice
{
    /// <summary>Each sentence of <paramref name="line"/> that advises keeping or passing on an image.</summary>
    public static IEnumerable<string> Find(string line)
    {
        foreach (var sentence in Sentence().Matches(line).Select(m => m.Value))
        {
            foreach (Match verb in KeepVerbThenImage().Matches(sentence))
            {
                var before = sentence[..verb.Index];
                var negation = Negation().Matches(before).LastOrDefault();
                if (negation is null || Delete().IsMatch(before[(negation.Index + negation.Length)..]))
                {
                    yield return sentence.Trim();
                    break;
                }
            }
        }
    }

    [GeneratedRegex(@"[^.!?]+[.!?]*")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\b(keep(?!\w*\s+(on\s+)?(?!(every|any|no|some)?thing\b)\w{2,}ing\b)|save|saving|store|copy|copies|screenshot|screen-shot|forward)\w*\b(?=[^.!?]{0,50}\b(pictures?|images?|photos?|nudes?|videos?|pics?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex KeepVerbThenImage();

    [GeneratedRegex(@"\b(not|never|no one|nobody|don['’]t|doesn['’]t|won['’]t|can['’]t|shouldn['’]t)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\bdelet", RegexOptions.IgnoreCase)]
    private static partial Regex Delete();
}
