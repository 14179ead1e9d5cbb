using System.Text.RegularExpressions;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Resolution;

namespace PaperGraph.Extraction;

/// <summary>
/// Decides what a paper proposes: the name its title coins ("RLP: ..."), the first name after
/// "we propose / introduce / present" or "called / named / dubbed", and acronyms whose long form is
/// the title. Widely known names (lexicon entries) are used, not proposed. The title's own part is
/// <see cref="TitleProposals"/>'s. Per call; stateless.
/// </summary>
internal sealed partial class ProposalMarker(CoinedNameFinder coined, ExtractionVocabulary vocabulary, Func<string, NodeLabel> longFormLabel)
{
    private readonly TitleProposals _title = new(coined, vocabulary, longFormLabel);

    // How far into a proposal window the proposed name may start ("we propose a simple, novel X").
    private const int MaxWordsBeforeName = 8;
    internal const int NearWords = 3;

    /// <param name="coinedHits">What <see cref="CoinedNameFinder.Find"/> found in each of <paramref name="sentences"/>, read once by the extractor.</param>
    public void Mark(MentionSet mentions, Paper paper, Sentence title, string? titleName, IReadOnlyList<Sentence> sentences, IReadOnlyList<List<CoinedHit>> coinedHits)
    {
        if (titleName is not null) _title.MarkTitleName(mentions, paper, title, titleName, sentences);
        // "Reinforced Self-Training (ReST) for Language Modeling": a title spells out what the paper
        // brings, so the acronym is proposed even when the lexicon knows it.
        foreach (var d in AcronymFinder.Find(title.Text)) mentions.Propose(d.Short);
        var titlePhrase = _title.TitlePhrase(paper.Title);
        for (var s = 0; s < sentences.Count; s++)
        {
            var windows = CoinedNameFinder.ProposalWindows(sentences[s].Text);
            foreach (var (start, end) in windows) MarkWindow(mentions, sentences[s], start, end, coinedHits[s]);
            if (titlePhrase is { } phrase)
            {
                foreach (var (start, _) in windows) _title.MarkTitlePhrase(mentions, sentences[s], start, phrase);
            }
        }
        ProposeResultNames(mentions, sentences);
        if (!mentions.Proposed().Any()) ProposeTrainedNames(mentions, sentences);
        if (!mentions.Proposed().Any()) ProposeSubject(mentions, sentences);
        ProposeReportedModels(mentions, paper.Title);
        ProposeVariants(mentions);
        ProposeRewardsOfProposedMethods(mentions);
        ProposeDefinedRewards(mentions, sentences);
        _title.ProposeNamesTheTitleSpells(mentions, paper.Title);
    }

    /// <summary>
    /// "CoPO (Consensus Policy Optimization) samples ... CoPO rejects ...": a paper that proposes nothing
    /// in so many words proposes the new name it makes a sentence's subject and names again. Not a
    /// lexicon name nor a known family's model: "RLAIF uses ..." and "GPT-3.5 labels ..." are used.
    /// </summary>
    private void ProposeSubject(MentionSet mentions, IReadOnlyList<Sentence> sentences)
    {
        var best = (Sentence: int.MaxValue, Name: (string?)null);
        foreach (var (surface, name, label, confidence) in mentions.Surfaces())
        {
            if (label is not (NodeLabel.Method or NodeLabel.Model) || confidence == Confidence.Lexicon || OfKnownFamily(name)) continue;
            var first = -1;
            var named = 0;
            for (var s = 0; s < sentences.Count; s++)
            {
                if (IndexOfWord(sentences[s].Text, surface, 0, sentences[s].Text.Length) is not (var at and >= 0)) continue;
                named++;
                if (at == 0 && first < 0) first = s;
            }
            if (first >= 0 && named >= 2 && first < best.Sentence) best = (first, name);
        }
        if (best.Name is { } subject) mentions.Propose(subject);
    }

