using PaperGraph.Graph;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// EVALUATED_ON. A benchmark the paper reports on is where its proposed methods and models were
/// evaluated: those named in the benchmark's sentence, else the paper's subject. The models the
/// paper trains are evaluated there too: those in the same sentence, else those of the nearest
/// earlier sentence that names one ("Applying X to M ... lifts results on B1 and B2").
/// A paper that proposes nothing evaluates the methods named beside the benchmark. Every model in
/// the benchmark's sentence that is not only a point of comparison is evaluated on it too. In a paper
/// that builds one benchmark, what "we evaluate ..." names in a sentence naming no benchmark was evaluated on it.
/// </summary>
internal static partial class EvaluationRule
{
    public static void Apply(RelationContext context, RelationSet found, IReadOnlyCollection<Mention> trainedModels)
    {
        var built = OnlyBuiltBenchmark(context);
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var here = context.In(s);
            if (!here.Any(o => o.Mention.Label == NodeLabel.Benchmark))
            {
                if (built is not null) EvaluatedWithoutSayingWhere(context, s, built, found);
                continue;
            }
            var text = context.Sentences[s].Text;
            var proposedHere = here.Where(o => o.Mention.Label is NodeLabel.Method or NodeLabel.Model && context.IsProposed(o.Mention)).ToArray();
            // A model named beside the results was measured there ("on Qwen3-32B, ... on HealthBench
            // Hard"); a baseline it is compared with, or a teacher or judge, is not claimed to be.
            // Nor is the base a new model is built from ("VerdictRM-8B, built on Llama-3.1-8B-Instruct, reaches 92.1 on RewardBench"),
            // nor a model that only names others ("among Qwen2.5-7B-based models"); but the base of the paper's
            // own unnamed model stands for it ("Our best model, built on Llama3-8B-Instruct, reaches 44.7 on AlpacaEval 2").
            var modelsHere = here.Where(o => o.Mention.Label == NodeLabel.Model && !TrainingRule.IsComparedWith(text, o) && !TrainingRule.IsHelper(text, o)
                && (!RelationCues.BaseCue.IsMatch(text.AsSpan(0, o.Start)) || RelationCues.OwnModelBase().IsMatch(text.AsSpan(0, o.Start)))
                && !RelationCues.Modifier().IsMatch(text.AsSpan(o.End))).ToArray();
            // A sentence of background ("advances are dominated by mathematics (e.g., AIME)") names no
            // result of the paper's: no "we" or "our", no number. Asked once, and only if a benchmark needs it.
            bool? ownResult = null;
            foreach (var benchmark in here.Where(o => o.Mention.Label == NodeLabel.Benchmark))
            {
                // A dataset the paper builds, or trains on, is not where it reports results, unless a
                // result is reported on it: "achieving a 6.7% absolute gain on AdvancedIF".
                var before = text.AsSpan(0, benchmark.Start);
                if (context.IsProposed(benchmark.Mention) && !RelationCues.ResultOnBefore().IsMatch(before) || RelationCues.IsTrainingData(before)
                    || TrainingSetAfter().IsMatch(text.AsSpan(benchmark.End))) continue;
                var evidence = context.EvidenceAt(benchmark);
                if (proposedHere.Length > 0)
                {
                    foreach (var p in proposedHere) found.Add(p.Mention, RelationType.EvaluatedOn, benchmark.Mention, evidence);
                }
                // "MiMo-VL-7B-RL outperforms ... . For GUI grounding, it sets a new standard on OSWorld-G":
                // "it" is the proposed name last named, not necessarily the paper's subject.
                else if ((ownResult ??= RelationCues.OwnResult().IsMatch(text))
                    && (RelationCues.It().IsMatch(before) ? context.RecentProposed(s, benchmark.Start) : context.Subject) is { } subject)
                {
                    found.Add(subject, RelationType.EvaluatedOn, benchmark.Mention, evidence);
                }
                else if (modelsHere.Length == 0)
                {
                    // "with GRPO, a Qwen2.5-Coder-7B-Instruct policy reaches 88.4% on HumanEval+": where a
                    // model is measured, the methods beside it are how it was trained.
                    // "best-of-N reranking over MATH-500": an inference technique is how results were got, not what was evaluated.
                    foreach (var m in here.Where(o => o.Mention.Label == NodeLabel.Method && o.Start < benchmark.Start && !context.IsTechnique(o.Mention)))
                        found.Add(m.Mention, RelationType.EvaluatedOn, benchmark.Mention, evidence);
                }
                foreach (var model in modelsHere)
                {
                    found.Add(model.Mention, RelationType.EvaluatedOn, benchmark.Mention, evidence);
                }
                foreach (var model in NearestTrained(context, s, trainedModels))
                {
                    found.Add(model, RelationType.EvaluatedOn, benchmark.Mention, evidence);
                }
            }
        }
    }

    // "on the DAPO-Math-17K training set": the data trained on, whatever verb comes before.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(?:training|train)\s+(?:set|data|split|corpus)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TrainingSetAfter();

    /// <summary>The one benchmark the paper builds; null when it builds none, or several and so does not say which.</summary>
    private static Mention? OnlyBuiltBenchmark(RelationContext context) =>
        context.Mentions.Where(m => m.Label == NodeLabel.Benchmark && context.IsProposed(m)).Take(2).ToArray() is [var only] ? only : null;

    /// <summary>
    /// "We evaluate / benchmark PPO, SAC and DrQ-v2" in a sentence that names no benchmark, in a paper
    /// that builds one: they were evaluated on the paper's benchmark.
    /// </summary>
    private static void EvaluatedWithoutSayingWhere(RelationContext context, int s, Mention built, RelationSet found)
    {
        if (RelationCues.WeEvaluate().Match(context.Sentences[s].Text) is not { Success: true } cue) return;
        foreach (var o in context.In(s).Where(o => o.Mention.Label is NodeLabel.Method or NodeLabel.Model && o.Start >= cue.Index + cue.Length))
        {
            found.Add(o.Mention, RelationType.EvaluatedOn, built, context.EvidenceAt(o));
        }
    }

    private static IEnumerable<Mention> NearestTrained(RelationContext context, int sentence, IReadOnlyCollection<Mention> trainedModels)
    {
        if (trainedModels.Count == 0) return [];
        for (var s = sentence; s >= 0; s--)
        {
            var models = context.In(s).Select(o => o.Mention).Where(trainedModels.Contains).Distinct().ToArray();
            if (models.Length > 0) return models;
        }
        return [];
    }
}
