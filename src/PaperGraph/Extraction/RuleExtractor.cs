using System.Text.RegularExpressions;
using PaperGraph.Extraction.Relations;
using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Extraction;

/// <summary>
/// The rule-based extractor. Per sentence (the title is read as one too) it runs, surest first:
/// lexicon names, acronym definitions, the model-name grammar, benchmark shapes, reward phrases,
/// coined names typed by their head noun, and members of benchmark lists; then revises the paper's
/// mentions as a whole (<see cref="MentionRevisions"/>) around marking what it proposes (title prefix,
/// "we propose X", "called X"), and hands the mentions to relation finding.
/// Immutable after construction; safe to call from several threads.
/// </summary>
public sealed partial class RuleExtractor : IPaperExtractor
{
    private readonly LexiconMatcher _lexicon;
    private readonly ExtractionVocabulary _vocabulary = ExtractionVocabulary.Shipped;
    private readonly ModelNameGrammar _models;
    private readonly RewardPhrases _rewards;
    private readonly CoinedNameFinder _coined;
    private readonly RelationExtractor _relations = new();
    private readonly ListMembers _lists;
    private readonly ProposalMarker _proposals;
    private readonly MentionRevisions _revisions;

    public RuleExtractor(Lexicon lexicon)
    {
        _lexicon = new LexiconMatcher(lexicon.Entries);
        _models = new ModelNameGrammar(_vocabulary.ModelFamilies);
        // "sparse reward", "binary reward": one-word kinds the reward lexicon names as concepts.
        var canonical = lexicon.Entries.Where(e => e.Label == NodeLabel.Reward && e.Name.EndsWith(" reward", StringComparison.Ordinal) && e.Name.Count(c => c == ' ') == 1)
            .Select(e => e.Name[..^" reward".Length].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        _rewards = new RewardPhrases(_vocabulary.RewardStopModifiers, _vocabulary.RewardKinds, _vocabulary.NotEntities, canonical);
        _coined = new CoinedNameFinder(_vocabulary);
        _lists = new ListMembers(_vocabulary, _lexicon);
        _proposals = new ProposalMarker(_coined, _vocabulary, LongFormLabel);
        // Every name and alias exactly as written, to the entry a lookup of that form gives, when that
        // entry writes it so: "Clip" in "Clip-Higher" is a word, not CLIP.
        _knownAsWritten = lexicon.Entries.SelectMany(e => e.Aliases.Prepend(e.Name))
            .Distinct(StringComparer.Ordinal)
            .Select(form => (Form: form, Entry: _lexicon.Lookup(form)))
            .Where(f => f.Entry is { } entry && (entry.Name == f.Form || entry.Aliases.Contains(f.Form)))
            .ToDictionary(f => f.Form, f => f.Entry!, StringComparer.Ordinal);
        _revisions = new MentionRevisions(_models, _vocabulary, _knownAsWritten);
    }

    /// <summary>A known name written as the lexicon writes it, for the hyphenated parts of coined names.</summary>
    private readonly Dictionary<string, LexiconEntry> _knownAsWritten;

    public PaperExtraction Extract(Paper paper)
    {
        var mentions = new MentionSet(paper.Id);
        var candidates = new List<Candidate>();
        var sentences = SentenceSplitter.Split(paper.Abstract);
        var title = new Sentence(0, paper.Title);

        var titleName = CoinedNameFinder.TitleName(paper.Title, paper.Abstract);
        Read(mentions, candidates, title, paper, inTitle: true);
        var coinedHits = new List<CoinedHit>[sentences.Count];
        for (var s = 0; s < sentences.Count; s++) coinedHits[s] = Read(mentions, candidates, sentences[s], paper, inTitle: false);
        _revisions.BeforeProposals(mentions, sentences);
        _proposals.Mark(mentions, paper, title, titleName, sentences, coinedHits);
        _revisions.AfterProposals(mentions, candidates, sentences, titleName);

        var ordered = mentions.ToMentions();
        return new PaperExtraction
        {
            Paper = paper,
            Mentions = ordered,
            Relations = _relations.Extract(paper, sentences, ordered),
            Candidates = Untyped(candidates, mentions),
        };
    }

    [GeneratedRegex(@"\G\)?\s+[a-z]")]
    private static partial Regex NounRightAfter();

    // "CiteCheck-8B": a name and its parameter count.
    [GeneratedRegex(@"^(?<base>.+?)-\d+(?:\.\d+)?[BM]$")]
    private static partial Regex SizedBase();

    /// <summary>The candidates no mention's name or alias types: those the mention set cannot find.</summary>
    private static Candidate[] Untyped(List<Candidate> candidates, MentionSet mentions) =>
        candidates.Count == 0 ? [] : candidates.Where(c => !mentions.Contains(c.Surface)).ToArray();

    /// <returns>The sentence's coined-looking names, which proposal marking reads again.</returns>
    private List<CoinedHit> Read(MentionSet mentions, List<Candidate> candidates, Sentence sentence, Paper paper, bool inTitle)
    {
        var text = sentence.Text;
        var lexiconHits = _lexicon.Find(text);
        var benchmarkShapes = BenchmarkCues.ByShape(text);
        var modelNames = _models.Find(text);
        foreach (var hit in lexiconHits)
        {
            if (_vocabulary.IsNotEntity(hit.Entry.Name) || InsideLongerBenchmark(hit, benchmarkShapes) || InsideLongerModelName(hit, modelNames)) continue;
            mentions.Add(hit.Entry.Label, hit.Entry.Name, text.Substring(hit.Start, hit.Length), sentence, hit.Start, hit.Length, Confidence.Lexicon, inTitle, ExpansionOf(hit.Entry));
        }
        foreach (var d in AcronymFinder.Find(text)) AddAcronym(mentions, sentence, d, inTitle);
        foreach (var m in modelNames)
        {
            if (mentions.IsTaken(sentence, m.Start, m.Length, NodeLabel.Model, inTitle) || _vocabulary.IsNotEntity(m.Name)) continue;
            // "RM-R1, a reward model", "Parallel-R1, a framework": for a family no list has, the paper's noun decides.
            var label = m.KnownFamily || inTitle ? NodeLabel.Model
                : _coined.LabelFromContext(text, m.Start, m.Start + m.Length) ?? _vocabulary.LabelOfHead(m.Name.Split('-')[^1]) ?? NodeLabel.Model;
            // "Skywork-PRM-7B", "Nemotron-4-340B-Reward": a reward model is a Reward whatever its family.
            if (label == NodeLabel.Model && _vocabulary.IsRewardModelName(m.Name)) label = NodeLabel.Reward;
            // "We present CiteCheck, a reward model ... CiteCheck-8B is trained on ...": a size of a reward model is that reward model.
            if (label == NodeLabel.Model && !m.KnownFamily && SizedBase().Match(m.Name) is { Success: true } sized && mentions.LabelOf(sized.Groups["base"].Value) == NodeLabel.Reward)
                label = NodeLabel.Reward;
            if (BenchmarkCues.IsCountedDataset(m.Name)) label = NodeLabel.Benchmark;
            // A title says nothing of what an unknown family's name is: the abstract's nouns may relabel it.
            var confidence = inTitle && !m.KnownFamily ? Confidence.Shape : Confidence.Definition;
            mentions.Add(label, m.Name, m.Name, sentence, m.Start, m.Length, confidence, inTitle);
        }
        foreach (var b in benchmarkShapes)
        {
            if (!mentions.IsTaken(sentence, b.Start, b.Length, NodeLabel.Benchmark, inTitle) && !_vocabulary.IsNotEntity(b.Name))
                mentions.Add(NodeLabel.Benchmark, b.Name, b.Name, sentence, b.Start, b.Length, Confidence.Shape, inTitle);
        }
        foreach (var p in ParadigmPhrases.Find(text))
        {
            if (!mentions.IsTaken(sentence, p.Start, p.Length, NodeLabel.Method, inTitle))
                mentions.Add(NodeLabel.Method, p.Name, text.Substring(p.Start, p.Length), sentence, p.Start, p.Length, Confidence.Shape, inTitle);
        }
        foreach (var b in BenchmarkCues.SlashVariants(text))
        {
            if (_lexicon.Lookup(b.Name)?.Label == NodeLabel.Benchmark || mentions.LabelOf(b.Name) == NodeLabel.Benchmark)
                mentions.Add(NodeLabel.Benchmark, _lexicon.Lookup(b.Name)?.Name ?? b.Name, text.Substring(b.Start, b.Length), sentence, b.Start, b.Length, Confidence.Shape, inTitle);
        }
        foreach (var r in _rewards.Find(text))
        {
            if (!mentions.IsTaken(sentence, r.Start, r.Length, NodeLabel.Reward, inTitle))
                mentions.Add(NodeLabel.Reward, r.Name, r.Elided ? r.Name : text.Substring(r.Start, r.Length), sentence, r.Start, r.Length, Confidence.Shape, inTitle);
        }
        // A title's names are only candidates, whatever nouns stand beside them: no label to find.
        var coinedHits = _coined.Find(text, typed: !inTitle);
        foreach (var c in coinedHits)
        {
            // A title has no appositions: "X: Language-Guided Rewards ..." says nothing of X's label.
            if (inTitle)
            {
                candidates.Add(new Candidate(c.Name, new Evidence(paper.Id, text, c.Start, c.Length) { InTitle = true }));
                continue;
            }
            if (mentions.IsTaken(sentence, c.Start, c.Length, c.Label ?? NodeLabel.Method, inTitle) || mentions.IsTask(c.Name)) continue;
            // "R1-Reward", "IXC-2.5-Reward", "VerdictRM": a name built like a reward model's is one, when no noun
            // says or the noun is only "model" (as for model-family names above).
            var label = BenchmarkCues.IsCountedDataset(c.Name) ? NodeLabel.Benchmark
                : c.Label is null or NodeLabel.Model && _vocabulary.IsRewardModelName(c.Name) ? NodeLabel.Reward
                : c.Label ?? LabelOfKnownPart(c.Name) ?? (ModelNameGrammar.IsArchitectureShaped(c.Name) || CoinedNameFinder.IsSpacedRelease(c.Name) ? NodeLabel.Model : null);
            if (label is not null) mentions.Add(label.Value, c.Name, c.Name, sentence, c.Start, c.Length, Confidence.Shape, inTitle);
            else candidates.Add(new Candidate(c.Name, new Evidence(paper.Id, text, sentence.Start + c.Start, c.Length) { InTitle = inTitle }));
        }
        AddBenchmarkListMembers(mentions, sentence, inTitle, lexiconHits, benchmarkShapes);
        if (!inTitle) _lists.Add(mentions, sentence);
        return coinedHits;
    }

    /// <summary>"the DQN Replay dataset": a known method's or model's name inside a longer benchmark name is part of that name.</summary>
    private static bool InsideLongerBenchmark(LexiconHit hit, List<BenchmarkHit> benchmarks)
    {
        if (hit.Entry.Label == NodeLabel.Benchmark) return false;
        foreach (var b in benchmarks)
        {
            if (Encloses(b.Start, b.Length, hit)) return true;
        }
        return false;
    }

    /// <summary>True when the span <paramref name="start"/>, <paramref name="length"/> holds <paramref name="hit"/> and more.</summary>
    private static bool Encloses(int start, int length, LexiconHit hit) =>
        start <= hit.Start && hit.Start + hit.Length <= start + length && length > hit.Length;

    /// <summary>"GPT-2 Large": a known model's name that a longer model name holds is part of that name.</summary>
    private static bool InsideLongerModelName(LexiconHit hit, List<ModelNameHit> models)
    {
        if (hit.Entry.Label != NodeLabel.Model) return false;
        foreach (var m in models)
        {
            if (Encloses(m.Start, m.Length, hit)) return true;
        }
        return false;
    }

    /// <summary>
    /// "Pre-GRPO", "Agent-RLVR", "Le-DETR": a coined name with a known name as one of its hyphenated parts
    /// is a variant of it and has its label; a model family's name alone ("DETR", "ViT") is a model's.
    /// Null when no part of three letters or more is a lexicon name or a family as written, or when
    /// parts of different labels are.
    /// </summary>
    private NodeLabel? LabelOfKnownPart(string name)
    {
        if (!name.Contains('-', StringComparison.Ordinal)) return null;
        NodeLabel? found = null;
        foreach (var part in name.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length < 3 || _vocabulary.IsNotEntity(part)) continue;
            NodeLabel label;
            if (_knownAsWritten.TryGetValue(part, out var entry)) label = entry.Label;
            else if (_models.IsBareFamily(part)) label = NodeLabel.Model;
            else continue;
            if (found is { } other && other != label) return null;
            found = label;
        }
        return found;
    }

