using PaperGraph.Graph;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// OUTPERFORMS: in a sentence with "outperforms / surpasses / beats / exceeds / better than", the
/// winner is the proposed method or model named before the cue (else the nearest one named before
/// it, else the paper's subject) and the losers are the methods and models named after it, up to
/// where the claim ends ("while matching PPO"); and a claim the other way round ("X falls behind Y").
/// </summary>
internal static partial class ComparisonRule
{
    private static bool IsMethodOrModel(MentionOccurrence o) => o.Mention.Label is NodeLabel.Method or NodeLabel.Model;

    public static void Apply(RelationContext context, RelationSet found)
    {
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            // No names, or no comparison to read: skip the sentence (most sentences).
            var text = context.Sentences[s].Text;
            if (!context.In(s).Any(IsMethodOrModel)) continue;
            var here = context.In(s).Where(IsMethodOrModel).ToArray();
            ApplyReversed(context, found, s, here);
            ApplyLeading(context, found, s, here);
            var cues = RelationCues.Wins(text);
            if (cues.Length == 0) continue;
            // Each claim in the sentence on its own: "matches or exceeds A, and it outperforms B and C".
            foreach (var cue in cues)
            {
                // "matches or exceeds" claims no win.
                if (Hedge().IsMatch(text.AsSpan(0, cue.Index))) continue;
                var before = here.Where(o => o.End <= cue.Index).ToArray();
                // The sentence's grammatical subject is usually its first name ("SFT with GPT-4 as the
                // teacher outperforms RLAIF"); "we / our" points at the paper's own method.
                var winner = before.LastOrDefault(o => context.IsProposed(o.Mention)).Mention
                    ?? (FirstPerson().IsMatch(text.AsSpan(0, cue.Index)) ? null : before.FirstOrDefault().Mention)
                    ?? context.RecentProposed(s, cue.Index);
                if (winner is null) continue;
                var reach = RelationCues.ClaimBreak().Match(text, cue.Index + cue.Length) is { Success: true } stop ? stop.Index : text.Length;
                // "GRPO-based post-training" names a family of baselines, not GRPO itself; "Codellama-7B + R^3" a
                // system built of the two, not the model on its own.
                foreach (var loser in here.Where(o => o.Start >= cue.Index + cue.Length && o.Start < reach && !RelationCues.Modifier().IsMatch(text.AsSpan(o.End)) && !JoinedByPlus(text, o)
                    && !MeasuredOn().IsMatch(text.AsSpan(cue.Index + cue.Length, o.Start - cue.Index - cue.Length))))
                {
                    if (!ReferenceEquals(loser.Mention, winner)) found.Add(winner, RelationType.Outperforms, loser.Mention, context.EvidenceAt(loser));
                }
            }
        }
    }

    /// <summary>
    /// "CURL and ATC pretraining fall behind FORM", "ThinkPrune ... loses more accuracy than ToggleThink":
    /// a claim the other way round. The winner is the proposed name right after the cue; the losers
    /// are the methods and models named before it in the sentence, none of them proposed.
    /// </summary>
    private static void ApplyReversed(RelationContext context, RelationSet found, int s, MentionOccurrence[] here)
    {
        var text = context.Sentences[s].Text;
        foreach (var cue in RelationCues.Trails.Matches(text))
        {
            var after = here.FirstOrDefault(o => o.Start >= cue.Index + cue.Length);
            if (after.Mention is not { } winner || !context.IsProposed(winner)) continue;
            foreach (var loser in here.Where(o => o.End <= cue.Index && !context.IsProposed(o.Mention) && !RelationCues.Modifier().IsMatch(text.AsSpan(o.End))))
            {
                if (!ReferenceEquals(loser.Mention, winner)) found.Add(winner, RelationType.Outperforms, loser.Mention, context.EvidenceAt(loser));
            }
        }
    }

    /// <summary>
    /// "Compared with Diffusion-DPO, RegionPO raises the HPSv2 score ...", "Compared with standard RLHF,
    /// it also improves ...": the baselines lead the sentence, the winner is its subject, and a verb of
    /// gain says it won. The losers are the names heading the phrase before the comma, each at most
    /// one word after its start or an "and": not "the length penalty used in Kimi k1.5".
    /// </summary>
    private static void ApplyLeading(RelationContext context, RelationSet found, int s, MentionOccurrence[] here)
    {
        var text = context.Sentences[s].Text;
        if (LeadingComparison().Match(text) is not { Success: true } lead) return;
        var rest = text.AsSpan(lead.Index + lead.Length);
        var named = here.FirstOrDefault(o => o.Start == lead.Index + lead.Length);
        Mention? winner;
        int verbAt;
        if (named.Mention is not null)
        {
            winner = named.Mention;
            verbAt = named.End - (lead.Index + lead.Length);
        }
        else if (PronounSubject().Match(text, lead.Index + lead.Length) is { Success: true } pronoun)
        {
            winner = context.RecentProposed(s, lead.Index);
            verbAt = pronoun.Length;
        }
        else return;
        if (winner is null || !GainVerb().IsMatch(rest[verbAt..])) return;
        var phrase = lead.Groups["phrase"];
        foreach (var loser in here.Where(o => o.Start >= phrase.Index && o.End <= phrase.Index + phrase.Length))
        {
            if (ReferenceEquals(loser.Mention, winner)) continue;
            var head = text.AsSpan(phrase.Index, loser.Start - phrase.Index);
            if (PhraseHead().IsMatch(head)) found.Add(winner, RelationType.Outperforms, loser.Mention, context.EvidenceAt(loser));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[Cc]ompared (?:with|to)|[Rr]elative to|[Aa]gainst)\s+(?<phrase>[^,;]{1,120}),\s+")]
    private static partial System.Text.RegularExpressions.Regex LeadingComparison();

    // The subject when it is not a name: "it", "our approach", "our final model".
    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:it|[Oo]ur\s+(?:[a-z\-]+\s+)?(?:approach|method|model|framework|policy|agent|system))\b")]
    private static partial System.Text.RegularExpressions.Regex PronounSubject();

    // A verb of gain right after the subject, at most an adverb between: "RegionPO raises", "it also improves",
    // "TrimThink keeps 3.8 more points", "LUFFY achieves an over +6.4 average gain".
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(?:[a-z]+ly\s+|also\s+|still\s+)?(?:improv\w*|rais\w*|increas\w*|boost\w*|gains?|achiev\w*\s+(?:higher|better|larger|stronger)|(?:achiev\w*|yields?|delivers?)\s+(?:\S+\s+){0,4}?(?:gains?|improvements?)\b|yields?\s+(?:a\s+)?(?:higher|better|larger|stronger)|(?:keeps?|retains?)\s+(?:\S+\s+){0,2}?(?:more|higher)|performs?\s+(?:\S+\s+)?better|outperform\w*|wins?)\b")]
    private static partial System.Text.RegularExpressions.Regex GainVerb();

    // What may stand between the phrase's start (or its last "and") and a loser: an article and one word.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|\band\s+(?:with\s+|to\s+)?|,\s+)(?:(?:the|a|an)\s+)?(?:[a-z\-]+\s+)?$")]
    private static partial System.Text.RegularExpressions.Regex PhraseHead();

    // "surpasses the state of the art on LLaMA-7B, LLaMA2-7B and LLaMA3-8B": the models after "on" are
    // where the win was measured, a list of them, not what was beaten. Right to left: tried from the end only.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:on|across)\s+(?:the\s+)?(?:[^\s,;]+(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$", System.Text.RegularExpressions.RegexOptions.RightToLeft)]
    private static partial System.Text.RegularExpressions.Regex MeasuredOn();

    private static bool JoinedByPlus(string text, MentionOccurrence o)
    {
        var after = text.AsSpan(o.End).TrimStart();
        return after.Length > 1 && after[0] == '+' && after[1] == ' ';
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:we|our|ours|us)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FirstPerson();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:match\w*|rival\w*|comparabl\w*|on par)\s+(?:or|and)\s+$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.RightToLeft)]
    private static partial System.Text.RegularExpressions.Regex Hedge();

}
