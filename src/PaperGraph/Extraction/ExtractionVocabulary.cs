using PaperGraph.Graph;
using PaperGraph.Resolution;

namespace PaperGraph.Extraction;

/// <summary>
/// The word lists the extraction rules consult (Extraction/Vocabulary/*, embedded): umbrella terms that
/// are never entities, head nouns that decide a coined name's label, model families, and the words that
/// do not make a kind of reward. Loaded once; immutable.
/// </summary>
internal sealed class ExtractionVocabulary
{
    public static ExtractionVocabulary Shipped { get; } = Load();

    /// <summary>Normalised umbrella terms (SCHEMA.md "not entities"), compared ordinally.</summary>
    public required HashSet<string> NotEntities { get; init; }

    /// <summary>Head noun to label, compared ignoring case; of two heads equal but for case, the file's first wins.</summary>
    public required Dictionary<string, NodeLabel> HeadNouns { get; init; }

    /// <summary>Model families and whether the bare family name is a model.</summary>
    public required IReadOnlyList<(string Family, bool Bare)> ModelFamilies { get; init; }

    /// <summary>Lower-case words that never form a "<c>word</c> reward" concept.</summary>
    public required IReadOnlySet<string> RewardStopModifiers { get; init; }

    /// <summary>Lower-case words (and "-head" endings) that name a kind of reward before "reward".</summary>
    public required IReadOnlySet<string> RewardKinds { get; init; }

    /// <summary>Lower-case last words of long forms that name a task or a measure (task-heads.txt).</summary>
    public required IReadOnlySet<string> TaskHeads { get; init; }

    /// <summary>True for "visual question answering", "Interquartile Mean", "Update-To-Data": its last word (or hyphen piece) names a task or a measure.</summary>
    public bool NamesTaskOrMeasure(string longForm) => TaskHeads.Contains(WordPieces.Fold(longForm.Split(' ', '-')[^1]));

    /// <summary>Name starts of models whose weights are not public (closed-models.txt).</summary>
    public required IReadOnlyList<string> ClosedModels { get; init; }

    /// <summary>
    /// True for "GPT-4o", "Gemini-1.5-Pro", "Claude 3.5 Sonnet": a name that starts with a closed
    /// model's, where the start ends in a digit or the name goes on with no letter ("o1" is not "o1x").
    /// </summary>
    public bool IsClosedModel(string name)
    {
        foreach (var start in ClosedModels)
        {
            if (name.StartsWith(start, StringComparison.OrdinalIgnoreCase)
                && (name.Length == start.Length || char.IsDigit(start[^1]) && start.Length > 2 || !char.IsLetter(name[start.Length])))
                return true;
        }
        return false;
    }

    /// <summary>Name parts that make a model-shaped name a reward model ("-Reward", "-PRM", "ArmoRM").</summary>
    public required IReadOnlyList<string> RewardModelParts { get; init; }

    /// <summary>
    /// True for a name that names a reward model: "Skywork-PRM-7B", "ArmoRM-Llama3-8B", "RM-R1", "VerdictRM".
    /// Not a phrase written with hyphens ("Noisy-Rewards-in-Learning-to-Reason"): no piece is all lower case.
    /// </summary>
    public bool IsRewardModelName(string name)
    {
        foreach (var range in name.AsSpan().Split('-'))
        {
            if (IsAllLowerCase(name.AsSpan()[range])) return false;
        }
        foreach (var piece in name.Split('-', ' '))
        {
            foreach (var part in RewardModelParts)
            {
                if (piece == part || piece == part + "s") return true;
                if (piece.Length > part.Length && piece.EndsWith(part, StringComparison.Ordinal) && char.IsLower(piece[^(part.Length + 1)])) return true;
            }
        }
        return false;
    }

    private static bool IsAllLowerCase(ReadOnlySpan<char> piece)
    {
        foreach (var c in piece)
        {
            if (!char.IsLower(c)) return false;
        }
        return piece.Length > 0;
    }

    /// <summary>
    /// Lower-case words that end a noun phrase's head: in a long form ("Nash learning from human
    /// feedback" is learning) or a title's apposition ("A Unified Reward Model for Images").
    /// </summary>
    public static readonly IReadOnlySet<string> PhraseBreaks = new HashSet<string>(StringComparer.Ordinal)
    {
        "with", "from", "for", "on", "via", "through", "of", "using", "in", "by", "as", "to", "under", "over", "and", "that",
    };

    public bool IsNotEntity(string name) => NameNormaliser.ContainsNormalised(NotEntities.GetAlternateLookup<ReadOnlySpan<char>>(), name);

    /// <summary>The label a head noun gives, or null when the word is no head noun.</summary>
    public NodeLabel? LabelOfHead(string words) => HeadNouns.TryGetValue(words, out var label) ? label : null;

    /// <summary>The label a phrase's last word gives (or that word's last hyphenated part's); Method when neither is a head noun.</summary>
    public NodeLabel LabelOfLastWord(string phrase)
    {
        var last = phrase.Split(' ')[^1];
        return LabelOfHead(last) ?? LabelOfHead(last.Split('-')[^1]) ?? NodeLabel.Method;
    }

    private static ExtractionVocabulary Load()
    {
        var heads = new Dictionary<string, NodeLabel>(StringComparer.OrdinalIgnoreCase);
        foreach (var (cols, at) in Rows("head-nouns.tsv"))
        {
            if (cols.Length != 2 || !NodeLabels.TryParse(cols[1], out var label))
                throw new InvalidDataException($"{at}: expected 'noun<TAB>label'");
            heads.TryAdd(cols[0], label);
        }
        var families = new List<(string, bool)>();
        foreach (var (cols, at) in Rows("model-families.tsv"))
        {
            if (cols.Length != 2 || cols[1] is not ("bare" or "versioned"))
                throw new InvalidDataException($"{at}: expected 'family<TAB>bare|versioned'");
            families.Add((cols[0], cols[1] == "bare"));
        }
        return new ExtractionVocabulary
        {
            NotEntities = Rows("not-entities.txt").Select(r => NameNormaliser.Normalise(r.Cols[0])).ToHashSet(StringComparer.Ordinal),
            HeadNouns = heads,
            ModelFamilies = families,
            TaskHeads = Rows("task-heads.txt").Select(r => r.Cols[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            ClosedModels = Rows("closed-models.txt").Select(r => r.Cols[0]).ToArray(),
            RewardModelParts = Rows("reward-model-parts.txt").Select(r => r.Cols[0]).ToArray(),
            RewardKinds = Rows("reward-kinds.txt").Select(r => r.Cols[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            RewardStopModifiers = Rows("reward-modifiers.txt").Select(r => r.Cols[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>The non-comment rows of an embedded vocabulary file, split at tabs, with "file:line" for errors.</summary>
    private static IEnumerable<(string[] Cols, string At)> Rows(string file)
    {
        var resource = "PaperGraph.Vocabulary." + file;
        using var stream = typeof(ExtractionVocabulary).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded vocabulary {resource} is missing");
        using var reader = new StreamReader(stream);
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0 || text.StartsWith('#')) continue;
            yield return (text.Split('\t', StringSplitOptions.TrimEntries), $"{file}:{line}");
        }
    }
}
