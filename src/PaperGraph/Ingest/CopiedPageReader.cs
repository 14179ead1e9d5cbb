using System.Text.RegularExpressions;

namespace PaperGraph.Ingest;

/// <summary>
/// Reads a papers page copied to text (the shape of a Hugging Face papers page): some page
/// boilerplate lines, then for each paper a title line followed by an abstract line.
/// A line is an abstract when it reads like running text (long, or several sentences); the line
/// before it is its title. A title may itself read like two sentences ("Does RL Teach New Skills? A
/// Controlled Study"): a short line with no full stop at its end, after an abstract, is taken as a
/// title. Short lines before the first paper are page boilerplate; a title with no abstract after
/// it, or an abstract with no title, is rejected.
/// </summary>
public sealed partial class CopiedPageReader : IPaperReader
{
    public InputFormat Format => InputFormat.Text;

    public IEnumerable<ReadResult> Read(Stream stream, string sourceName, CancellationToken cancellationToken)
    {
        using var reader = InputText.Open(stream);
        var lines = new BoundedLineReader(reader, InputLimits.MaxLineChars);
        string? pendingTitle = null;
        long pendingLine = 0, lineNumber = 0;
        var papersSeen = 0;
        while (lines.TryReadLine(out var line))
        {
            lineNumber++;
            cancellationToken.ThrowIfCancellationRequested();
            if (line.Text is null)
            {
                // Too long to be a title: an abstract that its title, if any, loses with it.
                if (pendingTitle is not null)
                    yield return ReadResult.Reject(new(sourceName, pendingLine), "title line whose abstract line is over the line limit (next rejection)", pendingTitle);
                pendingTitle = null;
                yield return ReadResult.Reject(new(sourceName, lineNumber), InputLimits.LineTooLong(line, lines.MaxChars), line.Preview, line.Length);
                continue;
            }
            var text = line.Text.Trim();
            if (text.Length == 0) continue;

            if (!LooksLikeAbstract(text) || (pendingTitle is null && CouldBeTitle(text)))
            {
                if (pendingTitle is not null && papersSeen > 0)
                    yield return ReadResult.Reject(new(sourceName, pendingLine), "title line without an abstract line after it", pendingTitle);
                pendingTitle = text;
                pendingLine = lineNumber;
                continue;
            }

            if (pendingTitle is null)
            {
                yield return ReadResult.Reject(new(sourceName, lineNumber), "abstract line without a title line before it", text);
                continue;
            }

            var title = papersSeen == 0 ? GluedSubscribe().Replace(pendingTitle, "") : pendingTitle;
            var raw = pendingTitle + "\n" + text;
            pendingTitle = null;
            papersSeen++;
            yield return PaperFactory.Create(new(sourceName, pendingLine), raw, id: null, title, text);
        }
        if (pendingTitle is not null && papersSeen > 0)
            yield return ReadResult.Reject(new(sourceName, pendingLine), "title line without an abstract line after it", pendingTitle);
    }

    /// <summary>Running text: long, or at least two sentences of some length.</summary>
    internal static bool LooksLikeAbstract(string line) =>
        line.Length >= 200 || (line.Length >= 80 && SentenceBreak().Count(line) >= 1);

    /// <summary>Short, and not ending a sentence with a full stop: what a title reads like even when it asks a question.</summary>
    internal static bool CouldBeTitle(string line) => line.Length <= MaxTitleChars && !line.EndsWith('.');

    private const int MaxTitleChars = 300;

    // The page's "Subscribe" button text ends up glued to the first title.
    [GeneratedRegex(@"^Subscribe(?=\p{Lu}|\d)")]
    private static partial Regex GluedSubscribe();

    [GeneratedRegex(@"[a-z0-9%)\]][.!?]\s+\p{Lu}")]
    private static partial Regex SentenceBreak();
}
