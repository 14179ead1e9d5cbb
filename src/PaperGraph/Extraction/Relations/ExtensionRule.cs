using PaperGraph.Graph;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// EXTENDS, from names and from cues. A proposed method whose name builds on another's
/// ("TP-GRPO", "Agent-RLVR", "TrSFT") extends it; a model whose name is a sibling's with "-RL" for
/// "-SFT" or "-Base" extends that sibling. In a sentence with "an extension of / built on / extends",
/// the proposed entity (or subject) extends the same-label entity named after the cue; as many
/// proposed names listed before the cue as after it pair up in order. A model trained "from" another
/// ("we train Light-R1-32B from Qwen2.5-32B-Instruct") extends it.
/// </summary>
internal static partial class ExtensionRule
{
    private static readonly string[] EarlierStages = ["SFT", "Base", "Instruct"];

    public static void Apply(RelationContext context, RelationSet found)
    {
        foreach (var head in context.Proposed)
        {
            foreach (var tail in context.Mentions.Where(m => m.Label == head.Label && !ReferenceEquals(m, head)))
            {
                if (head.Label == NodeLabel.Method ? BuildsOnName(head.Name, tail.Name) || BuildsOnLongForm(head, tail) : IsLaterStage(head.Name, tail.Name))
                    found.Add(head, RelationType.Extends, tail, head.Evidence);
            }
        }
        for (var s = 0; s < context.Sentences.Count; s++)
        {
            if (context.In(s).Count == 0) continue;
            KindOf(context, s, found);
            TrainedFrom(context, s, found);
            TrainedToObtain(context, s, found);
            SameSizeBase(context, s, found);
            NamedVariant(context, s, found);
            var cue = RelationCues.ExtendsCue.FirstMatch(context.Sentences[s].Text);
            if (!cue.Success) continue;
            var here = context.In(s);
            var text = context.Sentences[s].Text;
            if (LeadingCue(context, s, cue, found)) continue;
            // "Unlike approaches based on SFT, ToRL ...": what the opening contrast describes is others' work.
            if (Contrast().IsMatch(text.AsSpan(0, cue.Index))) continue;
            // "a novel extension to RAG systems, which we call RAIDD": the name the clause goes on to give is what
            // extends, and a technique it extends is one of its kind (otherwise "built on speculative decoding" is use).
            var namedAfter = here.FirstOrDefault(o => o.Start > cue.Index && context.IsProposed(o.Mention) && NamedAfterCue().IsMatch(text.AsSpan(cue.Index, o.Start - cue.Index))).Mention;
            var head = namedAfter ?? here.LastOrDefault(o => o.End <= cue.Index && context.IsProposed(o.Mention)).Mention ?? context.RecentProposed(s, cue.Index);
            if (head is null) continue;
            var tails = CoordinatedAfter(here, text, cue.Index + cue.Length, o => o.Mention.Label == head.Label && (namedAfter is not null || !context.IsTechnique(o.Mention)) && !ReferenceEquals(o.Mention, head));
            // "We build SearchPilot-3B and SearchPilot-7B on top of Qwen2.5-3B-Instruct and Qwen2.5-7B-Instruct": as many
            // proposed names listed before the cue as names after it pair up in order.
            var heads = CoordinatedBefore(here, text, cue.Index, o => context.IsProposed(o.Mention) && o.Mention.Label == head.Label);
            if (heads.Count > 1 && heads.Count == tails.Count)
            {
                for (var i = 0; i < heads.Count; i++) found.Add(heads[i].Mention, RelationType.Extends, tails[i].Mention, context.EvidenceAt(tails[i]));
                continue;
            }
            foreach (var tail in tails) found.Add(head, RelationType.Extends, tail.Mention, context.EvidenceAt(tail));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[^,;.]{1,80},?\s+(?:(?:which|that)\s+we\s+(?:call|name|term|dub)|called|named|termed|dubbed)\s+(?:it\s+)?(?:the\s+)?(?:[^,;.()]{1,80}\()?$")]
    private static partial System.Text.RegularExpressions.Regex NamedAfterCue();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:Unlike|In contrast to|Compared (?:to|with)|Different from|As opposed to)\b[^,;]*$")]
    private static partial System.Text.RegularExpressions.Regex Contrast();

    /// <summary>The first name after <paramref name="from"/> that <paramref name="fits"/>, and those coordinated with it ("of both BERT and GPT").</summary>
    private static List<MentionOccurrence> CoordinatedAfter(IReadOnlyList<MentionOccurrence> here, string text, int from, Func<MentionOccurrence, bool> fits)
    {
        var list = new List<MentionOccurrence>();
        var last = from;
        foreach (var o in here.Where(o => o.Start >= from && fits(o)))
        {
            // Occurrences may overlap (a name inside a longer one): one starting before the last ended adds nothing.
            if (o.Start < last) continue;
            if (last > from && !Coordination().IsMatch(text[last..o.Start])) break;
            list.Add(o);
            last = o.End;
        }
        return list;
    }

    /// <summary>The names right before <paramref name="to"/> that <paramref name="fits"/>, coordinated with each other, in reading order.</summary>
    private static List<MentionOccurrence> CoordinatedBefore(IReadOnlyList<MentionOccurrence> here, string text, int to, Func<MentionOccurrence, bool> fits)
    {
        var list = new List<MentionOccurrence>();
        var first = to;
        for (var i = here.Count - 1; i >= 0; i--)
        {
            var o = here[i];
            if (o.End > first || !fits(o)) continue;
            if (!Coordination().IsMatch(text[o.End..first])) break;
            list.Insert(0, o);
            first = o.Start;
        }
        return list;
    }

    // "Building upon Dopamine-Reward, we propose Dopamine-RL": a sentence that opens with the cue
    // names the basis before its comma and the proposed extension after it.
    private static bool LeadingCue(RelationContext context, int s, System.Text.RegularExpressions.Match cue, RelationSet found)
    {
        var text = context.Sentences[s].Text;
        var comma = text.IndexOf(',', cue.Index + cue.Length);
        if (cue.Index > 12 || comma < 0 || !char.IsUpper(text[0])) return false;
        var here = context.In(s);
        var head = here.FirstOrDefault(o => o.Start > comma && context.IsProposed(o.Mention)).Mention;
        if (head is null) return false;
        foreach (var basis in here.Where(o => o.Start >= cue.Index + cue.Length && o.End <= comma && o.Mention.Label == head.Label && !ReferenceEquals(o.Mention, head)))
            found.Add(head, RelationType.Extends, basis.Mention, context.EvidenceAt(basis));
        return true;
    }

    // "We propose DUMP, a distribution-level curriculum learning framework": the proposed method
    // is a kind of the method its apposition names.
    private static void KindOf(RelationContext context, int s, RelationSet found)
    {
        var text = context.Sentences[s].Text;
        var here = context.In(s);
        foreach (var head in here.Where(o => o.Mention.Label == NodeLabel.Method && context.IsProposed(o.Mention)))
        {
            foreach (var kind in here.Where(o => o.Mention.Label == NodeLabel.Method && !context.IsProposed(o.Mention)))
            {
                var after = kind.Start > head.End && kind.Start - head.End <= ApposedReach
                    && Apposition().IsMatch(text.AsSpan(head.End, kind.Start - head.End)) && KindNoun().IsMatch(text.AsSpan(kind.End));
                // "our offline RL approach called TAO": the kind before the name.
                var before = kind.End < head.Start && KindNamed().IsMatch(text.AsSpan(kind.End, head.Start - kind.End));
                if (after || before) found.Add(head.Mention, RelationType.Extends, kind.Mention, context.EvidenceAt(kind));
            }
        }
    }

    // "we train our model Light-R1-32B from Qwen2.5-32B-Instruct": the model another is trained from is its base.
    private static void TrainedFrom(RelationContext context, int s, RelationSet found)
    {
        var text = context.Sentences[s].Text;
        var here = context.In(s);
        for (var i = 0; i + 1 < here.Count; i++)
        {
            var (model, basis) = (here[i], here[i + 1]);
            if (model.Mention.Label != NodeLabel.Model || basis.Mention.Label != NodeLabel.Model
                || !FromBetween().IsMatch(text.AsSpan(model.End, Math.Max(0, basis.Start - model.End)))
                || !TrainVerbBefore().IsMatch(text.AsSpan(0, model.Start))) continue;
            found.Add(model.Mention, RelationType.Extends, basis.Mention, context.EvidenceAt(basis));
        }
    }

    /// <summary>
    /// "We train Qwen2.5-7B-Instruct with GRPO ... and obtain CallWise-7B", "call the resulting model
    /// Glimpse-R1-7B": the proposed model the training yields extends the last model named before the cue;
    /// "X is obtained by training M" says the same the other way round.
    /// </summary>
    private static void TrainedToObtain(RelationContext context, int s, RelationSet found)
    {
        var text = context.Sentences[s].Text;
        var here = context.In(s);
        // "Our model, EarMind-7B, is obtained by training Qwen2-Audio-7B-Instruct with GRPO": the other way round.
        if (ObtainedBy().Match(text) is { Success: true } by)
        {
            var built = here.LastOrDefault(o => o.End <= by.Index && o.Mention.Label == NodeLabel.Model && context.IsProposed(o.Mention));
            var trained = here.FirstOrDefault(o => o.Start >= by.Index + by.Length && o.Mention.Label == NodeLabel.Model && !context.IsProposed(o.Mention));
            if (built.Mention is not null && trained.Mention is not null) found.Add(built.Mention, RelationType.Extends, trained.Mention, context.EvidenceAt(trained));
        }
        if (ObtainCue().Match(text) is not { Success: true } cue) return;
        var basis = here.LastOrDefault(o => o.End <= cue.Index && o.Mention.Label == NodeLabel.Model && !context.IsProposed(o.Mention));
        var head = here.FirstOrDefault(o => o.Start >= cue.Index + cue.Length && o.Mention.Label == NodeLabel.Model && context.IsProposed(o.Mention));
        if (basis.Mention is null || head.Mention is null || !TrainVerbBefore().IsMatch(text.AsSpan(0, basis.Start)) && !StartingFrom().IsMatch(text.AsSpan(0, basis.Start))) return;
        found.Add(head.Mention, RelationType.Extends, basis.Mention, context.EvidenceAt(basis));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:and|to)\s+(?:then\s+)?(?:obtain|produce|get|arrive\s+at)s?\b|\bcall\s+the\s+resulting\s+(?:model|policy|agent|checkpoint)\b")]
    private static partial System.Text.RegularExpressions.Regex ObtainCue();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:obtained|produced|derived)\s+by\s+(?:training|fine-?tuning|post-training)\b")]
    private static partial System.Text.RegularExpressions.Regex ObtainedBy();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[Ss]tart(?:ing|ed)?\s+from\s+(?:the\s+)?\z")]
    private static partial System.Text.RegularExpressions.Regex StartingFrom();

    /// <summary>
    /// "The models are built from Qwen2.5-7B and Qwen2.5-14B", "trains the agent end to end from
    /// Qwen2.5-7B-Instruct ..., producing ScoutAgent-7B": a base model named after "from" in a
    /// training sentence is the base of the one proposed model of its parameter count.
    /// </summary>
    private static void SameSizeBase(RelationContext context, int s, RelationSet found)
    {
        var text = context.Sentences[s].Text;
        if (!text.Contains(" from ", StringComparison.Ordinal) || !TrainingWord().IsMatch(text)) return;
        foreach (var basis in context.In(s))
        {
            if (basis.Mention.Label != NodeLabel.Model || context.IsProposed(basis.Mention) || SizeOf(basis.Mention.Name) is not { } size
                || !FromBefore().IsMatch(text.AsSpan(0, basis.Start))) continue;
            var same = context.Proposed.Where(p => p.Label == NodeLabel.Model && SizeOf(p.Name) == size).Take(2).ToArray();
            if (same is [var head]) found.Add(head, RelationType.Extends, basis.Mention, context.EvidenceAt(basis));
        }
    }

    /// <summary>The parameter count a model's name ends its size part with ("7B" of "Qwen2.5-VL-7B-Instruct"), if any.</summary>
    private static string? SizeOf(string name) => ParameterCount().Match(name) is { Success: true } m ? m.Value : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w.])\d+(?:\.\d+)?[BM](?![\w.])", System.Text.RegularExpressions.RegexOptions.RightToLeft)]
    private static partial System.Text.RegularExpressions.Regex ParameterCount();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:train\w*|fine-?tun\w*|built|build|initiali[sz]\w*)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TrainingWord();

    // "from M", "from A and B", "from A, B": a list that starts after "from", not the data a model wrote ("traces from", "distilled from").
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\b(?:distilled|generated|sampled|collected|derived|data|traces|solutions|labels|feedback)\s+)\bfrom\s+(?:the\s+)?(?:\S+\s+(?:and|or)\s+|\S+,\s+){0,3}$", System.Text.RegularExpressions.RegexOptions.RightToLeft)]
    private static partial System.Text.RegularExpressions.Regex FromBefore();

    // "ReinVLA optimises them with a PPO variant": the proposed method is a variant of the one named before the noun.
    private static void NamedVariant(RelationContext context, int s, RelationSet found)
    {
        var text = context.Sentences[s].Text;
        // Most sentences hold none of the nouns: one search spares a pattern at every method.
        if (!text.AsSpan().ContainsAny(VariantNouns)) return;
        foreach (var basis in context.In(s))
        {
            if (basis.Mention.Label != NodeLabel.Method || context.IsProposed(basis.Mention)
                || !VariantNoun().IsMatch(text.AsSpan(basis.End)) || !Article().IsMatch(text.AsSpan(0, basis.Start))) continue;
            if (context.RecentProposed(s, basis.Start) is { Label: NodeLabel.Method } head && !ReferenceEquals(head, basis.Mention))
                found.Add(head, RelationType.Extends, basis.Mention, context.EvidenceAt(basis));
        }
    }

    private static readonly System.Buffers.SearchValues<string> VariantNouns =
        System.Buffers.SearchValues.Create([" variant", " extension", " modification"], StringComparison.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:-based|-style)?\s+(?:variant|extension|modification)\b")]
    private static partial System.Text.RegularExpressions.Regex VariantNoun();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:a|an)\s+$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.RightToLeft)]
    private static partial System.Text.RegularExpressions.Regex Article();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+from\s+$")]
    private static partial System.Text.RegularExpressions.Regex FromBetween();

    // The training verb governs the model: "we train (our model | the open agent) M", a few words before it.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:train|trained|fine-?tune|fine-?tuned|distil|distill|distilled)\s+(?:\S+\s+){0,3}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.RightToLeft)]
    private static partial System.Text.RegularExpressions.Regex TrainVerbBefore();

    private const int ApposedReach = 80;

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:-based|-style)?\s+(?:framework|approach|method|algorithm|variant|paradigm|technique|objective)s?,?\s+(?:(?:called|named|dubbed|termed)\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex KindNamed();

    // "Rotate, Clip, and Partition (RCP), a ...": the name may close its own brackets.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\)?(?:\s*\([^)]*\))?\s*(?:,|:|is|as)\s+(?:an?|the)\s+[^,;.]*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Apposition();

    // "a Quantization-Aware Training (QAT) approach": the kind's acronym may stand between it and the noun.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\)?(?:\s*\([^)]*\))?(?:-based|-style)?\s+(?:framework|approach|method|algorithm|variant|paradigm|technique|objective)s?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex KindNoun();

    /// <summary>True when <paramref name="tail"/> is a whole part of <paramref name="head"/>: at its ends or between non-letters or a case change.</summary>
    internal static bool BuildsOnName(string head, string tail)
    {
        if (tail.Length < 2 || head.Length <= tail.Length) return false;
        for (var at = head.IndexOf(tail, StringComparison.OrdinalIgnoreCase); at >= 0; at = head.IndexOf(tail, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + tail.Length;
            var leftOk = at == 0 || !char.IsLetter(head[at - 1]) || char.IsLower(head[at - 1]) && char.IsUpper(head[at]);
            var rightOk = end == head.Length || !char.IsLetter(head[end]) || char.IsLower(head[end - 1]) && char.IsUpper(head[end]);
            if (leftOk && rightOk) return true;
        }
        return false;
    }

    /// <summary>
    /// "Pretrained Decision Transformer (PDT)" builds on Decision Transformer; "Proximal Reward
    /// Difference Prediction" on RDP (Reward Difference Prediction): the head's long form ends with
    /// the tail's name or long form, of two words or more. "REINFORCE with Group Relative Advantage
    /// (RGRA)" builds on REINFORCE: the long form opens with the tail's name, as written, and a preposition.
    /// </summary>
    internal static bool BuildsOnLongForm(Mention head, Mention tail)
    {
        if (head.LongForm is not { } longForm) return false;
        if (tail.Name.Length >= 3 && longForm.StartsWith(tail.Name + " ", StringComparison.Ordinal)
            && LeadingPreposition().IsMatch(longForm.AsSpan(tail.Name.Length + 1)))
            return true;
        foreach (var form in new[] { tail.Name, tail.LongForm ?? "" })
        {
            if (form.Count(c => c == ' ') >= 1 && longForm.Length > form.Length + 1
                && longForm.EndsWith(form, StringComparison.OrdinalIgnoreCase) && longForm[^(form.Length + 1)] is ' ' or '-')
                return true;
        }
        return false;
    }

    /// <summary>"MiMo-7B-RL" is a later stage of "MiMo-7B-SFT" and "MiMo-7B-Base".</summary>
    internal static bool IsLaterStage(string head, string tail)
    {
        if (!head.EndsWith("-RL", StringComparison.OrdinalIgnoreCase)) return false;
        var stem = head[..^2];
        return EarlierStages.Any(stage => string.Equals(tail, stem + stage, StringComparison.OrdinalIgnoreCase));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:with|for|from|via|using|under|over|on|in)\s")]
    private static partial System.Text.RegularExpressions.Regex LeadingPreposition();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\s|,|and|or|both|\(|\))*$")]
    private static partial System.Text.RegularExpressions.Regex Coordination();
}