    private void AddAcronym(MentionSet mentions, Sentence sentence, AcronymDefinition d, bool inTitle)
    {
        if (_vocabulary.IsNotEntity(d.Short) || _vocabulary.IsNotEntity(d.Long)) return;
        var known = _lexicon.Lookup(d.Long) ?? (_lexicon.Lookup(d.Short) is { } byShort && SameSense(byShort, d.Long) ? byShort : null);
        if (known is not null)
        {
            mentions.Add(known.Label, known.Name, d.Short, sentence, d.ShortStart, d.Short.Length, Confidence.Lexicon, inTitle, ExpansionOf(known));
            mentions.Add(known.Label, known.Name, d.Long, sentence, d.LongStart, d.Long.Length, Confidence.Lexicon, inTitle);
            return;
        }
        // The paper's own noun ("PDT, a simple approach") outranks the long form's ("... Transformer").
        // "Our method, Disagreement-Penalised Reward Ensembles (DPRE), trains ...": the noun before
        // the whole definition counts as much as the one after it.
        var byContext = inTitle ? null : _coined.LabelFromContext(sentence.Text, Math.Min(d.ShortStart, d.LongStart), d.End);
        // "text-to-speech (TTS) models", "a visual question answering (VQA) system": a noun right after a
        // task's definition is what does the task, which says nothing of what the acronym is.
        var namesTask = _vocabulary.NamesTaskOrMeasure(d.Long);
        if (byContext is not null && namesTask && NounRightAfter().IsMatch(sentence.Text, d.End)) byContext = null;
        // "visual question answering (VQA)", "Interquartile Mean (IQM)": a task or a measure, no entity;
        // its spans are claimed so that no weaker rule (VQA looks like a *QA benchmark) types them here.
        if (byContext is null && namesTask)
        {
            mentions.Take(sentence, d.ShortStart, d.Short.Length, NodeLabel.Method, inTitle);
            mentions.Take(sentence, d.LongStart, d.Long.Length, NodeLabel.Method, inTitle);
            mentions.DefineTask(d.Short);
            return;
        }
        var label = byContext ?? LongFormLabel(d.Long);
        mentions.Add(label, d.Short, d.Short, sentence, d.ShortStart, d.Short.Length, Confidence.Definition, inTitle, d.Long);
        mentions.Take(sentence, d.LongStart, d.Long.Length, label, inTitle);
    }

