using PaperGraph.Extraction;

namespace PaperGraph.Tests.Extraction;

public sealed class ProposalMarkerTests
{
    [Fact]
    public void IndexOfWord_SearchingOnlyUpToTheLimit_FindsWhatASearchOfTheWholeTextFinds()
    {
        // The search stops where a name starting before the limit would end; this compares it with
        // a search of the whole rest of the text, on random texts of a few letters, spaces and hyphens.
        var random = new Random(17);
        const string alphabet = "ab -";
        for (var trial = 0; trial < 20_000; trial++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var surface = new string(Enumerable.Range(0, random.Next(0, 4)).Select(_ => alphabet[random.Next(2)]).ToArray());
            var start = random.Next(0, text.Length + 1);
            var limit = random.Next(start, text.Length + 1);

            Assert.Equal(WholeTextSearch(text, surface, start, limit), ProposalMarker.IndexOfWord(text, surface, start, limit));
        }
    }

    private static int WholeTextSearch(string text, string surface, int start, int limit)
    {
        if (surface.Length == 0) return -1;
        for (var at = text.IndexOf(surface, start, StringComparison.Ordinal); at >= 0 && at < limit; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]) && !(text[at - 1] == '-' && at > 1 && char.IsLetterOrDigit(text[at - 2]));
            var end = at + surface.Length;
            var after = end >= text.Length || !char.IsLetterOrDigit(text[end]) && !(text[end] == '-' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]));
            if (before && after) return at;
        }
        return -1;
    }
}
