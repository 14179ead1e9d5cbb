using PaperGraph.Graph;
using PaperGraph.Resolution;

namespace PaperGraph.Extraction;

/// <summary>How sure a rule is of the label it gives; a surer rule relabels a name a weaker one typed.</summary>
internal enum Confidence
{
    Cue = 1,
    Shape = 2,
    Definition = 3,
    Lexicon = 4,
}

/// <summary>One way a mention is written (its name or an alias), with the mention's name, label and confidence.</summary>
internal readonly record struct Surface(string Text, string Name, NodeLabel Label, Confidence Confidence);

/// <summary>
/// The mentions of one paper while its sentences are read: one per normalised name, with every
/// surface form as an alias, the first evidence, and the surest label. Also remembers which text
/// spans are taken, so a weaker rule does not type a piece of a name a surer one found.
/// Per paper, not shared between threads.
/// </summary>
internal sealed class MentionSet(string paperId)
{
    private readonly Dictionary<string, Draft> _byNorm = new(StringComparer.Ordinal);
    // Every surface form's normalised key, to its mention: "BC" finds "behavior cloning".
    private readonly Dictionary<string, Draft> _bySurface = new(StringComparer.Ordinal);
    private readonly List<(int Start, int End, NodeLabel Label, bool InTitle)> _taken = [];

    /// <summary>True when a found span overlaps a name already taken (a reward inside a method name is allowed).</summary>
    public bool IsTaken(Sentence sentence, int start, int length, NodeLabel label, bool inTitle)
    {
        start += sentence.Start;
        foreach (var (s, e, l, t) in _taken)
        {
            var overlaps = t == inTitle && start < e && s < start + length;
            // A reward inside a method's name, and a longer name around a known one ("HealthBench Hard"), still count.
            var nestedReward = label == NodeLabel.Reward && l != NodeLabel.Reward;
            var longerSameLabel = label == l && start <= s && e <= start + length && length > e - s;
            if (overlaps && !nestedReward && !longerSameLabel) return true;
        }
        return false;
    }

    /// <summary>The spans of this sentence (sentence-relative) that hold a mention of <paramref name="label"/>.</summary>
    public IEnumerable<(int Start, int End)> SpansIn(Sentence sentence, NodeLabel label) =>
        _taken.Where(t => !t.InTitle && t.Label == label && sentence.Start <= t.Start && t.End <= sentence.Start + sentence.Text.Length)
            .Select(t => (t.Start - sentence.Start, t.End - sentence.Start)).ToArray();

    /// <summary>Claims a span without a mention of its own: an acronym's long form, so no weaker rule types a piece of it.</summary>
    public void Take(Sentence sentence, int start, int length, NodeLabel label, bool inTitle) =>
        _taken.Add((sentence.Start + start, sentence.Start + start + length, label, inTitle));

    // Acronyms the paper defines as a task or measure ("text-to-speech (TTS)"): no entity wherever they stand.
    private HashSet<string>? _tasks;

    /// <summary>Remembers that the paper defines <paramref name="acronym"/> as a task or measure, not an entity.</summary>
    public void DefineTask(string acronym) => (_tasks ??= new(StringComparer.Ordinal)).Add(acronym);

    /// <summary>True for an acronym the paper defined as a task or measure ("TTS" in "E2 TTS models" is still the task).</summary>
    public bool IsTask(string name) => _tasks is not null && _tasks.Contains(name);

    public bool Contains(string name) => Find(name) is not null;

    public Confidence? ConfidenceOf(string name) => Find(name)?.Confidence;

    /// <summary>
    /// Every alias and name, each with its mention's name, label and confidence, to find mentions
    /// again in a sentence: mentions in the order found, each one's aliases then its name. A snapshot,
    /// kept until a mention is added or changed: proposal marking reads it for every window.
    /// </summary>
    public IReadOnlyList<Surface> Surfaces()
    {
        if (_surfaces is null)
        {
            var all = new List<Surface>();
            foreach (var d in _byNorm.Values)
            {
                foreach (var alias in d.Aliases) all.Add(new Surface(alias, d.Name, d.Label, d.Confidence));
                all.Add(new Surface(d.Name, d.Name, d.Label, d.Confidence));
            }
            _surfaces = all;
        }
        return _surfaces;
    }

    // Dropped by every change to a name, alias, label or confidence.
    private List<Surface>? _surfaces;

    /// <summary>The names of the rewards read from a phrase's shape ("consistency reward"), each once: the ones a fuller wording may take in.</summary>
    public string[] ShapedRewardNames() =>
        Surfaces().Where(s => s.Label == NodeLabel.Reward && s.Confidence == Confidence.Shape).Select(s => s.Name).Distinct().ToArray();

    /// <summary>True when <paramref name="longer"/> is <paramref name="shorter"/> with words before it: "temporal consistency reward", "consistency reward".</summary>
    public static bool Qualifies(string longer, string shorter) => longer.EndsWith(" " + shorter, StringComparison.Ordinal);

    public IEnumerable<string> ProposedLongForms() => _byNorm.Values.Where(d => d.Proposed && d.LongForm is not null).Select(d => d.LongForm ?? "");

    public IEnumerable<string> Proposed() => _byNorm.Values.Where(d => d.Proposed).Select(d => d.Name);

    public NodeLabel? LabelOf(string name) => Find(name)?.Label;

