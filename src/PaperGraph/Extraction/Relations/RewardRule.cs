using PaperGraph.Graph;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// USES_REWARD: a reward named in a sentence is used by the proposed method or model named
/// nearest to it there ("RLP, with rewards computed from information gain"), else by a paradigm
/// defined by its reward named there ("RLHF with RTV and GenRM"), else by a method
/// named just before it ("RLVR with outcome rewards"), else by whoever the paper's subject is at
/// that point. A reward the paper names but the text never spells out goes to the paper's subject.
/// </summary>
internal static partial class RewardRule
{
    // "RLVR with outcome rewards", "GRPO using a PRM": a method this close before the reward owns it.
    private const int AdjacentGap = 40;

    public static void Apply(RelationContext context, RelationSet found)
    {
        var placed = new HashSet<Mention>(ReferenceEqualityComparer.Instance);
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var here = context.In(s);
            for (var i = 0; i < here.Count; i++)
            {
                var reward = here[i];
                if (reward.Mention.Label != NodeLabel.Reward) continue;
                placed.Add(reward.Mention);
                // "reinforcement learning from human feedback (RLHF)": a reward inside a paradigm's name
                // is that paradigm's (a standard fact), not the reward of whatever stands nearby.
                if (here.Any(o => context.IsRewardParadigm(o.Mention) && o.Start <= reward.Start && reward.End <= o.End)) continue;
                // "... outperforms TTRL, which uses the same majority-vote reward": a relative clause names the
                // reward's user, baseline or not.
                var text = context.Sentences[s].Text;
                if (here.LastOrDefault(o => o.Mention.Label is NodeLabel.Method or NodeLabel.Model && o.End <= reward.Start) is { Mention: { } described } before
                    && RelationCues.WhichUsesCue.IsMatch(text.AsSpan(before.End, reward.Start - before.End)))
                {
                    found.Add(described, RelationType.UsesReward, reward.Mention, context.EvidenceAt(reward));
                    continue;
                }
                // "it outperforms both R1-Reward and IXC-2.5-Reward": a reward model compared with is a baseline, no one's reward.
                if (TrainingRule.IsComparedWith(text, reward)) continue;
                var generic = context.IsGenericReward(reward.Mention);
                var user = Nearest(here.Where(o => o.Mention.Label is NodeLabel.Method or NodeLabel.Model && context.IsProposed(o.Mention)), reward)
                    ?? Nearest(here.Where(o => context.IsRewardParadigm(o.Mention)), reward)
                    ?? here.LastOrDefault(o => o.Mention.Label == NodeLabel.Method && !context.IsTechnique(o.Mention)
                        && o.End <= reward.Start && reward.Start - o.End <= AdjacentGap).Mention
                    ?? (!generic && (context.IsProposed(reward.Mention) || OwnWork().IsMatch(context.Sentences[s].Text)) ? context.RecentProposed(s, reward.Start) : null);
                if (user is not null) found.Add(user, RelationType.UsesReward, reward.Mention, context.EvidenceAt(reward));
            }
        }
        RewardsInLongForms(context, found);
        RewardsIntoTraining(context, found);
        if (context.Subject is not { } subject) return;
        RewardsInTitle(context, subject, found);
        // A reward named only inside another name ("... with Verifiable Rewards (RLVR)") belongs to
        // that name's standard facts, not to the paper's subject.
        foreach (var reward in context.Mentions.Where(m => m.Label == NodeLabel.Reward && !placed.Contains(m) && !context.IsGenericReward(m) && !InsideAnotherName(context, m)))
        {
            found.Add(subject, RelationType.UsesReward, reward, reward.Evidence);
        }
    }

    /// <summary>
    /// "we use CruxPRM-8B as a dense step-level reward in GRPO training of Qwen2.5-Math-1.5B", "as
    /// token-level rewards for PPO fine-tuning of InternVL3-8B and Qwen2.5-VL-3B-Instruct": the method
    /// of that training and the models it trains use the reward, proposed or not.
    /// </summary>
    private static void RewardsIntoTraining(RelationContext context, RelationSet found)
    {
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            var text = context.Sentences[s].Text;
            var here = context.In(s);
            foreach (var cue in RelationCues.TrainingOf.Matches(text))
            {
                var cueEnd = cue.Index + cue.Length;
                var users = here.Where(o => o.Mention.Label == NodeLabel.Method && cue.Index <= o.Start && o.End <= cueEnd).Select(o => o.Mention).ToList();
                var at = cueEnd;
                foreach (var o in here.Where(o => o.Start >= cueEnd))
                {
                    if (o.Mention.Label != NodeLabel.Model || !ListGap().IsMatch(text.AsSpan(at, o.Start - at))) break;
                    users.Add(o.Mention);
                    at = o.End;
                }
                // Not the reward another one replaces: "ProofCritic-8B replaces the rule-based checker as the reward for ...".
                foreach (var reward in here.Where(o => o.Mention.Label == NodeLabel.Reward && o.End <= cue.Index && RelationCues.RewardBeforeTraining().IsMatch(text.AsSpan(o.End, cue.Index - o.End))
                    && !SetAside().IsMatch(text.AsSpan(0, o.Start))))
                {
                    foreach (var user in users) found.Add(user, RelationType.UsesReward, reward.Mention, context.EvidenceAt(reward));
                }
                // "We then use its span scores as token-level rewards for PPO fine-tuning of ...": "its" is
                // the reward the paper proposed, named last.
                if (ItsScoresAsRewards().IsMatch(text.AsSpan(0, cue.Index))
                    && context.LastNamed(s, int.MaxValue, m => m.Label == NodeLabel.Reward && context.IsProposed(m)) is { } own)
                {
                    var evidence = new Evidence(context.Paper.Id, text, context.Sentences[s].Start + cue.Index, cue.Length);
                    foreach (var user in users) found.Add(user, RelationType.UsesReward, own, evidence);
                }
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:its|their)\s+(?:[\w\-]+\s+){0,3}?as\s+(?:(?:a|an|the|our)\s+)?(?:[\w\-]+\s+){0,3}?rewards?(?:\s+(?:models?|signals?|functions?))?\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.RightToLeft)]
    private static partial System.Text.RegularExpressions.Regex ItsScoresAsRewards();

    // Words before a reward that set it aside: "replaces the", "instead of", "rather than".
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:replac\w*|instead of|rather than|than|without)\s+(?:[\w\-]+\s+){0,3}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.RightToLeft)]
    private static partial System.Text.RegularExpressions.Regex SetAside();

    // Between the members of a list of models, or nothing before the first.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\s*,\s*(?:and\s+)?|\s+and\s+)?$")]
    private static partial System.Text.RegularExpressions.Regex ListGap();

    // "Predicted Reward Fine-tuning (PRFT)", "Reinforcement Learning with Calibration Rewards (RLCR)":
    // a method named after a reward is trained with it.
    private static void RewardsInLongForms(RelationContext context, RelationSet found)
    {
        var methods = context.Mentions.Where(m => m.Label == NodeLabel.Method && m.LongForm is not null).ToArray();
        if (methods.Length == 0) return;
        var rewards = context.Mentions.Where(m => m.Label == NodeLabel.Reward && !context.IsGenericReward(m))
            .Select(m => (Mention: m, Forms: context.FormsOf(m).Where(f => f.Contains(' ', StringComparison.Ordinal)).Select(f => " " + Singular(f) + " ").ToArray()))
            .ToArray();
        foreach (var method in methods)
        {
            var longForm = " " + Singular(Resolution.NameNormaliser.Normalise(method.LongForm ?? "")) + " ";
            foreach (var (reward, forms) in rewards)
            {
                if (forms.Any(f => longForm.Contains(f, StringComparison.Ordinal))) found.Add(method, RelationType.UsesReward, reward, method.Evidence);
            }
        }
    }

    /// <summary>
    /// "RRHF: Rank Responses to Align Language Models with Human Feedback", "ReinVLA: ... with Sparse
    /// Success Rewards": the reward a title names after the paper's own name is that name's, unless it
    /// only stands inside another name there ("... with Reinforcement Learning from Human Feedback")
    /// or the title sets it against something ("... between Human Feedback & Verifiable Rewards").
    /// </summary>
    private static void RewardsInTitle(RelationContext context, Mention subject, RelationSet found)
    {
        var title = context.Paper.Title;
        if (subject.Label is not (NodeLabel.Method or NodeLabel.Model) || !title.StartsWith(subject.Name + ":", StringComparison.Ordinal)) return;
        var others = context.Mentions.Where(m => m.Label != NodeLabel.Reward && !ReferenceEquals(m, subject))
            .SelectMany(m => m.Aliases.Append(m.Name)).Where(f => f.Contains(' ', StringComparison.Ordinal)).ToArray();
        foreach (var reward in context.Mentions.Where(m => m.Label == NodeLabel.Reward && !context.IsGenericReward(m)))
        {
            foreach (var form in reward.Aliases.Append(reward.Name))
            {
                var at = Extraction.ProposalMarker.IndexOfWord(title, form, subject.Name.Length + 1, title.Length);
                if (at < 0 || others.Any(o => Inside(title, o, at, form.Length)) || Contrast().IsMatch(title.AsSpan(0, at))) continue;
                found.Add(subject, RelationType.UsesReward, reward, reward.Evidence);
                break;
            }
        }
    }

    // "Binary Flexible Feedback to bridge between Human Feedback & Verifiable Rewards", "Beyond Binary Rewards": set against, not used.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:between|beyond|without|instead of|versus|vs\.?|than|rather than)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Contrast();

    /// <summary>True when <paramref name="name"/> is written in <paramref name="text"/> around the span at <paramref name="at"/>.</summary>
    private static bool Inside(string text, string name, int at, int length)
    {
        for (var i = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (i <= at && at + length <= i + name.Length) return true;
        }
        return false;
    }

    private static string Singular(string words) =>
        string.Join(' ', words.Split(' ').Select(w => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w));

    private static Mention? Nearest(IEnumerable<MentionOccurrence> candidates, MentionOccurrence to) =>
        candidates.OrderBy(o => o.End <= to.Start ? to.Start - o.End : o.Start - to.End).FirstOrDefault().Mention;

    private static bool InsideAnotherName(RelationContext context, Mention reward)
    {
        var stem = reward.Name.EndsWith('s') ? reward.Name[..^1] : reward.Name;
        return context.Mentions.Any(m => !ReferenceEquals(m, reward)
            && m.Aliases.Append(m.Name).Append(m.LongForm ?? "").Any(f => f.Contains(stem, StringComparison.OrdinalIgnoreCase)));
    }

    // The paper speaking of its own work: "we", "our", "this approach", and "It" opening a sentence.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:we|our|this|the proposed)\b|^It\s", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OwnWork();
}
