using System.Text.RegularExpressions;

namespace PaperGraph.Extraction;

/// <summary>A benchmark name found by its shape or its context, and where it is.</summary>
internal readonly record struct BenchmarkHit(string Name, int Start, int Length);

/// <summary>
/// Benchmarks no lexicon lists yet, found four ways: by the shape of the name ("OlympiadBench",
/// "KOR-Bench", "BiGym", "AlpacaEval", "MedQA", "Continual-World"), by the noun after it ("the Minigrid
/// environment", "Webscale-RL dataset"), by a score reported on it ("66.6 on MedCalc"), and as the
/// other members of a list that holds a known benchmark ("on AIME24, SuperGPQA and KOR-Bench"). Stateless; safe from several threads.
/// </summary>
internal static partial class BenchmarkCues
{
    // Capitalised words that start sentences and lists but never name a benchmark.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "our", "we", "in", "on", "for", "with", "and", "or", "both", "all",
        "each", "several", "multiple", "standard", "existing", "new", "public", "diverse", "challenging", "popular", "various",
        "other", "real", "real-world", "it", "its", "their", "such", "further", "finally", "moreover", "however", "experiments",
        "results", "extensive", "across", "including", "notably", "specifically", "overall", "code", "math", "mathematics",
        "science", "reasoning", "coding", "general", "medical", "agentic", "text", "vision", "language", "english", "chinese",
    };

    private static readonly WordGatedPattern Shapes = new(NameShape(), "Bench", "bench", "Gym", "Arena", "Eval", "World", "QA");
    private static readonly WordGatedPattern TitleCaseBenches = new(TitleCaseBench(), "Bench", "Dataset", "Suite");
    private static readonly WordGatedPattern BeforeHeadNouns = new(BeforeHeadNoun(),
        "benchmark", "dataset", "suite", "environment", "simulator", "corpus", "testbed", "test set", "gym");
    // "24 and 25": gated on a digit before " and ", not on "and", which nearly every sentence holds.
    private static readonly WordGatedPattern SlashYearPairs = new(SlashYears(),
        "/", "&", "0 and ", "1 and ", "2 and ", "3 and ", "4 and ", "5 and ", "6 and ", "7 and ", "8 and ", "9 and ");

    /// <summary>The patterns above with their words, for the test that keeps them in step.</summary>
    internal static IReadOnlyList<WordGatedPattern> GatedPatterns => [Shapes, TitleCaseBenches, BeforeHeadNouns, SlashYearPairs, OnByScore, WinOn];

    public static List<BenchmarkHit> ByShape(string text)
    {
        var hits = new List<BenchmarkHit>();
        foreach (var m in Shapes.Matches(text))
        {
            if (!NotNames.Contains(m.Value)) hits.Add(new BenchmarkHit(m.Value, m.Index, m.Length));
        }
        // "Multimodal Reward Bench", "Unsupervised Reinforcement Learning Benchmark", "DQN Replay Dataset": a Title Case name ending in Bench(mark), Dataset or Suite.
        foreach (var m in TitleCaseBenches.Matches(text))
        {
            if (NotNames.Contains(m.Value.Split(' ')[0])) continue;
            // "ImgEdit: A Unified Image Editing Dataset and Benchmark": after "A", Title Case describes a thing; it names none.
            if (m.Index >= 2 && IndefiniteArticleBefore().IsMatch(text.AsSpan(0, m.Index))) continue;
            // "the DQN Replay Dataset" is DQN Replay, as "the DQN Replay dataset" is; the span keeps the noun.
            var name = m.Value.EndsWith(" Dataset", StringComparison.Ordinal) ? m.Value[..^" Dataset".Length] : m.Value;
            hits.Add(new BenchmarkHit(name, m.Index, m.Length));
        }
        foreach (var m in BeforeHeadNouns.Matches(text))
        {
            var name = m.Groups["name"];
            if (IsName(name.Value, text, name.Index)) hits.Add(new BenchmarkHit(name.Value, name.Index, name.Length));
        }
        // "scores of 66.6 on MedCalc", "2.1x on CodeElo": a score is reported on a benchmark.
        // Most sentences hold numbers but no such score: enumerated without a Match apiece.
        foreach (var m in ScoreOn().EnumerateMatches(text))
        {
            // The name is one word, the match's last.
            var start = m.Index + m.Length;
            while (!char.IsWhiteSpace(text[start - 1])) start--;
            var name = text[start..(m.Index + m.Length)];
            if (IsListMember(name)) hits.Add(new BenchmarkHit(name, start, name.Length));
        }
        // "reduces unsupported claims on LongFact by 38%": a change on it, by so much.
        foreach (var m in OnByScore.Matches(text))
        {
            var name = m.Groups["name"];
            if (IsListMember(name.Value)) hits.Add(new BenchmarkHit(name.Value, name.Index, name.Length));
        }
        // "outperforms state-of-the-art models (SD XL, DeepFloyd IF) on ViLG-300 and ParaPrompts": where a
        // win is claimed, the coined names after "on" are what it was measured on (list neighbours join later).
        foreach (var m in WinOn.Matches(text))
        {
            var name = m.Groups["name"];
            if (IsName(name.Value, text, name.Index) && !name.Value.Contains(' ', StringComparison.Ordinal))
                hits.Add(new BenchmarkHit(name.Value, name.Index, name.Length));
        }
        return hits;
    }

    private static readonly WordGatedPattern WinOn = new(WinThenOn(), "outperform", "surpass");

    [GeneratedRegex(@"\b(?:outperform|surpass)\w*\b[^.;:]{0,100}?\son\s+(?:the\s+)?(?<name>[A-Z][\w\-.+']*(?<![.\-']))(?=\s+(?:and|by|with|while|benchmarks?|datasets?)\b|\s*[,.;]|\s*$)")]
    private static partial Regex WinThenOn();

    private static readonly WordGatedPattern OnByScore = new(OnBy(), " by ");

    /// <summary>"AIME24/25", "AIME24 & 25": the second year of a benchmark written as a pair, as its own name ("AIME25").</summary>
    public static IEnumerable<BenchmarkHit> SlashVariants(string text)
    {
        foreach (var m in SlashYearPairs.Matches(text))
        {
            var b = m.Groups["b"];
            yield return new BenchmarkHit(m.Groups["stem"].Value + b.Value, b.Index, b.Length);
        }
    }

    /// <summary>
    /// List neighbours of a known benchmark at <paramref name="start"/>..<paramref name="end"/>: names
    /// joined to it by commas, "and", "or". A name after a bare comma ends no list on its own: "On
    /// GPQA-Diamond, VoteRL also gains" is a phrase and its sentence's subject, not a list of two.
    /// </summary>
    public static IEnumerable<BenchmarkHit> ListNeighbours(string text, int start, int end)
    {
        // "Franka Kitchen and Meta-World, HANDOFF raises": "and" closed the list, so a bare comma after it closes a phrase.
        var closed = false;
        for (var at = end; MayContinueList(text, at) && NextInList().Match(text, at) is { Success: true } next; )
        {
            var name = next.Groups["name"];
            if (!IsListMember(name.Value)) break;
            var join = text.AsSpan(next.Index, name.Index - next.Index).Trim();
            var bareComma = join.SequenceEqual(",");
            if (bareComma && (closed || at == end && !ContinuesList(text, name.Index + name.Length) && !FollowsMember(text, start))) break;
            closed = !bareComma;
            yield return new BenchmarkHit(name.Value, name.Index, name.Length);
            at = name.Index + name.Length;
        }
        for (var at = start; at > 0 && MayFollowList(text, at) && PreviousInList().Match(text, Math.Max(0, at - 64), Math.Min(at, 64)) is { Success: true } previous; )
        {
            var name = previous.Groups["name"];
            // "Currently, LiveCodeBench hosts ...": a sentence's first word has its capital whatever it is.
            if (!IsListMember(name.Value) || name.Index == 0 && !HasInnerMark(name.Value)) break;
            yield return new BenchmarkHit(name.Value, name.Index, name.Length);
            at = name.Index;
        }
    }

    private static bool ContinuesList(string text, int at) => MayContinueList(text, at) && NextInList().Match(text, at).Success;

    // "MMLU, GPQA-Diamond, SuperGPQA": a member after a comma. Not after "and": "from Franka Kitchen and
    // Meta-World, HANDOFF raises" ends its list at Meta-World, and the bare comma closes a phrase.
    private static bool FollowsMember(string text, int at) =>
        at > 0 && MayFollowList(text, at) && text.AsSpan(0, at).TrimEnd().EndsWith(",") && PreviousInList().Match(text, Math.Max(0, at - 64), Math.Min(at, 64)).Success;

    // Most names are in no list. These say when the list patterns cannot match, without running them
    // (and making a Match) for every name of every sentence: a list goes on only past a comma,
    // "and", "or" or "&".

    /// <summary>False when <see cref="NextInList"/> cannot match at <paramref name="at"/>: what follows is no comma, nor a space and "and", "or", "&amp;".</summary>
    internal static bool MayContinueList(string text, int at)
    {
        var j = at;
        while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
        return j < text.Length && (text[j] == ',' || j > at && text[j] is 'a' or 'o' or '&');
    }

    /// <summary>False when <see cref="PreviousInList"/> cannot match before <paramref name="at"/>: what precedes (past a "the") ends in no comma, "and", "or" nor "&amp;".</summary>
    internal static bool MayFollowList(string text, int at)
    {
        var j = at - 1;
        while (j >= 0 && char.IsWhiteSpace(text[j])) j--;
        if (j >= 3 && text.AsSpan(j - 3, 4).SequenceEqual(" the"))
        {
            for (j -= 3; j >= 0 && char.IsWhiteSpace(text[j]); j--) { }
        }
        return j >= 0 && text[j] is ',' or 'd' or 'r' or '&';
    }

    /// <summary>
    /// "DAPO-Math-17k", "Skywork-Reward-Preference-80K", "HealthBench-1k": a name that ends in a count of
    /// thousands counts examples, so it names a dataset, whatever names it is built from. (Not "M":
    /// "Pythia-160M" counts parameters.)
    /// </summary>
    public static bool IsCountedDataset(string name)
    {
        var last = name.AsSpan(name.LastIndexOf('-') + 1);
        if (last.Length < 2 || last.Length == name.Length || last[^1] is not ('k' or 'K')) return false;
        var digits = last[..^1];
        return char.IsAsciiDigit(digits[0]) && char.IsAsciiDigit(digits[^1]) && !digits.ContainsAnyExcept(DigitsAndPoint);
    }

    private static readonly System.Buffers.SearchValues<char> DigitsAndPoint = System.Buffers.SearchValues.Create("0123456789.");

    /// <summary>The name that starts at <paramref name="at"/> ("MOPO" in "such as MOPO, MOReL and COMBO"), if one does.</summary>
    public static BenchmarkHit? NameAt(string text, int at)
    {
        var m = NameHere().Match(text, at);
        return m.Success && IsListMember(m.Value) ? new BenchmarkHit(m.Value, m.Index, m.Length) : null;
    }

    private static bool IsListMember(string name) =>
        char.IsLetter(name[0]) && !NotNames.Contains(name.Split(' ')[0]) && (name.Any(char.IsUpper) || name.Any(char.IsDigit));

    /// <summary>True for a name that looks coined: a capital, digit or hyphen after its first letter.</summary>
    private static bool HasInnerMark(string name) => name.Skip(1).Any(c => char.IsUpper(c) || char.IsDigit(c) || c == '-');

    /// <summary>A name before a head noun counts when it looks coined (inner capital, digit, hyphen) or follows "the".</summary>
    private static bool IsName(string name, string text, int index)
    {
        if (!char.IsLetter(name[0]) || NotNames.Contains(name.Split(' ')[0])) return false;
        if (HasInnerMark(name)) return true;
        return index >= 4 && text.AsSpan(index - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase);
    }

    private const string Name = @"[A-Z0-9][\w\-.+']*(?<![.\-'])(?:\s(?:[A-Z0-9][\w\-.+']*(?<![.\-'])|v\d+(?:\.\d+)*))?";

    [GeneratedRegex(@"(?<![\w\-])(?<stem>[A-Z][A-Za-z]+)\d{2}(?:/|\s?&\s?| and )(?<b>\d{2})(?![\w%]|\.\d)")]
    private static partial Regex SlashYears();

    [GeneratedRegex(@"(?<![\w\-])[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-?(?:Bench|bench|Gym|Arena|Eval|World|QA)(?:[-\s]?(?:v\d+(?:\.\d+)*|\d\.\d+|\d{1,4}(?!\.\d)|Verified|Hard|Easy|Lite|Pro|Plus|Live|Diamond|Extended|Multilingual|Multimodal|Mini)(?![\w]))?(?:-[A-Z0-9][A-Za-z0-9]*)?\+?(?![\w\-])")]
    private static partial Regex NameShape();

    [GeneratedRegex(@"(?<![\w\-])(?:[A-Z][A-Za-z0-9\-]*\s){1,3}(?:[A-Z][A-Za-z0-9]*-?)?(?:Bench|Benchmark|Dataset|Suite)(?:\sv\d[\d.]*(?<!\.))?(?![\w\-])")]
    private static partial Regex TitleCaseBench();

    // Right to left: tried at the end of the text before the phrase only.
    [GeneratedRegex(@"(?:^|[^\w\-])(?:A|An|a|an)\s$", RegexOptions.RightToLeft)]
    private static partial Regex IndefiniteArticleBefore();

    [GeneratedRegex(@"(?<![\w\-])(?<name>" + Name + @")\s(?:benchmark|dataset|suite|environment|simulator|corpus|testbed|test set|gym)s?\b")]
    private static partial Regex BeforeHeadNoun();

    [GeneratedRegex(@"\G" + Name + @"(?![\w\-])")]
    private static partial Regex NameHere();

    // One word only: "Arena-Hard v0.1" is Arena-Hard, which the shapes above find. Not "on STEM tasks".
    [GeneratedRegex(@"(?<![\w.])\d+(?:\.\d+)?\s?(?:%|x|×|points?|pp)?\s+on\s+[A-Z][\w\-.+']*(?<![.\-'])(?![\w\-^*])(?!\s+(?:tasks?|domains?|problems?|questions?|settings?|data)\b)")]
    private static partial Regex ScoreOn();

    [GeneratedRegex(@"\bon\s+(?<name>[A-Z][\w\-.+']*[\w+])\s+by\s+\d+(?:\.\d+)?\s?(?:%|x|×|points?|pp)")]
    private static partial Regex OnBy();

    [GeneratedRegex(@"\G\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?<name>" + Name + @")(?![\w\-^*])")]
    internal static partial Regex NextInList();

    // "Dark Room, Key-to-Door and the Watermaze environment": an article may stand before the last member.
    [GeneratedRegex(@"(?<![\w\-])(?<name>" + Name + @")(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?\z", RegexOptions.RightToLeft)]
    internal static partial Regex PreviousInList();
}
