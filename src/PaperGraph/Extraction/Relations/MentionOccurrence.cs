namespace PaperGraph.Extraction.Relations;

/// <summary>Where one mention is named in one sentence: offsets are within the sentence text.</summary>
internal readonly record struct MentionOccurrence(Mention Mention, int Sentence, int Start, int End);

/// <summary>
/// Finds every place a paper's mentions are named, by the surface the extractor read, their name,
/// aliases and long form, at word boundaries (a plural "s" may follow). A mention's own evidence
/// only gives its first place; the relation cues need all of them. An occurrence inside a longer
/// one ("RLVR" in "Agent-RLVR") is dropped.
/// </summary>
internal static class OccurrenceFinder
{
    public static List<MentionOccurrence> Find(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Mention> mentions)
    {
        var found = new List<MentionOccurrence>();
        // A long form is an alias too, and the surface read is often one: each form is searched once,
        // as a second search would only find the same places again (dropped below as repeats).
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            forms.Clear();
            if (Surface(text, mention) is { } surface && forms.Add(surface)) FindIn(text, sentences, mention, surface, found);
            if (forms.Add(mention.Name)) FindIn(text, sentences, mention, mention.Name, found);
            foreach (var alias in mention.Aliases)
            {
                if (forms.Add(alias)) FindIn(text, sentences, mention, alias, found);
            }
            if (mention.LongForm is { } longForm && forms.Add(longForm)) FindIn(text, sentences, mention, longForm, found);
        }
        found.Sort(InReadingOrder);
        var kept = DropNested(found);
        // A mention named nowhere on its own (a normalised reward name, or one only inside a longer
        // name) is still where its evidence says.
        var placed = new HashSet<Mention>(kept.Select(o => o.Mention), ReferenceEqualityComparer.Instance);
        var before = kept.Count;
        foreach (var mention in mentions)
        {
            if (mention.Evidence.Start >= 0 && !placed.Contains(mention))
                Add(sentences, mention, mention.Evidence.Start, mention.Evidence.Start + Math.Max(1, mention.Evidence.Length), kept);
        }
        if (kept.Count > before) kept.Sort(InReadingOrder);
        return kept;
    }

    private static int InReadingOrder(MentionOccurrence a, MentionOccurrence b) =>
        a.Sentence != b.Sentence ? a.Sentence.CompareTo(b.Sentence)
        : a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End);

    /// <summary>The text the extractor read the mention from, when it differs from the name ("T\\"ULU 3" for "TÜLU 3").</summary>
    private static string? Surface(string text, Mention mention)
    {
        var (start, length) = (mention.Evidence.Start, mention.Evidence.Length);
        if (start < 0 || length <= 0 || start + length > text.Length) return null;
        var surface = text.AsSpan(start, length);
        return surface.SequenceEqual(mention.Name) ? null : surface.ToString();
    }

    private static void FindIn(string text, IReadOnlyList<Sentence> sentences, Mention mention, string form, List<MentionOccurrence> found)
    {
        if (form.Length < 2) return;
        // Short acronyms must match in case ("IL" is not "il"); longer names need not ("Verifiable Rewards").
        var comparison = form.Length <= 4 ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        for (var at = text.IndexOf(form, comparison); at >= 0; at = text.IndexOf(form, at + 1, comparison))
        {
            var end = at + form.Length;
            if (end < text.Length && text[end] == 's' && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1]))) end++;
            if (at > 0 && char.IsLetterOrDigit(text[at - 1]) || end < text.Length && char.IsLetterOrDigit(text[end])) continue;
            Add(sentences, mention, at, end, found);
        }
    }

    /// <summary>Adds the span [start, end) of the abstract as an occurrence in its sentence; a span across sentences is dropped.</summary>
    private static void Add(IReadOnlyList<Sentence> sentences, Mention mention, int start, int end, List<MentionOccurrence> found)
    {
        int lo = 0, hi = sentences.Count - 1, s = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (sentences[mid].Start <= start) { s = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        if (s < 0) return;
        var offset = start - sentences[s].Start;
        var length = sentences[s].Text.Length;
        if (offset >= length) return;
        found.Add(new MentionOccurrence(mention, s, offset, Math.Min(length, end - sentences[s].Start)));
    }

    // Input sorted by sentence, start, longest first: an occurrence strictly inside another
    // mention's longer one in the same sentence goes, and so does a repeat of the same place.
    private static List<MentionOccurrence> DropNested(List<MentionOccurrence> sorted)
    {
        var kept = new List<MentionOccurrence>(sorted.Count);
        var coverStart = -1;
        var coverEnd = -1;
        var coverSentence = -1;
        Mention? coverMention = null;
        foreach (var o in sorted)
        {
            if (o.Sentence != coverSentence) (coverSentence, coverStart, coverEnd, coverMention) = (o.Sentence, -1, -1, null);
            var nested = o.End <= coverEnd && o.End - o.Start < coverEnd - coverStart && !ReferenceEquals(o.Mention, coverMention);
            var repeat = kept.Count > 0 && ReferenceEquals(kept[^1].Mention, o.Mention) && kept[^1].Sentence == o.Sentence && kept[^1].Start == o.Start;
            if (nested || repeat) continue;
            kept.Add(o);
            if (o.End > coverEnd) (coverStart, coverEnd, coverMention) = (o.Start, o.End, o.Mention);
        }
        return kept;
    }
}
