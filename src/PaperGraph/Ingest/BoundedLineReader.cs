using System.Text;

namespace PaperGraph.Ingest;

/// <summary>
/// Reads lines like <see cref="TextReader.ReadLine"/> (ends: <c>\n</c>, <c>\r\n</c>, <c>\r</c>), but
/// never holds more than <see cref="MaxChars"/> characters of one line: a longer line is counted to its
/// end and given back as too long, with only its start kept, so a single 2 GB line cannot exhaust memory.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, int maxChars)
{
    /// <summary>How much of a too-long line is kept, for the rejects file.</summary>
    public const int PreviewChars = 1_000;

    private readonly char[] buffer = new char[1 << 16];
    private readonly StringBuilder line = new();
    private int position, length;
    private bool skipLineFeed;

    public int MaxChars => maxChars;

    /// <summary>The next line, or false at the end of the input.</summary>
    public bool TryReadLine(out InputLine result)
    {
        line.Clear();
        long count = 0;
        string? preview = null;
        var sawAnything = false;
        while (true)
        {
            if (position == length && !Fill())
            {
                result = Finish(count, preview);
                return sawAnything;
            }
            if (skipLineFeed)
            {
                skipLineFeed = false;
                if (buffer[position] == '\n')
                {
                    position++;
                    continue;
                }
            }
            sawAnything = true;
            var span = buffer.AsSpan(position, length - position);
            var end = span.IndexOfAny('\r', '\n');
            var take = end < 0 ? span.Length : end;
            Append(span[..take], ref count, ref preview);
            position += take;
            if (end >= 0)
            {
                skipLineFeed = buffer[position] == '\r';
                position++;
                result = Finish(count, preview);
                return true;
            }
        }
    }

    private void Append(ReadOnlySpan<char> chars, ref long count, ref string? preview)
    {
        count += chars.Length;
        if (preview is not null) return;
        if (count <= maxChars)
        {
            line.Append(chars);
            return;
        }
        // Over the cap: keep a preview and count the rest without storing it.
        line.Append(chars[..Math.Min(chars.Length, Math.Max(0, PreviewChars - line.Length))]);
        preview = line.ToString(0, Math.Min(line.Length, PreviewChars));
        line.Clear();
    }

    private InputLine Finish(long count, string? preview) =>
        preview is null ? new InputLine(line.ToString(), count) : new InputLine(null, count) { Preview = preview };

    private bool Fill()
    {
        length = reader.Read(buffer, 0, buffer.Length);
        position = 0;
        return length > 0;
    }
}

/// <summary>A line read by <see cref="BoundedLineReader"/>: its text, or null when it was over the cap.</summary>
internal readonly record struct InputLine(string? Text, long Length)
{
    /// <summary>The start of a line that was too long to keep.</summary>
    public string Preview { get; init; } = "";
}
