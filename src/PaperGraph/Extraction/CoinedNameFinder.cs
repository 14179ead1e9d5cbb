using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PaperGraph.Graph;

namespace PaperGraph.Extraction;

/// <summary>A name a paper coins or types by a head noun; <see cref="Label"/> is null when no noun says.</summary>
internal readonly record struct CoinedHit(string Name, int Start, int Length, NodeLabel? Label);

/// <summary>
/// Names papers coin: the title prefix ("RLP: Reinforcement as ..."), the name after "we propose /
/// introduce / present" or "called / named / dubbed", and any coined-looking token ("PretrainZero",
/// "TP-GRPO", "R^3") that a head noun types ("X, a ... framework", "the X benchmark"). The head noun
/// decides the label (Vocabulary/head-nouns.tsv, SCHEMA.md). Immutable.
/// </summary>
internal sealed partial class CoinedNameFinder(ExtractionVocabulary vocabulary)
{
    /// <summary>The name a title coins before its colon, when it looks coined; null otherwise.</summary>
    /// <param name="abstractText">The paper's abstract: a name of plain words must be named there too.</param>
    public static string? TitleName(string title, string abstractText)
    {
        var m = TitlePrefix().Match(title);
        if (!m.Success) return null;
        var name = m.Groups["name"].Value.Trim();
        // "Baselines Matter: ...", "Weighing Disagreement: ...": two plain capitalised words are a slogan
        // or a topic, unless the abstract names them too ("Behavior Injection: ..." then "behavior injection").
        if (name.Split(' ') is [var first, var second] && IsPlainCapitalisedWord(first) && IsPlainCapitalisedWord(second)
            && !abstractText.Contains(name, StringComparison.OrdinalIgnoreCase)) return null;
        // Before a title's colon, one hyphenated word is a name even in plain capitals ("Robo-Dopamine").
        var oneHyphenatedWord = !name.Contains(' ', StringComparison.Ordinal) && name.Contains('-', StringComparison.Ordinal) && char.IsUpper(name[0]);
        // "Charter: Inducing Constitutions ...", then "..., Charter learns them": one plain word is a name
        // when the abstract writes it so inside a sentence, where a capital is no sentence's start.
        var plainWordNamedAgain = !name.Contains(' ', StringComparison.Ordinal) && IsPlainCapitalisedWord(name) && NamedInsideASentence(abstractText, name);
        return LooksCoined(name) || oneHyphenatedWord || plainWordNamedAgain ? name : null;
    }