    /// <summary>Adds or strengthens a mention; <paramref name="surface"/> is the text as written.</summary>
    public void Add(NodeLabel label, string name, string surface, Sentence sentence, int start, int length, Confidence confidence,
        bool inTitle = false, string? longForm = null, bool proposed = false)
    {
        _taken.Add((sentence.Start + start, sentence.Start + start + length, label, inTitle));
        var norm = NameNormaliser.Normalise(name);
        if (norm.Length == 0) return;
        _surfaces = null;
        if (!_byNorm.TryGetValue(norm, out var draft) && !_bySurface.TryGetValue(norm, out draft))
        {
            var evidence = new Evidence(paperId, sentence.Text, sentence.Start + start, length) { InTitle = inTitle };
            _byNorm[norm] = draft = new Draft(label, name, confidence, evidence);
        }
        else if (confidence > draft.Confidence)
        {
            draft.Label = label;
            draft.Confidence = confidence;
        }
        if (draft.Label != label && confidence < draft.Confidence) return;
        draft.Aliases.Add(surface);
        _bySurface.TryAdd(NameNormaliser.Normalise(surface), draft);
        if (longForm is not null)
        {
            // The paper's own definition outranks the sense a lexicon assumes for the acronym.
            if (draft.LongForm is null || confidence == Confidence.Definition) draft.LongForm = longForm;
            draft.Aliases.Add(longForm);
            _bySurface.TryAdd(NameNormaliser.Normalise(longForm), draft);
        }
        draft.Proposed |= proposed;
    }

    /// <summary>
    /// Adds a name the paper states through another one ("RLHF" states "human feedback"), with the
    /// evidence of the name that states it. Does nothing when the paper names it already.
    /// </summary>
    public void Imply(NodeLabel label, string name, string statedBy)
    {
        var norm = NameNormaliser.Normalise(name);
        if (norm.Length == 0 || Find(name) is not null || Find(statedBy) is not { } source) return;
        var draft = new Draft(label, name, Confidence.Lexicon, source.Evidence);
        _byNorm[norm] = draft;
        _surfaces = null;
    }

    /// <summary>
    /// The name of the first-found mention of <paramref name="label"/> that any of <paramref name="keys"/>
    /// names, if any. The keys are names as <see cref="NameNormaliser.Normalise"/> gives them, made
    /// once by the caller rather than for every paper.
    /// </summary>
    public string? FirstNamedByKey(IEnumerable<string> keys, NodeLabel label)
    {
        var named = keys.Select(k => FindByKey(k)).Where(d => d is not null && d.Label == label).ToHashSet(ReferenceEqualityComparer.Instance);
        return named.Count == 0 ? null : _byNorm.Values.FirstOrDefault(named.Contains)?.Name;
    }

    /// <summary>Marks an already found name as what the paper proposes.</summary>
    public void Propose(string name)
    {
        if (Find(name) is { } draft) draft.Proposed = true;
    }

    /// <summary>
    /// Makes the mention <paramref name="alias"/> names part of the one <paramref name="name"/> names:
    /// one mention, with every form of both, proposed if either was, and the title's evidence if either
    /// has it. Nothing when either is missing.
    /// </summary>
    public void Absorb(string alias, string name)
    {
        if (Find(alias) is not { } from || Find(name) is not { } into || ReferenceEquals(from, into)) return;
        _byNorm.Remove(NameNormaliser.Normalise(from.Name));
        into.Aliases.Add(from.Name);
        into.Aliases.UnionWith(from.Aliases);
        into.Proposed |= from.Proposed;
        into.LongForm ??= from.LongForm;
        // The title is where a paper names what it is about: a title mention stays one.
        if (from.Evidence.InTitle && !into.Evidence.InTitle) into.Evidence = from.Evidence;
        foreach (var key in _bySurface.Where(kv => ReferenceEquals(kv.Value, from)).Select(kv => kv.Key).ToArray()) _bySurface[key] = into;
        _bySurface[NameNormaliser.Normalise(from.Name)] = into;
        _surfaces = null;
    }

    /// <summary>Forgets the mention <paramref name="name"/> names, with every form of it; its spans stay taken.</summary>
    public void Remove(string name)
    {
        if (Find(name) is not { } draft) return;
        _byNorm.Remove(NameNormaliser.Normalise(draft.Name));
        foreach (var key in _bySurface.Where(kv => ReferenceEquals(kv.Value, draft)).Select(kv => kv.Key).ToArray()) _bySurface.Remove(key);
        _surfaces = null;
    }

    private Draft? Find(string name)
    {
        // Normalised once for both lookups: this is asked of every name found, many times each.
        Span<char> buffer = stackalloc char[NameNormaliser.StackLimit];
        return FindByKey(NameNormaliser.NormaliseInto(name, buffer));
    }

    private Draft? FindByKey(ReadOnlySpan<char> key) =>
        _byNorm.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var draft)
        || _bySurface.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out draft) ? draft : null;

    public Mention[] ToMentions() => _byNorm.Values
        .Select(d => new Mention
        {
            Label = d.Label,
            Name = d.Name,
            Aliases = d.Aliases.Where(a => a != d.Name).Order(StringComparer.Ordinal).ToArray(),
            LongForm = d.LongForm,
            Role = d.Proposed ? RelationType.Proposes : d.Label == NodeLabel.Benchmark ? RelationType.EvaluatesOn : RelationType.Mentions,
            Evidence = d.Evidence,
        })
        .OrderBy(m => m.Evidence.InTitle ? 0 : 1).ThenBy(m => m.Evidence.Start).ThenBy(m => m.Name, StringComparer.Ordinal)
        .ToArray();

    private sealed class Draft(NodeLabel label, string name, Confidence confidence, Evidence evidence)
    {
        public NodeLabel Label { get; set; } = label;
        public string Name { get; } = name;
        public Confidence Confidence { get; set; } = confidence;
        public Evidence Evidence { get; set; } = evidence;
        public string? LongForm { get; set; }
        public bool Proposed { get; set; }
        public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);
    }
}