    /// <summary>An acronym entry's first multi-word alias: the sense the lexicon means by it ("RFT" = reinforcement fine-tuning).</summary>
    private static string? ExpansionOf(LexiconEntry entry) =>
        entry.Label == NodeLabel.Method && entry.Name.Any(char.IsUpper) && !entry.Name.Contains(' ', StringComparison.Ordinal)
            ? entry.Aliases.FirstOrDefault(a => a.Contains(' ', StringComparison.Ordinal))
            : null;

    /// <summary>
    /// True when a paper's long form means the lexicon entry's: the entry gives no expansion, or one
    /// expansion's key ends the other's ("the Proximal Policy Optimization"). "RFT" as rejection-sampling
    /// fine-tuning is not the lexicon's reinforcement fine-tuning.
    /// </summary>
    private static bool SameSense(LexiconEntry entry, string longForm)
    {
        var expansions = entry.Aliases.Where(a => a.Contains(' ', StringComparison.Ordinal)).Select(Resolution.SenseKey.Of).ToArray();
        if (expansions.Length == 0) return true;
        var key = Resolution.SenseKey.Of(longForm);
        return expansions.Any(e => key.EndsWith(e, StringComparison.Ordinal) || e.EndsWith(key, StringComparison.Ordinal));
    }

    /// <summary>The label a long form's head noun gives: the last word before its first preposition ("Learning" in "Reinforcement Learning with Tool-use Rewards").</summary>
    internal NodeLabel LongFormLabel(string longForm)
    {
        // "Hindsight-Relabeled Decision Transformer": a long form ending in a known name is a kind of it,
        // unless a preposition comes first: "Nash learning from human feedback" is learning, not feedback.
        var all = longForm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var known = all.Length >= 3 && !all[..^2].Any(w => ExtractionVocabulary.PhraseBreaks.Contains(w.ToLowerInvariant())) ? _lexicon.Lookup(string.Join(' ', all[^2..])) : null;
        if (known is not null) return known.Label;
        // "Low-cost and Efficient Detection Transformer": an "and" between modifiers is no break; a preposition is.
        var words = all.TakeWhile(w => w == "and" || !ExtractionVocabulary.PhraseBreaks.Contains(w.ToLowerInvariant())).ToArray();
        words = words.Where(w => !(w.Length <= 3 && w.Any(char.IsDigit))).ToArray();
        for (var take = Math.Min(2, words.Length); take >= 1; take--)
        {
            var tail = string.Join(' ', words[^take..]);
            if (_vocabulary.LabelOfHead(tail) is { } label) return label;
            var lastPart = tail.Split('-')[^1];
            if (take == 1 && _vocabulary.LabelOfHead(lastPart) is { } partLabel) return partLabel;
        }
        return NodeLabel.Method;
    }