    private static bool NamedInsideASentence(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if (end < text.Length && char.IsLetterOrDigit(text[end]) || at == 0 || char.IsLetterOrDigit(text[at - 1])) continue;
            var before = text.AsSpan(0, at).TrimEnd();
            if (before.Length > 0 && before[^1] is not ('.' or '!' or '?')) return true;
        }
        return false;
    }

    private static bool IsPlainCapitalisedWord(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.AsSpan(1).ContainsAnyExcept(LowerLetters) is false;

    private static readonly System.Buffers.SearchValues<char> LowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>
    /// A name with a capital after its first letter, or a capital and a digit: RLP, PretrainZero, R^3,
    /// pPE, L2M, TP-GRPO. Not Title Case compounds ("Large-Scale") nor compounds with a plain
    /// lower-case word ("RL-based", "zero-RL"), which describe rather than name.
    /// </summary>
    public static bool LooksCoined(string name, bool allowTitleCaseCompound = false)
    {
        if (name.Length < 2 || name.Length > 40 || !char.IsLetter(name[0])) return false;
        // One pass, no enumerators: every name-shaped token of every sentence comes here.
        bool capitalAfterFirst = false, digit = false;
        for (var i = 0; i < name.Length; i++)
        {
            capitalAfterFirst |= i > 0 && char.IsUpper(name[i]);
            digit |= char.IsDigit(name[i]);
        }
        if (!(capitalAfterFirst || (char.IsUpper(name[0]) && digit) || IsPlusPlusVariant(name))) return false;
        if (!name.Contains('-', StringComparison.Ordinal)) return true;
        var parts = name.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Any(p => p.Length >= 3 && p.All(char.IsLower))) return false;
        return allowTitleCaseCompound || !parts.All(p => char.IsUpper(p[0]) && p.Skip(1).All(char.IsLower));
    }

    /// <summary>
    /// The name-shaped tokens of a sentence: runs of letters, digits and the marks names carry
    /// ("ReST-MCTS*", "R^3", "Qwen2.5"), starting with a letter, without trailing punctuation.
    /// </summary>
    private static IEnumerable<(int Index, string Token)> Tokens(string sentence)
    {
        var i = 0;
        while (i < sentence.Length)
        {
            if (!IsLetter(sentence[i]) || (i > 0 && (IsLetterOrDigit(sentence[i - 1]) || sentence[i - 1] is '-' or '_')))
            {
                i++;
                continue;
            }
            var start = i;
            var hasCapital = false;
            while (i < sentence.Length)
            {
                var c = sentence[i];
                // Most characters of most words: a lower-case ASCII letter is a token character and no capital.
                if (char.IsAsciiLetterLower(c))
                {
                    i++;
                    continue;
                }
                if (!IsTokenChar(sentence, i)) break;
                hasCapital |= i > start && (char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || (!char.IsAscii(c) && (char.IsUpper(c) || char.IsDigit(c))));
                i++;
            }
            var end = i;
            while (end > start && sentence[end - 1] is '-' or '.' or '\'') end--;
            if ((hasCapital || IsPlusPlusVariant(sentence.AsSpan(start, end - start))) && end - start >= 2) yield return (start, sentence[start..end]);
        }
    }

    /// <summary>True for "CosyVoice 2", "LLaDA 8B": a coined name with a version or size after a space, a model's release.</summary>
    public static bool IsSpacedRelease(string name) => name.LastIndexOf(' ') is var space and > 0 && SpacedVersion().IsMatch(name, space);

    // One digit (and one decimal) or a size, and no score after it: "DPO 4.5 points" is no release.
    [GeneratedRegex(@"\G (?:\d(?:\.\d)?|\d+(?:\.\d+)?[BM])(?![\w%\-]|\.\d|\s*(?:%|points?|pp|times|x)\b)")]
    private static partial Regex SpacedVersion();

    /// <summary>"Wanda++", "PointNet++": a capitalised word of three letters or more and "++", a method's successor ("C++" is not).</summary>
    private static bool IsPlusPlusVariant(ReadOnlySpan<char> token) =>
        token.Length >= 5 && token.EndsWith("++") && char.IsUpper(token[0]) && token[..^2].IndexOfAny('+', '-') < 0;

    // The character tests below run on every character of every sentence: ASCII by range, the rest by the Unicode tables.
    private static bool IsLetter(char c) => char.IsAsciiLetter(c) || (!char.IsAscii(c) && char.IsLetter(c));

    private static bool IsLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c) || (!char.IsAscii(c) && char.IsLetterOrDigit(c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTokenChar(string s, int i)
    {
        var c = s[i];
        return IsLetterOrDigit(c) || c is '-' or '^' or '*' or '+' or '_' || (c == '.' && i + 1 < s.Length && char.IsDigit(s[i + 1]));
    }

    /// <summary>True when a capitalised word stands right before or after the span ("Decision-Pretrained Transformer").</summary>
    private static bool InTitleCasePhrase(string sentence, int start, int end)
    {
        var next = end + 1 < sentence.Length && sentence[end] == ' ' && char.IsUpper(sentence[end + 1]);
        var i = start - 2;
        while (i >= 0 && char.IsLetter(sentence[i])) i--;
        var previous = start >= 2 && sentence[start - 1] == ' ' && char.IsUpper(sentence[i + 1]) && i + 1 < start - 1;
        return next || previous;
    }

    /// <summary>
    /// Where, in a sentence, a proposal's name is expected: within a few words after "we propose", or
    /// right after "called" or "our method," (those windows are one character: the name starts there).
    /// </summary>
    public static List<(int Start, int End)> ProposalWindows(string sentence)
    {
        var windows = new List<(int, int)>();
        foreach (var m in ProposalVerbs.Matches(sentence))
        {
            // "In our prior works, we introduced CosyVoice 2": what an earlier paper brought.
            if (PriorWork().IsMatch(sentence.AsSpan(0, m.Index + m.Length))) continue;
            windows.Add((m.Index + m.Length, Math.Min(sentence.Length, m.Index + m.Length + 160)));
        }
        foreach (var m in NamingVerbs.Matches(sentence))
        {
            windows.Add((m.Index + m.Length, Math.Min(sentence.Length, m.Index + m.Length + 1)));
        }
        // "a new off-policy RL algorithm, TP-GRPO, ...": a name right after a new thing's head noun.
        foreach (var m in NewThings.Matches(sentence))
        {
            windows.Add((m.Index + m.Length, Math.Min(sentence.Length, m.Index + m.Length + 1)));
        }
        // "The resulting model, TimeLens-7B, ...", "The resulting Web-pretrained Reward Models (WebRM)": what the paper's work yields.
        foreach (var m in ResultingThings.Matches(sentence))
        {
            // Up to the predicate: the thing named, not the object of what it does ("the resulting model improves COMET").
            var start = m.Index + m.Length;
            var end = Math.Min(sentence.Length, start + 80);
            if (ResultPredicate().Match(sentence, start, end - start) is { Success: true } verb) end = verb.Index;
            windows.Add((start, end));
        }
        // "Our method, ALPT, ...", "our General Reward Model (GRM)", "Our derived Foo-7B models": a name right after "our".
        foreach (var m in OurNames.Matches(sentence))
        {
            windows.Add((m.Index + m.Length, Math.Min(sentence.Length, m.Index + m.Length + 1)));
        }
        // "using OSS-Instruct, a novel approach to ...": a name apposed to "a novel / new" thing is the paper's.
        foreach (var m in NovelApposed.Matches(sentence))
        {
            var name = m.Groups["name"];
            windows.Add((name.Index, name.Index + 1));
        }
        // "our long instruction-following LongAlpaca dataset": a name between "our" and the kind noun it heads.
        foreach (var m in OurNamedKinds.Matches(sentence))
        {
            windows.Add((m.Index + m.Length, Math.Min(sentence.Length, m.Index + m.Length + 1)));
        }
        // "Our weight quantizer, Learnable Direct Partitioning (LDP), introduces ...": as the sentence's subject,
        // "our" and any noun, then a name in apposition.
        if (OurSubjectNamed().Match(sentence) is { Success: true } subject)
            windows.Add((subject.Index + subject.Length, Math.Min(sentence.Length, subject.Index + subject.Length + 1)));
        return windows;
    }

    [GeneratedRegex(@"^(?:[A-Z][a-z]+,\s+)?[Oo]ur\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+,\s+(?=[A-Z])")]
    private static partial Regex OurSubjectNamed();

    [GeneratedRegex(@"\b[Oo]ur\s+(?:[a-z][a-z\-]*\s+){0,3}(?=[A-Z][\w\-.+]*\s+(?:dataset|benchmark|corpus|suite|model|method|framework|algorithm)s?\b)")]
    private static partial Regex OurNamedKind();

    // Not the last word of a Title Case phrase ("Self Forcing, a novel ..."), whose whole the long-form rules read.
    [GeneratedRegex(@"(?<![\w\-])(?<![A-Z][\w\-]*\s)(?<name>[A-Z][\w\-.+]*)(?:\s*\([^()]*\))?,\s+an?\s+(?:novel|new)\s")]
    private static partial Regex NovelApposition();

    [GeneratedRegex(@"\b(?:[Oo]ur|[Tt]he|[Aa]n?)\s+(?:prior|previous|earlier)\s+(?:works?|papers?|studies|study)\b")]
    private static partial Regex PriorWork();

    private static readonly WordGatedPattern ProposalVerbs = new(ProposalVerb(),
        "propose", "introduce", "present", "develop", "design", "release", "contribute", "construct", "curate", "describe", "derive", "forward", "build", "built");
    private static readonly WordGatedPattern NamingVerbs = new(NamingVerb(), "called", "name", "dubbed", "termed", "coined", "call", "refer to as", "referred to as");
    private static readonly WordGatedPattern NewThings = new(NewThing(), "new", "novel");
    private static readonly WordGatedPattern OurNames = new(Our(), "our", "Our");
    private static readonly WordGatedPattern ResultingThings = new(Resulting(), "he resulting");
    private static readonly WordGatedPattern OurNamedKinds = new(OurNamedKind(), "our", "Our");
    private static readonly WordGatedPattern NovelApposed = new(NovelApposition(), ", a novel", ", a new", ", an novel");

    /// <summary>The patterns above with their words, for the test that keeps them in step.</summary>
    internal static IReadOnlyList<WordGatedPattern> GatedPatterns => [ProposalVerbs, NamingVerbs, NewThings, OurNames, ResultingThings, OurNamedKinds, NovelApposed];

    /// <summary>Coined-looking tokens of a sentence, each with the label its head noun gives, if any.</summary>
    /// <param name="typed">False when the caller has no use for labels: every hit's is then null.</param>
    public List<CoinedHit> Find(string sentence, bool typed = true)
    {
        var hits = new List<CoinedHit>();
        foreach (var (index, token) in Tokens(sentence))
        {
            var name = token;
            // Mid-sentence, a Title Case compound is a name ("Dopamine-Reward"); at the start it may be a capitalised phrase.
            if (!LooksCoined(name, allowTitleCaseCompound: index > 0 && !InTitleCasePhrase(sentence, index, index + name.Length)) || vocabulary.IsNotEntity(name)) continue;
            // "CosyVoice 2", "Hunyuan3D 2.0", "LLaDA 8B": a release's version or size after a space is part of its name.
            var after = index + name.Length;
            if (after + 1 < sentence.Length && sentence[after] == ' ' && char.IsAsciiDigit(sentence[after + 1])
                && SpacedVersion().Match(sentence, after) is { Success: true } version) name += version.Value;
            hits.Add(new CoinedHit(name, index, name.Length, typed ? LabelFromContext(sentence, index, index + name.Length) : null));
        }
        return hits;
    }

    /// <summary>
    /// The label the nouns around a name give it: the last head noun of the phrase after it ("X, a
    /// scalable policy pre-training approach" -> approach -> Method; "X framework"), else the noun before
    /// it ("our model, called X", "the benchmark X", "reinforcement learning (CaT-RL)"). Null when no noun says.
    /// </summary>
    public NodeLabel? LabelFromContext(string sentence, int start, int end)
    {
        // "In our framework, termed Proposer-Solver Self-Play (PSSP), a single policy alternates ...": a
        // noun that names the thing outright outranks whatever phrase follows it. The words before are
        // read first only when a naming word stands among them: this runs for every coined name.
        var reach = Math.Min(start, 32);
        Match? before = null;
        if (sentence.AsSpan(start - reach, reach).ContainsAny(NamingWords))
        {
            before = Before().Match(sentence, start - reach, reach);
            if (before.Groups["naming"].Success && (LabelOfPhraseHead(sentence, before.Groups["naming"].Index) ?? LabelOfBefore(before)) is { } named) return named;
        }
        var after = After().Match(sentence, end);
        if (after.Success)
        {
            var words = after.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var apposition = after.Groups["apposition"].Success;
            var limit = apposition ? Math.Min(words.Length, 8) : Math.Min(words.Length, 1);
            // "the Cloze-RL model gains 6.8 points": a model named after a method is one trained with it, which
            // says nothing of the name ("TeleChat models", plural, are a family's).
            if (!apposition && words.Length > 0 && TrimPunctuation(words[0]) == "model") limit = 0;
            NodeLabel? last = null;
            for (var i = 0; i < limit; i++)
            {
                // An acronym in brackets inside the phrase ("the first reinforcement learning (RL) framework") is skipped.
                if (words[i].StartsWith('(') && words[i].EndsWith(')')) continue;
                var word = TrimPunctuation(words[i]);
                // "a family of generative reward models": the nouns after "of" say what the family is.
                if (Collectives.Contains(word) && i + 1 < words.Length && words[i + 1] == "of")
                {
                    i++;
                    limit = Math.Min(words.Length, limit + 2);
                    continue;
                }
                // "a series of 1.5B and 7B models": the sizes, and the "and" between them, say nothing of what the name is.
                if (IsSize(word) || word == "and" && i > 0 && IsSize(TrimPunctuation(words[i - 1])))
                {
                    limit = Math.Min(words.Length, limit + 1);
                    continue;
                }
                if (PhraseEnds.Contains(word)) break;
                if (i + 1 < words.Length && vocabulary.LabelOfHead(word + " " + TrimPunctuation(words[i + 1])) is { } two)
                {
                    last = two;
                    i++;
                }
                else if ((vocabulary.LabelOfHead(word) ?? vocabulary.LabelOfHead(word.Split('-')[^1])) is { } one) last = one;
                if (words[i].EndsWith(',') || words[i].EndsWith('.') || words[i].EndsWith(')')) break;
            }
            if (last is not null) return last;
        }
        // "With PickScore as the reward, DenseDiff fine-tunes ...": a noun ending a phrase that opens with
        // a preposition, then a comma, is that phrase's, not an apposition to the name after it.
        before ??= Before().Match(sentence, start - reach, reach);
        if (!before.Success || before.Value.Contains(',', StringComparison.Ordinal) && PrepositionBefore().IsMatch(sentence.AsSpan(0, before.Index))) return null;
        // "On the Atari 100k benchmark TESSERA reaches ...": the noun is the name before it's.
        if (!before.Groups["naming"].Success && !before.Groups["first"].Success && NameBefore().IsMatch(sentence.AsSpan(0, before.Index))) return null;
        return LabelOfBefore(before);
    }

    // A word with a capital or a digit, not the sentence's first: "Atari 100k ", "the MATH ".
    [GeneratedRegex(@"(?<=\S\s+)[^\s]*[A-Z0-9][^\s]*\s+\z", RegexOptions.RightToLeft)]
    private static partial Regex NameBefore();

    // The words <see cref="Before"/>'s naming group cannot match without.
    private static readonly System.Buffers.SearchValues<string> NamingWords =
        System.Buffers.SearchValues.Create(["call", "name", "dubbed", "termed", "refer to as", "referred to as"], StringComparison.Ordinal);

    // "With PickScore as the reward, ", "On the LIBERO benchmark, ", "Across six math benchmarks, ": the
    // preposition, an article, and up to three words (a name, a number) before the phrase's noun, whose
    // hyphenated start may end the text ("over a multi-domain suite, ": the noun read is "domain suite").
    [GeneratedRegex(@"\b(?:as|with|for|in|on|by|of|to|from|under|without|than|at|across|over|among|after|during|through|within|beyond|via|against)\s+(?:(?:the|a|an|our|its|their)\s+)?(?:[\w\-.+]+\s+){0,3}(?:[\w.+]+-)?\z", RegexOptions.RightToLeft | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrepositionBefore();

    /// <summary>
    /// "a reinforced fine-tuning approach for VLA models, named ConRFT", "an information-enriched diffusion
    /// model for paragraph-to-image generation task, termed ParaDiffusion": what a naming clause names is its
    /// noun phrase's head, the noun before the phrase's first preposition, not the last noun the preposition
    /// adds. Null when the clause before <paramref name="end"/> has no article, or no preposition after it.
    /// </summary>
    private NodeLabel? LabelOfPhraseHead(string sentence, int end)
    {
        var clauseStart = sentence.LastIndexOfAny(ClauseMarks, end - 1) + 1;
        var words = sentence[clauseStart..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var article = Array.FindLastIndex(words, w => w is "a" or "an" or "A" or "An" or "our" or "Our");
        if (article < 0) return null;
        var preposition = Array.FindIndex(words, article + 1, w => HeadEndingPrepositions.Contains(w));
        // At least one word between the article and the preposition, and words after the preposition.
        if (preposition <= article + 1 || preposition == words.Length - 1) return null;
        var head = words[preposition - 1];
        // "a family of loss functions that we call ...": a collective's nouns are after its "of".
        if (Collectives.Contains(head)) return null;
        var two = preposition - 2 > article ? vocabulary.LabelOfHead(words[preposition - 2] + " " + head) : null;
        return two ?? vocabulary.LabelOfHead(head);
    }

    private static readonly char[] ClauseMarks = [',', ';', ':', '(', ')'];

    private static readonly HashSet<string> HeadEndingPrepositions = new(StringComparer.Ordinal) { "for", "of", "to", "with", "in", "on", "that", "which", "comprising", "containing", "consisting", "covering", "spanning", "featuring" };

    // "our reward model, R1-Reward": the two-word head outranks its last word.
    private NodeLabel? LabelOfBefore(Match before)
    {
        var head = before.Groups["head"].Value;
        // "by training process advantage verifiers (PAVs)": after a preposition, a word in -ing is a verb, no noun.
        if (head.EndsWith("ing", StringComparison.Ordinal) && before.Groups["first"].Value is "by" or "for" or "via" or "through" or "after" or "before" or "when" or "while") return null;
        var two = before.Groups["first"].Success ? vocabulary.LabelOfHead(before.Groups["first"].Value + " " + head) : null;
        return two ?? vocabulary.LabelOfHead(head);
    }

    private static readonly HashSet<string> Collectives = new(StringComparer.OrdinalIgnoreCase) { "family", "series", "class", "collection", "set" };

    // Words that end the noun phrase after a name: what follows them no longer says what the name is.
    private static readonly HashSet<string> PhraseEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "where", "who", "whose", "for", "to", "with", "of", "in", "on", "by", "from", "designed", "using", "via",
        "based", "trained", "and", "or", "while", "when", "than", "can", "is", "are", "was",
        // Verbs: "HandSpin, trains a policy with PPO" says what HandSpin does, not what it is.
        "trains", "learns", "uses", "achieves", "improves", "outperforms", "enables", "combines", "reaches", "yields", "rotates", "optimises", "optimizes",
    };

    private static string TrimPunctuation(string word) => word.TrimEnd(',', '.', ';', ':', ')');

    // "7B", "1.5B", "240M": a parameter count.
    private static bool IsSize(string word) =>
        word.Length >= 2 && word[^1] is 'B' or 'M' or 'K' && word[..^1].All(c => char.IsAsciiDigit(c) || c == '.') && char.IsAsciiDigit(word[0]);

    [GeneratedRegex(@"^(?<name>[^:\s]+(?:\s[^:\s]+)?)(?:\s*:\s|\s+Technical Report\b)")]
    private static partial Regex TitlePrefix();

    // Not "publicly released reward models" nor "openly released checkpoints of OLMo-2-7B": others' work.
    [GeneratedRegex(@"\b(?:[Ww]e|[Tt]his (?:paper|work|study|report)|[Oo]ur (?:work|paper))\b[^.;]{0,60}?(?<!\b(?:publicly|openly|previously|recently|widely|commonly|originally|already)\s+)\b(?:(?:propose|introduce|present|develop|design|release|contribute|construct|curate|describe|derive)[sd]?|put(?:s|ting)?\s+forward|build(?:s|ing)?(?!\s+(?:on|upon)\b)|built(?!\s+(?:on|upon)\b))\b")]
    private static partial Regex ProposalVerb();

    [GeneratedRegex(@"\b[Oo]ur\s+(?:(?:[a-z\-]+\s+){1,2}(?=(?:method|model|approach|framework|algorithm|system|agent|policy|benchmark|dataset)\b))?(?:(?:method|model|approach|framework|algorithm|system|agent|policy|benchmark|dataset|novel|new|proposed|derived|resulting|final|trained|released),?\s+){0,2}")]
    private static partial Regex Our();

    [GeneratedRegex(@"\b[Tt]he resulting\s+")]
    private static partial Regex Resulting();

    // A verb of result after "the resulting ...": what follows it is what the thing did, not its name.
    [GeneratedRegex(@"\b(?:improv|rais|reach|achiev|outperform|surpass|scor|gain|match|beat|attain|exceed|increas|reduc|lower)\w*\b")]
    private static partial Regex ResultPredicate();

    [GeneratedRegex(@"\b(?:new|novel)\s+(?:[\w\-]+\s+){0,4}?(?:framework|method|algorithm|approach|model|benchmark|dataset|objective|paradigm|technique|pipeline|system|suite|environment)s?,?\s+(?:(?:called|named|dubbed|termed)\s+)?(?=[A-Z])")]
    private static partial Regex NewThing();

    // "which we call Reinforced Self-Training (ReST)", "we call it X", "an approach we refer to as X": a paper naming its own thing.
    [GeneratedRegex(@"\b(?:called|named|dubbed|termed|coined|referred\s+to\s+as|[Ww]e\s+(?:call|name|refer\s+to\s+as)(?:\s+(?:it|them|th(?:is|ese)\s+[a-z\-]+))?)\s+(?:the\s+)?")]
    private static partial Regex NamingVerb();

    [GeneratedRegex(@"\G(?<apposition>\s*(?:,|:|\(|\s-{1,2}|\s(?:is|as)\b)\s*(?:(?:a|an|the|our)\s+)?)?(?<words>(?:\s*[\w\-]+[,.)]?){1,8})")]
    private static partial Regex After();

    [GeneratedRegex(@"\b(?:(?<first>[a-z]+)\s+)?(?<head>[a-z]+)(?<naming>,\s*(?:called|named|dubbed|termed|referred\s+to\s+as)|\s+(?:is|are)\s+(?:called|named|dubbed|termed)|,?\s+(?:(?:that|which)\s+)?we\s+(?:call|name|refer\s+to\s+as))?,?\s+\(?\z", RegexOptions.RightToLeft)]
    private static partial Regex Before();
}
