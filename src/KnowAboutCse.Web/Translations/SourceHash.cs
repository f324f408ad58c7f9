using System.Security.Cryptography;

namespace KnowAboutCse.Web.Translations;

/// <summary>
/// The fingerprint a translation records of the English text it was made from: the first 12
/// lower-case hex characters of the SHA-256 of the English file's body, the bytes after the
/// <c>---</c> line that closes its front matter exactly as they are in the file (the whole file
/// when it has no front matter, as the kit's letter and posters). Editing only the front matter
/// (a review date) leaves it alone; any change to the words changes it.
/// </summary>
public static class SourceHash
{
    public const int Length = 12;

    public static string Of(byte[] file) => Convert.ToHexStringLower(SHA256.HashData(Body(file)))[..Length];

    public static string OfFile(string path) => Of(File.ReadAllBytes(path));

    /// <summary>Whether <paramref name="value"/> has the shape of a hash: 12 lower-case hex characters.</summary>
    public static bool IsWellFormed(string? value) => value is { Length: Length } && value.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    private static ReadOnlySpan<byte> Body(byte[] file)
    {
        var lines = 0;
        var start = 0;
        for (var i = 0; i < file.Length; i++)
        {
            if (file[i] != (byte)'\n')
            {
                continue;
            }

            var line = file.AsSpan(start, i - start).TrimEnd((byte)'\r');
            var isFence = line.SequenceEqual("---"u8);
            if (lines == 0 && !isFence)
            {
                return file; // no front matter
            }

            lines++;
            start = i + 1;
            if (lines > 1 && isFence)
            {
                return file.AsSpan(start);
            }
        }

        return file;
    }
}