    /// <summary>
    /// "Training on the filtered labels yields Sieve-PRM-7B, a process reward model ...": a new name
    /// the paper's work yields and then describes is its own, beside whatever else it proposes.
    /// </summary>
    private void ProposeResultNames(MentionSet mentions, IReadOnlyList<Sentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            foreach (Match m in ResultNamed().Matches(sentence.Text))
            {
                var name = m.Groups["name"].Value;
                if (mentions.LabelOf(name) is not null && mentions.ConfidenceOf(name) != Confidence.Lexicon && !OfKnownFamily(name)) mentions.Propose(name);
            }
        }
    }

    [GeneratedRegex(@"\b(?:yield(?:s|ing)?|produc(?:es|ing)|results?\s+in|resulting\s+in|arriv(?:e|es|ing)\s+at)\s+(?<name>[A-Z][\w\-.^+]*[\w+]),\s+an?\s")]
    private static partial Regex ResultNamed();

    /// <summary>
    /// "We train LumenPRM-7B, a process reward model ...", "We pretrain AtlasWM, a 240M-parameter world
    /// model": in a paper that proposes nothing in so many words, a new name the paper trains and then
    /// describes is its own. Not a lexicon name nor a known family's model ("We train Qwen2.5-7B, a ...").
    /// </summary>
    private void ProposeTrainedNames(MentionSet mentions, IReadOnlyList<Sentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            if (!sentence.Text.Contains("train", StringComparison.Ordinal) || WeTrainNamed().Match(sentence.Text) is not { Success: true } m) continue;
            var name = m.Groups["name"].Value;
            if (mentions.LabelOf(name) is null || mentions.ConfidenceOf(name) == Confidence.Lexicon || OfKnownFamily(name)) continue;
            mentions.Propose(name);
            return;
        }
    }

    /// <summary>True for a known family's model ("Qwen2.5-7B", "GPT-3.5"): a paper uses those, it does not bring them.</summary>
    private bool OfKnownFamily(string name) => vocabulary.ModelFamilies.Any(f => name.StartsWith(f.Family, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\b[Ww]e\b[^.;]{0,100}?\b(?:pre-?train|train)\s+(?<name>[A-Z][\w\-.^+]*[\w+]),\s+an?\s")]
    private static partial Regex WeTrainNamed();

    /// <summary>"Technical Report of TeleChat2, TeleChat2.5 and T1": a technical report releases the models its title names.</summary>
    private static void ProposeReportedModels(MentionSet mentions, string title)
    {
        if (!title.Contains("Technical Report", StringComparison.OrdinalIgnoreCase)) return;
        foreach (var (surface, name, label, confidence) in mentions.Surfaces())
        {
            if (label == NodeLabel.Model && confidence != Confidence.Lexicon && IndexOfWord(title, surface, 0, title.Length) >= 0)
                mentions.Propose(name);
        }
    }

    /// <summary>
    /// "applies RL with a mode-aware reward that gives full credit ...", "receives a factuality reward
    /// equal to the fraction of supported claims": in a paper that proposes something, a reward no
    /// lexicon knows, brought in with "a" and then defined, is the paper's own. Not a reward model
    /// ("a token-level reward model that ...": a model of rewards is trained, seldom coined).
    /// </summary>
    private static void ProposeDefinedRewards(MentionSet mentions, IReadOnlyList<Sentence> sentences)
    {
        if (!mentions.Proposed().Any()) return;
        foreach (var (surface, name, label, confidence) in mentions.Surfaces())
        {
            if (label != NodeLabel.Reward || confidence == Confidence.Lexicon || !surface.EndsWith("reward", StringComparison.OrdinalIgnoreCase)) continue;
            foreach (var sentence in sentences)
            {
                var text = sentence.Text;
                var at = IndexOfWord(text, surface, 0, text.Length);
                if (at < 2 || !ArticleBefore().IsMatch(text.AsSpan(0, at)) || !DefinitionAfter().IsMatch(text.AsSpan(at + surface.Length))) continue;
                mentions.Propose(name);
                break;
            }
        }
    }

    // "a ", "a scalar ", "a lightweight ": the article, and at most one word that only describes.
    [GeneratedRegex(@"\ban?\s+(?:[a-z]+\s+)?\z", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex ArticleBefore();

    // "that ...", "equal to ...", ", encouraging it to ...": what the reward is or what it drives.
    [GeneratedRegex(@"^\s*(?:that|which|equal to|defined as|computed (?:as|from|by)|,\s*(?:which|encouraging|rewarding|penali[sz]ing|favou?ring))\s")]
    private static partial Regex DefinitionAfter();

    /// <summary>"RLCR (Reinforcement Learning with Calibration Rewards)": a reward named in a proposed method's long form is proposed with it.</summary>
    private static void ProposeRewardsOfProposedMethods(MentionSet mentions)
    {
        var longForms = mentions.ProposedLongForms().Select(NameNormaliser.Normalise).ToArray();
        if (longForms.Length == 0) return;
        foreach (var (surface, name, label, confidence) in mentions.Surfaces())
        {
            if (label == NodeLabel.Reward && confidence != Confidence.Lexicon
                && longForms.Any(l => l.Contains(NameNormaliser.Normalise(surface), StringComparison.Ordinal)))
                mentions.Propose(name);
        }
    }

    /// <summary>
    /// A proposed "MiMo-7B", "Guru" or "CaT" makes "MiMo-7B-RL", "Guru-32B" and "CaT-RL" proposed too: a
    /// paper names its variants. So does a proposed reward model ("VerdictRM-8B"), by a hyphen only:
    /// "length reward model" is no variant of a proposed "length reward". A release's version number
    /// is no part of its models' names: "Quill-Math 1.0" makes "Quill-Math-7B" proposed.
    /// </summary>
    private static void ProposeVariants(MentionSet mentions)
    {
        var proposed = mentions.Proposed().Where(n => mentions.ConfidenceOf(n) != Confidence.Lexicon).ToArray();
        // The family of a versioned release names only its sizes: "AceReason-Nemotron 1.1" does not make "AceReason-Nemotron-1.0" its own.
        var released = proposed.Select(n => ReleaseVersion().Match(n) is { Success: true } v ? n[..v.Index] : null).OfType<string>().ToArray();
        foreach (var (_, name, label, confidence) in mentions.Surfaces())
        {
            if (label is not (NodeLabel.Model or NodeLabel.Method or NodeLabel.Reward) || confidence == Confidence.Lexicon) continue;
            if (proposed.Any(p => name.Length > p.Length + 1 && name.StartsWith(p, StringComparison.Ordinal) && (name[p.Length] == '-' || name[p.Length] == ' ' && label != NodeLabel.Reward))
                || released.Any(f => name.StartsWith(f + "-", StringComparison.Ordinal) && SizePart().IsMatch(name.AsSpan(f.Length + 1))))
                mentions.Propose(name);
        }
    }

    [GeneratedRegex(@" \d+(?:\.\d+)*$")]
    private static partial Regex ReleaseVersion();

    [GeneratedRegex(@"^\d+(?:\.\d+)?[BM](?![\w.])")]
    private static partial Regex SizePart();

    /// <summary>The first name in the window is proposed: a name already found, or a coined token typed by its context.</summary>
    private void MarkWindow(MentionSet mentions, Sentence sentence, int start, int end, List<CoinedHit> coinedHits)
    {
        var text = sentence.Text;
        var limit = WordLimit(text, start, end, MaxWordsBeforeName);
        var best = (Start: int.MaxValue, Name: (string?)null);
        var bestLength = 0;
        var bestEnd = -1;
        var nearLimit = WordLimit(text, start, end, NearWords);
        foreach (var (surface, name, _, confidence) in mentions.Surfaces())
        {
            // A name found by grammar or shape ("Qwen2.5-32B") is proposed only right after the verb; a coined one anywhere in reach.
            var reach = confidence == Confidence.Cue || surface.Contains(' ', StringComparison.Ordinal) ? limit : nearLimit;
            var at = IndexOfWord(text, surface, start, reach);
            // Of two names starting at one place the longer is the one named: "Predicted Reward
            // Fine-tuning (PRFT)" over the reward inside it.
            if (at >= 0 && (at < best.Start || at == best.Start && surface.Length > bestLength))
            {
                best = (at, name);
                bestLength = surface.Length;
                bestEnd = at + surface.Length;
            }
        }
        foreach (var hit in coinedHits)
        {
            if (hit.Start < start || hit.Start >= limit || hit.Start >= best.Start) continue;
            if (!mentions.Contains(hit.Name))
                mentions.Add(hit.Label ?? DefaultLabel(hit.Name), hit.Name, hit.Name, sentence, hit.Start, hit.Length, Confidence.Cue);
            best = (hit.Start, hit.Name);
            bestEnd = hit.Start + hit.Length;
        }
        if (PlainName().Match(text, start) is { Success: true } match && match.Groups["name"] is var plain && plain.Index < best.Start
            && coined.LabelFromContext(text, plain.Index, plain.Index + plain.Length) is { } plainLabel && !vocabulary.IsNotEntity(plain.Value))
        {
            // "We introduce Guru, a curated ... corpus": a plain word is a name when an apposition types it,
            // and it is named first: "We propose Intuitor, an RLIF method" proposes Intuitor, not RLIF.
            mentions.Add(plainLabel, plain.Value, plain.Value, sentence, plain.Index, plain.Length, Confidence.Cue);
            best = (plain.Index, plain.Value);
            bestEnd = plain.Index + plain.Length;
        }
        // Asked once for the three readings below that need it.
        var afterNaming = start > 0 && AfterNamingVerb().IsMatch(text.AsSpan(0, start));
        if (best.Name is null && afterNaming && !char.IsLetter(text[start - 1]) && TitleCasePhrase().Match(text, start) is { Success: true } titled
            && titled.Groups["name"] is var words && !vocabulary.IsNotEntity(words.Value) && !mentions.Contains(words.Value))
        {
            // "a middle ground, which we call Preference Refresh: ...": a naming verb's Title Case words are the name.
            mentions.Add(vocabulary.LabelOfLastWord(words.Value), words.Value, words.Value, sentence, words.Index, words.Length, Confidence.Cue, proposed: true);
            return;
        }
        if (best.Name is null && afterNaming && NamedReward().Match(text, start) is { Success: true } reward && !mentions.Contains(reward.Groups["name"].Value))
        {
            // "a reward formulation which we call the Quorum reward": a capitalised word and "reward" name a reward.
            var name = reward.Groups["word"].Value + " reward";
            mentions.Add(NodeLabel.Reward, name, reward.Groups["name"].Value, sentence, reward.Groups["name"].Index, reward.Groups["name"].Length, Confidence.Cue, proposed: true);
            return;
        }
        if (start > 0 && (char.IsLetter(text[start - 1]) || afterNaming)
            && (NamedPhrase().Match(text, start) is { Success: true } withClause ? withClause
                : afterNaming && !PhenomenonNamed().IsMatch(text.AsSpan(0, start)) ? NamedPhraseAfterNaming().Match(text, start) : Match.Empty) is { Success: true } named
            && (best.Name is null || Inside(best.Start, bestEnd, named.Groups["name"]))
            && !vocabulary.IsNotEntity(named.Groups["name"].Value) && !mentions.Contains(named.Groups["name"].Value))
        {
            // "We propose judge rotation, which cycles labels ...", "a scheme, termed hindsight goal
            // tokenization, in which ...": right after the verb, a bare lower-case phrase that an
            // apposition or a relative clause then describes names the proposal; a known name inside it
            // ("claim-level reinforcement learning") is only part of it.
            // "a back-translation consistency reward, which we call round-trip agreement": the noun the
            // naming verb follows says what the phrase is.
            var phrase = named.Groups["name"];
            var plural = phrase.Value.EndsWith(" rewards", StringComparison.Ordinal);
            // "a penalty, termed the latent-distance penalty, that is subtracted from the reward": a named penalty is a reward term.
            var penalty = phrase.Value.EndsWith(" penalty", StringComparison.Ordinal) && !phrase.Value.StartsWith("kl ", StringComparison.OrdinalIgnoreCase);
            var label = plural || penalty || phrase.Value.EndsWith(" reward", StringComparison.Ordinal) ? NodeLabel.Reward
                : coined.LabelFromContext(text, phrase.Index, phrase.Index + phrase.Length) ?? NodeLabel.Method;
            var name = plural ? phrase.Value[..^1] : phrase.Value;
            mentions.Add(label, name, phrase.Value, sentence, phrase.Index, phrase.Length, Confidence.Cue, proposed: true);
            // "grant the constraint reward ..., a scheme we call quality-gated constraint rewards": the kind
            // named before is the one the paper now names in full.
            if (label == NodeLabel.Reward)
            {
                foreach (var shorter in mentions.ShapedRewardNames().Where(r => MentionSet.Qualifies(name, r))) mentions.Absorb(shorter, name);
            }
            return;
        }
        if (best.Name is null && DescribedMethods().Match(text, start) is { Success: true } described)
        {
            // "we introduce two-stage sampling and dynamic sampling approaches": what a plain noun phrase
            // before a method noun names is proposed, each of two coordinated ones on its own.
            foreach (var phrase in new[] { described.Groups["a"], described.Groups["b"] })
            {
                if (!phrase.Success || vocabulary.IsNotEntity(phrase.Value) || mentions.Contains(phrase.Value)) continue;
                // "a capability-adaptive reward mechanism" is a reward.
                var label = phrase.Value.EndsWith(" reward", StringComparison.Ordinal) ? NodeLabel.Reward : NodeLabel.Method;
                mentions.Add(label, phrase.Value, phrase.Value, sentence, phrase.Index, phrase.Length, Confidence.Cue, proposed: true);
            }
            return;
        }
        if (best.Name is { } chosen && (mentions.ConfidenceOf(chosen) != Confidence.Lexicon || IsMadeHere(text, start, best.Start, bestEnd)))
            mentions.Propose(chosen);
    }

    /// <summary>
    /// A known name is used, not proposed, unless the window says the paper made it (the lexicon may
    /// know a paper's own name): it is introduced as a new thing ("we introduce Dr. GRPO, an unbiased
    /// optimization method"), named by the paper ("a novel method we call ... (RLVR)"), the object noun
    /// the verb creates comes first ("we curate a small dataset s1K"), it is the whole object of a
    /// verb of making ("we develop budget forcing to control ..."), or, spelled out and defined, all
    /// the sentence introduces ("we introduce Generalized Knowledge Distillation (GKD).").
    /// </summary>
    private static bool IsMadeHere(string text, int start, int nameStart, int nameEnd)
    {
        var between = text.AsSpan(start, nameStart - start);
        return nameEnd >= 0 && IntroducedAs().IsMatch(text, nameEnd)
            || nameStart == start && WeCall().Match(text, 0, start).Success
            || nameStart > start && ObjectNounBefore().IsMatch(between)
            || between.IsWhiteSpace() && MakingVerbBefore().IsMatch(text.AsSpan(0, start)) && nameEnd >= 0 && WholeObjectEnd().IsMatch(text, nameEnd)
            || between.IsWhiteSpace() && IntroducingVerbBefore().IsMatch(text.AsSpan(0, start)) && nameEnd >= 0 && DefinedToSentenceEnd().IsMatch(text, nameEnd);
    }

    // "To address this issue, we introduce Generalized Knowledge Distillation (GKD).": a known name that,
    // spelled out and defined, is all the sentence introduces, is the paper's ("we introduce GRPO into ..." is not).
    [GeneratedRegex(@"\b(?:introduce|present)[sd]?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex IntroducingVerbBefore();

    [GeneratedRegex(@"\G\s*\([^()]{1,20}\)\s*\.?\s*$")]
    private static partial Regex DefinedToSentenceEnd();

    /// <summary>A coined name no noun types: "TeleChat2.5", "WiNGPT-3.0" (a word and a version) read as models, anything else as a method.</summary>
    private static NodeLabel DefaultLabel(string name) => VersionedWord().IsMatch(name) || ModelNameGrammar.IsArchitectureShaped(name) ? NodeLabel.Model : NodeLabel.Method;

    [GeneratedRegex(@"^[A-Z][A-Za-z]+-?v?\d+(?:\.\d+)*$")]
    private static partial Regex VersionedWord();

    // Read right to left over the text before a window: the window opens right after "we call".
    [GeneratedRegex(@"\b[Ww]e\s+call(?:\s+(?:it|them))?\s+(?:the\s+)?$", RegexOptions.RightToLeft)]
    private static partial Regex WeCall();

    // "we develop budget forcing to control ...": a verb of making, right before a known name that is its
    // whole object, says the paper made it ("we introduce GRPO into ..." and "we present" may only bring it
    // in; "we propose prompt-tuning with language family information" makes a longer thing).
    [GeneratedRegex(@"\b(?:propose|develop|devise)[sd]?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex MakingVerbBefore();

    [GeneratedRegex(@"\G\s*(?:[,.;:(]|(?:to|which|that|as)\b)")]
    private static partial Regex WholeObjectEnd();

    // "we curate a small dataset s1K", "we introduce a new benchmark, SWE-bench": the verb's object is a
    // thing of that kind, and the known name after it is the one the paper made.
    [GeneratedRegex(@"^\s*(?:a|an)\s+(?:[\w\-]+\s+){0,3}?(?:dataset|benchmark|corpus|suite|method|framework|algorithm|model)s?,?\s+(?:(?:called|named|dubbed)\s+)?$")]
    private static partial Regex ObjectNounBefore();

    // ", a ...", or an acronym defined and a head noun: "Decoupled Clip and Dynamic sAmpling Policy Optimization (DAPO) algorithm".
    [GeneratedRegex(@"\G\s*(?:(?:\([^)]*\)\s*)?,\s+(?:a|an)\s|\([^)]*\)\s*(?:algorithm|method|framework|approach|objective|benchmark|dataset)s?\b)")]
    private static partial Regex IntroducedAs();

    // One to three plain lower-case words (no function word) before a method noun, after an article and praise.
    private const string Praise = "novel|new|simple|efficient|effective|general|lightweight|scalable|principled|unified|practical|powerful";
    // "four key techniques", "several main strategies": a count or a ranking describes, it names nothing.
    private const string Quantity = "two|three|four|five|six|seven|eight|several|multiple|various|many|some|these|those|key|main|core|following";
    private const string PlainWord = @"(?!(?:to|for|of|that|which|with|and|or|the|a|an|in|on|by|via|yet|but|is|are|our|its|their|" + Praise + @")\b)(?!(?:" + Quantity + @")(?![\w\-]))[a-z][a-z0-9\-]*";

    [GeneratedRegex(@"\G\s+(?:(?:a|an|the)\s+)?(?:(?:" + Praise + @")\s+)*"
        + "(?<a>" + PlainWord + @"(?:\s+" + PlainWord + "){0,2}?)" + @"(?:\s+and\s+(?<b>" + PlainWord + @"(?:\s+" + PlainWord + "){0,2}?))?"
        + @"\s+(?:approach|mechanism|method|technique|strategy)(?:es|s)?\b")]
    private static partial Regex DescribedMethods();

    // Two to four plain lower-case words, no article or function word, then ", which", ", a", ", that", ", in which".
    [GeneratedRegex(@"\G\s*(?<name>" + PlainWord + @"(?:\s+" + PlainWord + @"){1,3}),\s+(?:which|a|an|that|in which|where)[\s,]")]
    private static partial Regex NamedPhrase();

    // Right after a naming verb the phrase needs no description after it, only its end:
    // "Its central component, which we call phase-conditioned curriculum learning, schedules ...".
    [GeneratedRegex(@"\G\s*(?<name>" + PlainWord + @"(?:\s+" + PlainWord + @"){1,3})(?=\s*[,.;:(])")]
    private static partial Regex NamedPhraseAfterNaming();

    // "a behaviour which we call decorative tool use": what a paper names there is something it observed, not something it brings.
    [GeneratedRegex(@"\b(?:behaviou?rs?|phenomen(?:on|a)|effects?|failures?|modes?|problems?|issues?|patterns?|patholog(?:y|ies)|collapse)\s*,?\s+(?:(?:which|that)\s+)?we\s+(?:call|refer\s+to\s+as)\s+\z", RegexOptions.RightToLeft)]
    private static partial Regex PhenomenonNamed();

    // "termed", "dubbed", "which we call", "we refer to as": a naming verb ends the text before a window (not "so-called").
    [GeneratedRegex(@"(?:\b(?:termed|dubbed|named|(?<!so-)called)|\bwe\s+(?:call|refer\s+to\s+as))(?:\s+the)?\s+\z", RegexOptions.RightToLeft)]
    private static partial Regex AfterNamingVerb();

    /// <summary>True when the name at <paramref name="start"/>..<paramref name="end"/> lies inside <paramref name="phrase"/> and is shorter.</summary>
    private static bool Inside(int start, int end, Group phrase) =>
        start >= phrase.Index && end <= phrase.Index + phrase.Length && end - start < phrase.Length;

    // "Guru,", and "Fast F5-TTS,": a plain word may lead a coined one (a capital or digit inside it).
    [GeneratedRegex(@"\G\s*(?<name>[A-Z][a-z]{2,}(?:\s[A-Z][\w\-.]*?(?:\d|[A-Z])[\w\-.]*)?)(?=,|:)")]
    private static partial Regex PlainName();

    // Two to four Title Case words, then a colon, comma, full stop, semicolon or bracket.
    [GeneratedRegex(@"\G\s*(?<name>[A-Z][a-z]+(?:[\s\-][A-Z][a-z]+){1,3})(?=\s*[:,.;(])")]
    private static partial Regex TitleCasePhrase();

    [GeneratedRegex(@"\G\s*(?:the\s+)?(?<name>(?<word>[A-Z][a-z]+)\s+rewards?)\b")]
    private static partial Regex NamedReward();

    /// <summary>Where <paramref name="maxWords"/> words after <paramref name="start"/> end, or the clause or <paramref name="end"/> does first.</summary>
    internal static int WordLimit(string text, int start, int end, int maxWords)
    {
        var words = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] == ' ' && i > start && text[i - 1] != ' ' && ++words > maxWords) return i;
            if (text[i] is '.' or ';' && (i + 1 == text.Length || text[i + 1] == ' ')) return i;
        }
        return end;
    }

    internal static int IndexOfWord(string text, string surface, int start, int limit)
    {
        if (surface.Length == 0 || start >= limit) return -1;
        // Only a name starting before the limit counts, so the search stops where such a name would end.
        var searchEnd = (int)Math.Min(text.Length, (long)limit - 1 + surface.Length);
        for (var at = text.IndexOf(surface, start, searchEnd - start, StringComparison.Ordinal); at >= 0; at = at + 1 < searchEnd ? text.IndexOf(surface, at + 1, searchEnd - at - 1, StringComparison.Ordinal) : -1)
        {
            // A hyphen joins words into a longer name: "Reinforce" is not named in "Reinforce-Rej".
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]) && !(text[at - 1] == '-' && at > 1 && char.IsLetterOrDigit(text[at - 2]));
            var end = at + surface.Length;
            var after = end >= text.Length || !char.IsLetterOrDigit(text[end]) && !(text[end] == '-' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]));
            if (before && after) return at;
        }
        return -1;
    }
}
