using PaperGraph.Graph;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// TRAINED_WITH, read sentence by sentence. A model named beside a method ("applying RLP to
/// Qwen3-1.7B-Base", "RLMT on Llama-3.1-8B", "Qwen2.5-32B trained with SFT and GRPO") was trained
/// with it, unless the model is only a point of comparison ("outperforms GPT-4o", "such as o1").
/// A model in a sentence with no method, but that the paper plainly trains, gets the paper's subject.
/// </summary>
internal static partial class TrainingRule
{
    public static void Apply(RelationContext context, RelationSet found)
    {
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var here = context.In(s);
            if (here.Count == 0) continue;
            var text = context.Sentences[s].Text;
            // "As a test-time procedure, CaT improves Gemma 3 4B": nothing is trained at test time.
            if (RelationCues.TestTime().IsMatch(text)) continue;
            // The sentence's methods are the same for each of its models: found once, when a model needs them.
            MentionOccurrence[]? methods = null;
            var anyModel = false;
            for (var i = 0; i < here.Count; i++)
            {
                var model = here[i];
                if (model.Mention.Label != NodeLabel.Model) continue;
                // "Codellama-7B + R^3": a model joined to a method by a plus is that model trained with it, baseline or not.
                if (i + 1 < here.Count && here[i + 1] is { Mention.Label: NodeLabel.Method } joined && !context.IsTechnique(joined.Mention)
                    && joined.Start >= model.End && IsPlus(text.AsSpan(model.End, joined.Start - model.End)))
                    found.Add(model.Mention, RelationType.TrainedWith, joined.Mention, context.EvidenceAt(model));
                // "Qwen2.5-7B-based reasoning models" are others, built on the model.
                if (IsComparedWith(text, model) || IsHelper(text, model) || context.IsClosedModel(model.Mention) || IsBaseOfProposed(context, here, text, model)
                    || IsOpeningBaseOfModel(text, here, model)
                    || RelationCues.Modifier().IsMatch(text.AsSpan(model.End))) continue;
                // Only a model that may be trained here keeps the sentence from being about the paper's own model.
                anyModel = true;
                methods ??= here.Where(o => o.Mention.Label == NodeLabel.Method && !context.IsTechnique(o.Mention) && !IsComparedWith(text, o)).ToArray();
                foreach (var method in methods)
                {
                    found.Add(model.Mention, RelationType.TrainedWith, method.Mention, context.EvidenceAt(model));
                }
                // Not in the background the abstract opens with, before it names its own method: "... details of
                // DeepSeek R1 are concealed, so the community struggles to reproduce their RL training".
                if (methods.Length == 0 && !context.IsProposed(model.Mention) && context.Subject is { Label: NodeLabel.Method } subject && !context.IsTechnique(subject)
                    && (RelationCues.Training().IsMatch(text) || RelationCues.OwnModelBase().IsMatch(text.AsSpan(0, model.Start)))
                    && s >= context.FirstSentenceOf(subject))
                {
                    found.Add(model.Mention, RelationType.TrainedWith, subject, context.EvidenceAt(model));
                }
                // "We train Qwen3-8B and Llama-3.1-8B with RaRe": a reward a model is trained with is the model's.
                foreach (var reward in here.Where(o => o.Mention.Label == NodeLabel.Reward && o.Start > model.End))
                {
                    if (RelationCues.TrainedWithCue.IsMatch(text.AsSpan(model.End, reward.Start - model.End)))
                        found.Add(model.Mention, RelationType.UsesReward, reward.Mention, context.EvidenceAt(reward));
                }
            }
            if (!anyModel) OwnModelTraining(context, s, found);
        }
    }

    // "Its training recipe combines SFT, DPO and RLVR": in a sentence that names no model (or only a
    // teacher, judge or baseline), the methods of a training sentence are the ones the paper's own model was trained with.
    private static void OwnModelTraining(RelationContext context, int s, RelationSet found)
    {
        var text = context.Sentences[s].Text;
        // The cheap tests first: most sentences name no such method or hold no training cue.
        var named = context.In(s).Where(o => o.Mention.Label == NodeLabel.Method && !context.IsTechnique(o.Mention));
        if (!named.Any() || !RelationCues.Training().IsMatch(text)) return;
        var methods = named.Where(o => !IsComparedWith(text, o)).ToArray();
        if (methods.Length == 0) return;
        if (context.RecentProposed(s, methods[0].Start) is not { Label: NodeLabel.Model } model) return;
        foreach (var method in methods) found.Add(model, RelationType.TrainedWith, method.Mention, context.EvidenceAt(method));
    }

    /// <summary>
    /// "R^3 models are trained from Qwen3-4B and Qwen3-8B via SFT": the base after "trained from / built on"
    /// is where training starts; the proposed model named before the cue is the one trained.
    /// </summary>
    private static bool IsBaseOfProposed(RelationContext context, IReadOnlyList<MentionOccurrence> here, string text, MentionOccurrence model) =>
        here.Any(o => o.End <= model.Start && context.IsProposed(o.Mention)) && RelationCues.BaseCue.IsMatch(text.AsSpan(0, model.Start));

    /// <summary>
    /// "Initialized from Qwen2.5-7B, Foo-7B reaches ...": the base a sentence opens with is the base of
    /// the model its clause then names; only before a method ("Trained from M, CallWise ...") is M the model trained.
    /// </summary>
    private static bool IsOpeningBaseOfModel(string text, IReadOnlyList<MentionOccurrence> here, MentionOccurrence model)
    {
        if (!RelationCues.OpeningBase().IsMatch(text.AsSpan(0, model.Start))) return false;
        var comma = text.IndexOf(',', model.End);
        return comma >= 0 && here.FirstOrDefault(o => o.Start > comma).Mention?.Label == NodeLabel.Model;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Z][a-z]+ed\b[^,;()]*,\s*$")]
    private static partial System.Text.RegularExpressions.Regex OpeningPhraseSubject();

    /// <summary>True for the gap of "Codellama-7B + R^3": a plus sign and spaces.</summary>
    public static bool IsPlus(ReadOnlySpan<char> gap) => gap.Trim().SequenceEqual("+");

    /// <summary>True for a model that only helps train another: a teacher, judge, labeller or grader.</summary>
    public static bool IsHelper(string sentence, MentionOccurrence occurrence) =>
        RelationCues.HelperRoleBefore().IsMatch(sentence.AsSpan(0, occurrence.Start)) || RelationCues.HelperRoleAfter().IsMatch(sentence.AsSpan(occurrence.End));

    /// <summary>True when the words before the occurrence make it a baseline, or it follows an "outperforms".</summary>
    public static bool IsComparedWith(string sentence, MentionOccurrence occurrence)
    {
        var before = sentence.AsSpan(0, occurrence.Start);
        // "Evaluated on Qwen3-4B over a multi-domain suite, Reasoning Curriculum yields ...", "Compared with
        // GRPO, X ...": the subject right after an opening phrase's comma is what the sentence is about.
        if (OpeningPhraseSubject().IsMatch(before)) return false;
        if (RelationCues.ComparedBefore().IsMatch(before)) return true;
        foreach (var cue in RelationCues.Outperforms().EnumerateMatches(before))
        {
            return !RelationCues.ClaimBreak().IsMatch(before[(cue.Index + cue.Length)..]);
        }
        return false;
    }
}