    /// <summary>Names listed with a benchmark ("on AIME24, SuperGPQA and KOR-Bench") are benchmarks too.</summary>
    private void AddBenchmarkListMembers(MentionSet mentions, Sentence sentence, bool inTitle, List<LexiconHit> lexiconHits, List<BenchmarkHit> benchmarkShapes)
    {
        var text = sentence.Text;
        var seeds = new Queue<(int Start, int End)>();
        foreach (var hit in lexiconHits.Where(h => h.Entry.Label == NodeLabel.Benchmark)) seeds.Enqueue((hit.Start, hit.Start + hit.Length));
        foreach (var b in benchmarkShapes) seeds.Enqueue((b.Start, b.Start + b.Length));
        var seen = new HashSet<int>();
        while (seeds.Count > 0 && seen.Count < 64)
        {
            var (start, end) = seeds.Dequeue();
            if (!seen.Add(start)) continue;
            foreach (var n in BenchmarkCues.ListNeighbours(text, start, end))
            {
                if (mentions.LabelOf(n.Name) is { } other && other != NodeLabel.Benchmark) break;
                if (_vocabulary.IsNotEntity(n.Name)) break;
                if (!mentions.IsTaken(sentence, n.Start, n.Length, NodeLabel.Benchmark, inTitle))
                    mentions.Add(NodeLabel.Benchmark, n.Name, n.Name, sentence, n.Start, n.Length, Confidence.Cue, inTitle);
                seeds.Enqueue((n.Start, n.Start + n.Length));
            }
        }
    }
}
