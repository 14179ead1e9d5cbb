using System.Text.RegularExpressions;
using PaperGraph.Extraction;
using PaperGraph.Extraction.Relations;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Extraction;

/// <summary>
/// The words that gate a pattern (<see cref="WordGatedPattern"/>) must be ones it cannot match
/// without: a pattern that gains a word the gate lacks would silently stop finding it.
/// </summary>
public sealed class ExtractionGateTests
{
    public static TheoryData<string, int> Patterns()
    {
        var data = new TheoryData<string, int>();
        for (var i = 0; i < BenchmarkCues.GatedPatterns.Count; i++) data.Add(nameof(BenchmarkCues), i);
        for (var i = 0; i < CoinedNameFinder.GatedPatterns.Count; i++) data.Add(nameof(CoinedNameFinder), i);
        for (var i = 0; i < ListMembers.GatedPatterns.Count; i++) data.Add(nameof(ListMembers), i);
        for (var i = 0; i < RelationCues.GatedPatterns.Count; i++) data.Add(nameof(RelationCues), i);
        for (var i = 0; i < AcronymFinder.GatedPatterns.Count; i++) data.Add(nameof(AcronymFinder), i);
        for (var i = 0; i < MentionRevisions.GatedPatterns.Count; i++) data.Add(nameof(MentionRevisions), i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Gate_OnEverySampleSentenceThePatternMatches_AdmitsIt(string owner, int index)
    {
        var gated = owner switch
        {
            nameof(BenchmarkCues) => BenchmarkCues.GatedPatterns[index],
            nameof(ListMembers) => ListMembers.GatedPatterns[index],
            nameof(RelationCues) => RelationCues.GatedPatterns[index],
            nameof(AcronymFinder) => AcronymFinder.GatedPatterns[index],
            nameof(MentionRevisions) => MentionRevisions.GatedPatterns[index],
            _ => CoinedNameFinder.GatedPatterns[index],
        };
        var sentences = SampleSentences();

        var matched = sentences.Where(s => gated.Pattern.IsMatch(s)).ToArray();
        var refused = matched.Where(s => !gated.MayMatch(s)).ToArray();

        Assert.NotEmpty(matched);
        Assert.True(refused.Length == 0, $"{gated.Pattern} matches, but its gate refuses: {string.Join(" | ", refused.Take(3))}");
    }

    [Fact]
    public void Matches_TextWithoutTheWords_IsEmptyAndWithThemIsThePatterns()
    {
        var shape = BenchmarkCues.GatedPatterns[0];

        Assert.Empty(shape.Matches("We evaluate on AIME24 and MATH-500."));
        Assert.Equal("KOR-Bench", Assert.Single(shape.Matches("We evaluate on KOR-Bench.")).Value);
    }

    [Fact]
    public void ListGates_WherePatternsFindAListNeighbour_AdmitIt()
    {
        // The list patterns run only where these cheap checks allow: they must allow every place a pattern matches.
        var sentences = SampleSentences();
        sentences.AddRange(["on AIME24, AIME25 and MATH-500", "MOPO , MOReL  and\tCOMBO", "A & B", "X, or Y", "X,and Y", "X and  Y", "X or Y-2", "X and the Y", "X, the  Y"]);
        int next = 0, previous = 0;
        foreach (var text in sentences)
        {
            for (var at = 0; at <= text.Length; at++)
            {
                if (BenchmarkCues.NextInList().Match(text, at).Success)
                {
                    next++;
                    Assert.True(BenchmarkCues.MayContinueList(text, at), $"NextInList matches at {at} of: {text}");
                }
                if (at > 0 && BenchmarkCues.PreviousInList().Match(text, Math.Max(0, at - 64), Math.Min(at, 64)).Success)
                {
                    previous++;
                    Assert.True(BenchmarkCues.MayFollowList(text, at), $"PreviousInList matches before {at} of: {text}");
                }
            }
        }
        Assert.True(next > 100 && previous > 100, $"{next} and {previous} matches: too few to test the gates");
    }

    [Fact]
    public void ExampleLists_SearchedFromNearTheirCues_AreTheWholeTextSearchsMatches()
    {
        var gated = ListMembers.GatedPatterns[0];
        var sentences = SampleSentences();
        // Cues inside a head ("unlike"), cues back to back, a colon after a cue, heads of one and two words.
        sentences.AddRange([
            "methods unlike such as PPO", "reward models such as including like: X", "baselines, including e.g., DPO: Y",
            "the series of TeleChat models: TeleChat2", "Methods like\tA  and benchmarks\u00a0such as B", "likely likes such as",
            "x:y: z : such as ,such as", "Large models, such as GPT-4, and small ones, like Phi-3",
        ]);
        var compared = 0;
        foreach (var text in sentences)
        {
            var expected = gated.Pattern.Matches(text).Select(m => (m.Index, m.Length)).ToArray();
            var actual = gated.MatchesNearWords(text, ListMembers.HeadReach).Select(m => (m.Index, m.Length)).ToArray();
            Assert.True(expected.SequenceEqual(actual), $"near-cue search differs on: {text}");
            compared += expected.Length;
        }
        Assert.True(compared > 20, $"{compared} matches: too few to compare");
    }

    [Fact]
    public void ModelFamilies_TriedOnlyWhereAFamilyStarts_AreTheWholeTextSearchsMatches()
    {
        var grammar = new ModelNameGrammar(ExtractionVocabulary.Shipped.ModelFamilies);
        var anchored = grammar.FamilyPattern;
        Assert.StartsWith(@"\G", anchored.ToString());
        var everywhere = new Regex(anchored.ToString()[2..], anchored.Options);
        var sentences = SampleSentences();
        // A family inside a word, after a hyphen or a dot, two back to back, one at the very end.
        sentences.AddRange(["Typo1 o1o3 x-o1 GPT-4oGPT-4 Qwen2.5Qwen3", "Llama.Llama-3 $GPT-4", "o4", "Phi-3 Phil Phi", "T\u00dcLU 3 beats Tulu-2 and xT\u00dcLU 3"]);
        var compared = 0;
        foreach (var text in sentences)
        {
            var expected = everywhere.Matches(text).Select(m => (m.Index, m.Length)).ToArray();
            var actual = grammar.FamilyMatches(text).Select(m => (m.Index, m.Length)).ToArray();
            Assert.True(expected.SequenceEqual(actual), $"family search differs on: {text}");
            compared += expected.Length;
        }
        Assert.True(compared > 20, $"{compared} matches: too few to compare");
    }

    // Every line of the sample, the held-out stand-in and, when present, the shared seed abstracts, as sentences.
    [Fact]
    public void BaseCueGate_BeforeEveryWordOfTheSamples_AgreesWithThePattern()
    {
        var sentences = SampleSentences();
        sentences.AddRange(["VerdictRM-8B, built upon Llama-3.1-8B-Instruct and Qwen2.5-32B-Instruct", "X, initialized with Y", "Z finetuned from W, V"]);
        var matched = 0;
        foreach (var sentence in sentences)
        {
            for (var at = 1; at < sentence.Length; at++)
            {
                if (!char.IsWhiteSpace(sentence[at - 1]) || char.IsWhiteSpace(sentence[at])) continue;
                var before = sentence.AsSpan(0, at);
                var expected = RelationCues.BaseBefore().IsMatch(before);
                Assert.True(expected == RelationCues.BaseCue.IsMatch(before), $"gate and pattern differ before: {sentence[at..]} in {sentence}");
                if (expected) matched++;
            }
        }
        Assert.True(matched > 10, $"{matched} prefixes matched: too few to compare");
    }

    private static List<string> SampleSentences()
    {
        var files = new List<string> { Some.SampleInput, Path.Combine(Some.RepoRoot, "tests", "data", "heldout", "heldout-standin.txt") };
        if (Some.SharedFolder is { } shared && File.Exists(Path.Combine(shared, "data", "seed-abstracts.txt")))
            files.Add(Path.Combine(shared, "data", "seed-abstracts.txt"));
        var sentences = files.SelectMany(File.ReadLines).SelectMany(line => SentenceSplitter.Split(line)).Select(s => s.Text).ToList();
        // Phrasings of real abstracts the samples lack, so that every pattern matches somewhere.
        sentences.Add("Experiments demonstrate that ZetaDiff outperforms state-of-the-art models (SD XL, DeepFloyd IF) on ViLG-300 and ParaPrompts.");
        return sentences;
    }
}
