using System.Text.RegularExpressions;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// The words in a sentence that signal a relation between the entities around them. These are the
/// grammar of the rules, the way an acronym pattern is; the names of things live in data files.
/// </summary>
internal static partial class RelationCues
{
    /// <summary>
    /// "X outperforms / surpasses / beats / exceeds Y", "better than", "superior to", "higher final
    /// returns than Y", "more robust to held-out dynamics than Y", "three times faster than Y", "superior performance compared to Y", "improves
    /// accuracy by 3 points over Y", "gains over Y", "ahead of Y", and a result set against the loser's:
    /// "reaches 81%, compared with 54% for Y", "against 71% for Y", "0.71, compared with 0.49 for Y", "86.4% and 30.0%, compared with 83.9% and 23.3% for Y", and a
    /// rise from the loser's result: "raises the win rate from 41.2 with Y to 47.9".
    /// </summary>
    [GeneratedRegex(@"\b(?:outperform\w*|surpass\w*|beats?|beating|exceed(?:s|ed|ing)?|better than|superior to|ahead of|(?:higher|better|stronger|greater|superior|faster|more\s+(?:robust|accurate|stable|reliable|consistent|faithful))\s+(?:[\w\-]+\s+){0,6}?(?:than|compared (?:with|to))|improv\w*\s+(?:[^\s,;]+\s+){0,8}?over|(?:gains?|improvements?|upgrade)\s+(?:[^\s,;]+\s+){0,10}?over|preferred\s+(?:[^\s,;]+\s+){0,4}?over|(?:compared (?:with|to)|against)\s+(?:only\s+)?\d+(?:\.\d+)?\s?%?(?:\s*(?:,|and|,\s*and)\s+\d+(?:\.\d+)?\s?%?){0,3}\s+(?:for|of|by|with)|from\s+\d+(?:\.\d+)?\s?%?\s+(?:with|for|under|using)\s+(?=\S+\s+to\s+\d))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Outperforms();

    /// <summary>
    /// "lower cost than Y", "fewer constraint violations than Y": a cost, error, loss, regret or such,
    /// where lower wins. Apart from <see cref="Outperforms"/>: in it, the common first letters of these
    /// words made that pattern try far more places in every sentence.
    /// </summary>
    public static readonly WordGatedPattern LowerCost = new(LowerCostPattern(), StringComparison.OrdinalIgnoreCase, "lower", "fewer", "less");

    /// <summary>Every win claimed in <paramref name="text"/>: <see cref="Outperforms"/> and <see cref="LowerCost"/>, by position.</summary>
    public static Match[] Wins(string text) => Outperforms().Matches(text).Concat(LowerCost.Matches(text)).OrderBy(m => m.Index).ToArray();

    [GeneratedRegex(@"\b(?:lower|fewer|less)\s+(?:[\w\-]+\s+){0,2}?(?:costs?|errors?|loss|regret|latency|perplexity|variance|violations?)\s+than\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LowerCostPattern();

    /// <summary>
    /// A loss claimed by the loser, named first: "A and B fall behind X", "A lags behind X", "A
    /// underperforms X", "A loses noticeably more accuracy than X".
    /// </summary>
    public static readonly WordGatedPattern Trails = new(TrailsPattern(), StringComparison.OrdinalIgnoreCase, "behind", "underperform", "lose", "losing", "lost");

    [GeneratedRegex(@"\b(?:(?:fall(?:s|ing)?|fell|lag(?:s|ged|ging)?|trail(?:s|ed|ing)?)\s+(?:far\s+|well\s+|clearly\s+)?behind|underperform(?:s|ed|ing)?|(?:lose|loses|losing|lost)\s+(?:[\w\-]+\s+){0,2}?more\s+(?:[\w\-]+\s+){0,2}?than)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailsPattern();

    /// <summary>"an extension of / to Y", "a variant / an approximation of Y", "built upon Y", "builds on Y", "extends Y", "on top of Y", "a layer over Y", "derived from Y".</summary>
    [GeneratedRegex(@"\b(?:extensions? (?:of|to)|extends|extending|variant of|version of|layer (?:over|on top of)|built (?:up)?on|builds? (?:up)?on|building (?:up)?on|on top of|derived from|initiali[sz]ed from|modification of|generali[sz]ation of|(?:approximation|simplification|adaptation|refinement) of|(?:trained|(?:fine-?)?tuned|initiali[sz]ed|distilled|starting|started) from)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Extends();

    /// <summary><see cref="Extends"/>, run only on sentences that hold one of its words: most hold none.</summary>
    public static readonly WordGatedPattern ExtendsCue = new(Extends(), StringComparison.OrdinalIgnoreCase,
        "exten", "variant of", "version of", "layer ", "buil", "on top of", "from", "modification of", "generali",
        "approximation of", "simplification of", "adaptation of", "refinement of");

    /// <summary>
    /// "for RLOO training of", "in GRPO training of", "for PPO fine-tuning of": the training a reward
    /// named just before goes into (its method, if named) and, after "of", whose.
    /// </summary>
    [GeneratedRegex(@"\b(?:for|in|during)\s+(?:the\s+)?(?:[^\s,;.]+\s+)?(?:(?:RL|online|reinforcement learning)\s+)?(?:training|fine-?tuning|post-?training|optimi[sz]ation)\s+of\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrainingOfPattern();

    /// <summary><see cref="TrainingOfPattern"/>, run only on sentences that hold its words.</summary>
    public static readonly WordGatedPattern TrainingOf = new(TrainingOfPattern(), StringComparison.OrdinalIgnoreCase, "training of", "tuning of", "optimization of", "optimisation of");

    /// <summary>What may stand between a reward and <see cref="TrainingOf"/>: nothing, or "as a dense step-level reward", "as the reward model".</summary>
    // "ProofCritic-8B replaces the rule-based answer checker as the reward for RL training of": the reward that replaces another.
    [GeneratedRegex(@"^\s*(?:\([^)]*\)\s*)?(?:(?:replaces|replacing)\s+(?:[\w\-]+\s+){1,5}?(?=as\s))?(?:as\s+(?:(?:a|an|the|our)\s+)?(?:[\w\-]+\s+){0,3}?rewards?(?:\s+(?:models?|signals?|functions?))?\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex RewardBeforeTraining();

    /// <summary>The gated cues, for the test that keeps each gate in step with its pattern.</summary>
    internal static IReadOnlyList<WordGatedPattern> GatedPatterns => [ExtendsCue, LowerCost, TrainingOf, Trails];

    /// <summary>What ends the reach of a comparison: "while matching Y", "; " or ", and the margin ..." starts another claim.</summary>
    [GeneratedRegex(@"\b(?:while|whereas|but|although|yet|and (?:achieves?|matches|sets|rivals?)|matching|rivals?)\b|;|,\s+and\s+(?:the|it|its|our|we|this|these|their)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ClaimBreak();

    /// <summary>"We evaluate / benchmark / test ...": the paper running things, the list of them after the verb.</summary>
    [GeneratedRegex(@"\b[Ww]e\s+(?:also\s+|further\s+|then\s+|extensively\s+|systematically\s+)?(?:evaluate|benchmark|test|assess)\b")]
    public static partial Regex WeEvaluate();

    /// <summary>A sentence about how something was trained: "trained with", "fine-tuning", "post-training", "implemented on".</summary>
    [GeneratedRegex(@"\b(?:train\w*|fine-?tun\w*|appl\w+|post-train\w*|align\w*|using|backbones?|base models?|starting from|initiali[sz]\w+|implement\w*|recipes?|undergo\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Training();

    /// <summary>
    /// Words just before a model that make it a point of comparison, not the model trained: "than Y",
    /// "such as Y", "compared to Y", "distilled from Y"; but not "starting from Y" or a sentence's opening "Trained from Y,", the model a training
    /// run begins with, nor past a bracket the cue's words close: "(including data) to align Y".
    /// </summary>
    // The end anchor stands outside the alternation so the engine tries the end only, not every position.
    [GeneratedRegex(@"(?:\b(?:than|such as|e\.g\.,?|compared (?:to|with)|comparable to|close to|relative to|versus|vs\.?|including|like|rivals?|matches|matching|outperform\w*|surpass\w*|beats?|exceed\w*|over)\s+(?:(?:[^\s)]+|[^\s()]*\([^\s()]*\)[^\s()]*)\s+){0,4}|\bfrom\s+(?:the\s+)?|\bwithout\s+(?:(?:requiring|needing|using|relying\s+on|the\s+need\s+for)\s+)?(?:any\s+|the\s+)?)(?<!\b(?:start(?:ing|ed|s)?|begin(?:ning|s)?)\s+from\s+(?:the\s+)?)(?<!^(?:Trained|Fine-?tuned|Initiali[sz]ed)\s+from\s+(?:the\s+)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    public static partial Regex ComparedBefore();

    /// <summary>
    /// A model's role noun before it: "a larger teacher, QwQ-32B", "the judge GPT-4o", "labeller GPT-4V";
    /// or the data it made: "traces generated by DeepSeek-R1", "labels produced by GPT-4o".
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:teacher|judge|annotator|labell?er|grader|evaluator|critic|oracle)s?(?:\s+models?)?\s*,?\s*(?:such as\s+|e\.g\.,?\s*|like\s+|\(\s*)?|\b(?:generated|produced|written|labell?ed|annotated|synthesi[sz]ed|distilled)\s+(?:by|from|with)\s+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    public static partial Regex HelperRoleBefore();

    /// <summary>A model's role after it: "GPT-4 as the teacher", "Gemini-1.5-Pro as a judge", "a Qwen3-0.6B-Base reader".</summary>
    [GeneratedRegex(@"^(?:\s+(?:teacher|judge|annotator|labell?er|grader|evaluator|critic|oracle|reader)s?\b|\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:as|acting as|serving as)\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}?(?:teacher|judge|annotator|labell?er|grader|evaluator|critic|oracle|reader)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex HelperRoleAfter();

    /// <summary>A sentence about inference, not training: "a test-time procedure", "at inference time".</summary>
    [GeneratedRegex(@"\b(?:(?:as|is) an? (?:test|inference)[- ]time\b|at (?:test|inference)[- ]time\b|without (?:any )?(?:training|fine-?tuning)\b|training-free\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TestTime();

    /// <summary>
    /// Words just before a model that make it the base another is built from: "built on M", "trained on
    /// top of M", "initialised from M", "fine-tuned from M and N". The model built is the one measured.
    /// </summary>
    [GeneratedRegex(@"\b(?:built (?:up)?on|(?:built|trained|fine-?tuned) on top of|initiali[sz]ed (?:from|with)|(?:fine-?tuned|trained|distilled|starting|started) from|based on)\s+(?:the\s+)?(?:\S+\s+(?:and|or)\s+|\S+,\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    public static partial Regex BaseBefore();

    /// <summary>
    /// "Our top-performing model, built on M, achieves ...": the paper's own model, unnamed, and the base it
    /// is built on; that base is then the model trained with the paper's method and measured.
    /// </summary>
    [GeneratedRegex(@"\b[Oo]ur\s+(?:[\w\-]+\s+){0,2}?(?:model|policy|agent|checkpoint)s?\s*,?\s+(?:(?:is|are|was|were)\s+)?(?:built (?:up)?on|based on|initiali[sz]ed from|(?:fine-?tuned|trained) from)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    public static partial Regex OwnModelBase();

    /// <summary>"Trained from M, ...", "Trained on top of M, ...", "Starting from the M, ...": a sentence opening with the model its training starts from.</summary>
    [GeneratedRegex(@"^(?:Trained|Fine-?tuned|Initiali[sz]ed|Starting|Started)\s+(?:from|on\s+top\s+of)\s+(?:the\s+)?$")]
    public static partial Regex OpeningBase();

    /// <summary><see cref="BaseBefore"/>, run only on text that holds the first word of one of its cues.</summary>
    public static readonly WordGatedPattern BaseCue = new(BaseBefore(), StringComparison.OrdinalIgnoreCase,
        "built", "initiali", "tuned", "trained", "distilled", "start", "based");

    /// <summary>
    /// The words between a model and what it is trained with, when they say so: "M with R", "M and N
    /// with R", "M trained using R". Only these words: "M reaches ... with R" says nothing of training.
    /// </summary>
    [GeneratedRegex(@"^(?:\s*(?:,|and|or)\s+[^\s,]+)*\s+(?:(?:is|are|was|were)\s+)?(?:(?:trained|fine-?tuned|optimi[sz]ed)\s+)?(?:with|using)\s+(?:(?:the|a|an|our)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TrainedWithNext();

    /// <summary><see cref="TrainedWithNext"/>, run only on words between that hold "with" or "using".</summary>
    public static readonly WordGatedPattern TrainedWithCue = new(TrainedWithNext(), StringComparison.OrdinalIgnoreCase, "with", "using");

    /// <summary>
    /// The words between a method and a reward when a relative clause gives the method that reward:
    /// "TTRL, which uses the same majority-vote reward", "PPO (the baseline) that relies on a learned reward".
    /// </summary>
    [GeneratedRegex(@"^\s*\)?\s*(?:\([^)]*\)\s*)?,?\s*(?:which|that)\s+(?:also\s+)?(?:uses?|employs?|relies\s+on|rel(?:y|ies)\s+on|optimi[sz]es|maximi[sz]es|learns\s+from)\s+(?:[\w\-]+\s+){0,3}?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhichUsesNext();

    /// <summary><see cref="WhichUsesNext"/>, run only on words between that hold "which" or "that".</summary>
    public static readonly WordGatedPattern WhichUsesCue = new(WhichUsesNext(), StringComparison.OrdinalIgnoreCase, "which", "that");

    /// <summary>What follows a name used as a modifier: "GRPO-based post-training", "Qwen2.5-7B-based models" name others built on it.</summary>
    [GeneratedRegex(@"^-(?:based|style|like|type)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Modifier();

    /// <summary>A sentence that may report the paper's own results: first person, "it", "this", or a number.</summary>
    [GeneratedRegex(@"\b(?:[Ww]e|[Oo]ur|[Ii]t|[Tt]his|[Tt]hese)\b|\d")]
    public static partial Regex OwnResult();

    /// <summary>"it" as a word: a sentence speaking of what it named last.</summary>
    [GeneratedRegex(@"\b[Ii]t\b")]
    public static partial Regex It();

    /// <summary>Words just before a benchmark that report a result on it: "a 6.7% absolute gain on", "accuracy of 81 on the", "is comprehensively evaluated on the".</summary>
    [GeneratedRegex(@"(?:\b(?:is|are|was|were)\s+(?:\w+ly\s+)?evaluated\b|\d\s?%|\d\s?(?:points?|pp)\b|\bgains?\b|\bimprovements?\b|\baccuracy\b|\bscores?\b|\bpass@\d+)[^.;]{0,40}?\b(?:on|in)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    public static partial Regex ResultOnBefore();

    /// <summary>
    /// True when the text before a dataset is about training: its last cue word is a training verb
    /// ("GRPO training of A and B on", "We train ... using"), not a result or evaluation word ("and
    /// evaluate on", "reaches 41% on"), and a preposition leads from it to the dataset.
    /// </summary>
    public static bool IsTrainingData(ReadOnlySpan<char> before)
    {
        // Right to left, the first match is the last cue.
        foreach (var last in LastCue().EnumerateMatches(before))
        {
            var cue = before.Slice(last.Index, last.Length);
            return TrainingCue().IsMatch(cue) && PrepositionAfterCue().IsMatch(before[(last.Index + last.Length)..]);
        }
        return false;
    }

    [GeneratedRegex(@"^(?:train\w*|pre-?train\w*|fine-?tun\w*|post-?train\w*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrainingCue();

    [GeneratedRegex(@"\b(?:train\w*|pre-?train\w*|fine-?tun\w*|post-?train\w*|evaluat\w*|test\w*|benchmark\w*|achiev\w*|improv\w*|outperform\w*|surpass\w*|reach\w*|scor\w*|gains?|accuracy|results?|pass@\d+|match\w*|exceed\w*|yield\w*|boost\w*|raise[sd]?|lift\w*|attain\w*|sets?|establish\w*|report\w*|perform\w*|rank\w*|measur\w*|assess\w*|compar\w*|higher|lower|better|points?|pp)\b|\d\s?%", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex LastCue();

    [GeneratedRegex(@"^[^;]*\b(?:on|with|from|using|in)\s", RegexOptions.CultureInvariant)]
    private static partial Regex PrepositionAfterCue();
}
