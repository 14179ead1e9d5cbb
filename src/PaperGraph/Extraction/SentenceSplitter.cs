using System.Text.RegularExpressions;

namespace PaperGraph.Extraction;

/// <summary>A sentence of an abstract and where it starts.</summary>
public readonly record struct Sentence(int Start, string Text);

/// <summary>Splits an abstract into sentences at '.', '!' or '?' followed by space and a capital.</summary>
public static partial class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (Match m in Boundary().Matches(text))
        {
            sentences.Add(new Sentence(start, text[start..m.Index]));
            start = m.Index + m.Length;
        }
        if (start < text.Length) sentences.Add(new Sentence(start, text[start..]));
        return sentences;
    }

    // Not after common abbreviations such as "e.g." or "i.e.", which are followed by lower case or ',',
    // nor after titles and citation abbreviations that precede a capital ("Dr. GRPO", "et al. (2024)", "Fig. 2").
    [GeneratedRegex(@"(?<=[^\s.][.!?])(?<!\b(?:Dr|Mr|Ms|Mrs|Prof|vs|al|Fig|Figs|Eq|Sec|No|Ref|approx)\.)\s+(?=[\p{Lu}\d""'(\[])")]
    private static partial Regex Boundary();
}
