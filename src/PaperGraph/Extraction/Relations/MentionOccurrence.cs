namespace PaperGraph.Extraction.Relations;

/// <summary>Where one mention is named in one sentence: offsets are within the sentence text.</summary>
internal readonly record struct MentionOccurrence(Mention Mention, int Sentence, int Start, int End);

/// <summary>
/// Finds every place a paper's mentions are named, by their name, aliases and long form, at word
/// boundaries (a plural "s" may follow). A mention's own evidence only gives its first place; the
/// relation cues need all of them. An occurrence inside a longer one ("RLVR" in "Agent-RLVR") is dropped.
/// </summary>
internal static class OccurrenceFinder
{
    public static List<MentionOccurrence> Find(IReadOnlyList<Sentence> sentences, IReadOnlyList<Mention> mentions)
    {
        var found = new List<MentionOccurrence>();
        var surfaces = mentions.Select(m => Surface(sentences, m)).ToArray();
        for (var s = 0; s < sentences.Count; s++)
        {
            var text = sentences[s].Text;
            var before = found.Count;
            for (var m = 0; m < mentions.Count; m++)
            {
                var mention = mentions[m];
                if (surfaces[m] is { } surface) FindIn(text, s, mention, surface, found);
                FindIn(text, s, mention, mention.Name, found);
                foreach (var alias in mention.Aliases) FindIn(text, s, mention, alias, found);
                if (mention.LongForm is { } longForm) FindIn(text, s, mention, longForm, found);
            }
            if (found.Count - before > 1) DropNested(found, before);
        }
        // A mention the extractor placed but whose forms are not written as such (a normalised
        // reward name, say) is still where its evidence says.
        foreach (var mention in mentions)
        {
            if (mention.Evidence.Start < 0 || found.Any(o => ReferenceEquals(o.Mention, mention))) continue;
            for (var s = sentences.Count - 1; s >= 0; s--)
            {
                var offset = mention.Evidence.Start - sentences[s].Start;
                if (offset < 0) continue;
                if (offset < sentences[s].Text.Length) found.Add(new MentionOccurrence(mention, s, offset, Math.Min(sentences[s].Text.Length, offset + mention.Evidence.Length)));
                break;
            }
        }
        found.Sort((a, b) => a.Sentence != b.Sentence ? a.Sentence.CompareTo(b.Sentence) : a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The text the extractor read the mention from, when it differs from the name ("T\\"ULU 3" for "TÜLU 3").</summary>
    private static string? Surface(IReadOnlyList<Sentence> sentences, Mention mention)
    {
        var start = mention.Evidence.Start;
        if (start < 0 || mention.Evidence.Length <= 0) return null;
        foreach (var sentence in sentences)
        {
            var offset = start - sentence.Start;
            if (offset < 0 || offset + mention.Evidence.Length > sentence.Text.Length) continue;
            var surface = sentence.Text.Substring(offset, mention.Evidence.Length);
            return surface == mention.Name ? null : surface;
        }
        return null;
    }

    private static void FindIn(string text, int sentence, Mention mention, string form, List<MentionOccurrence> found)
    {
        if (form.Length < 2) return;
        // Short acronyms must match in case ("IL" is not "il"); longer names need not ("Verifiable Rewards").
        var comparison = form.Length <= 4 ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        for (var at = text.IndexOf(form, comparison); at >= 0; at = text.IndexOf(form, at + 1, comparison))
        {
            var end = at + form.Length;
            if (end < text.Length && text[end] == 's' && (end + 1 == text.Length || !IsWordChar(text[end + 1]))) end++;
            if (at > 0 && IsWordChar(text[at - 1]) || end < text.Length && IsWordChar(text[end])) continue;
            found.Add(new MentionOccurrence(mention, sentence, at, end));
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static void DropNested(List<MentionOccurrence> found, int from)
    {
        var span = found.GetRange(from, found.Count - from);
        found.RemoveRange(from, found.Count - from);
        span.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        foreach (var occurrence in span)
        {
            var nested = span.Any(o => !ReferenceEquals(o.Mention, occurrence.Mention)
                && o.Start <= occurrence.Start && o.End >= occurrence.End && o.End - o.Start > occurrence.End - occurrence.Start);
            var repeat = found.Count > from && ReferenceEquals(found[^1].Mention, occurrence.Mention) && found[^1].Start == occurrence.Start;
            if (!nested && !repeat) found.Add(occurrence);
        }
    }
}
