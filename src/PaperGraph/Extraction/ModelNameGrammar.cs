using System.Buffers;
using System.Text.RegularExpressions;

namespace PaperGraph.Extraction;

/// <summary>A model name found in a text and where it is; <see cref="KnownFamily"/> is false for names only shaped like models ("Guru-7B").</summary>
internal readonly record struct ModelNameHit(string Name, int Start, int Length, bool KnownFamily = true);

/// <summary>
/// Model names as family + version + size + variant: "Qwen2.5-Math-7B-Instruct", "Llama-3.1-8B",
/// "Gemma 3 4B", "Mixtral 8x7B Instruct", "DeepSeek-R1-Distill-Qwen-7B", "Claude 3.5-Haiku", "Nemotron-Nano-12B-v2"; and,
/// for families no list has yet, names that carry a parameter count ("Guru-7B", "T1-115B-DS") or an
/// R1 suffix ("Light-R1"). Families come from Vocabulary/model-families.tsv. Immutable.
/// </summary>
internal sealed partial class ModelNameGrammar
{
    // Lower-case hyphen parts that belong to a model name; any other lower-case part ends it ("Qwen-based").
    private static readonly HashSet<string> LowerVariants = new(StringComparer.Ordinal)
    {
        "mini", "it", "hf", "chat", "instruct", "base", "preview", "turbo", "zero", "distill", "math", "coder", "pro", "flash", "nano", "large", "small", "medium", "thinking",
    };

    private readonly Regex _family;
    private readonly SearchValues<string> _familyNames;
    private readonly HashSet<string> _bareFamilies;

    public ModelNameGrammar(IEnumerable<(string Family, bool Bare)> families)
    {
        var list = families.ToArray();
        _bareFamilies = list.Where(f => f.Bare).Select(f => f.Family).ToHashSet(StringComparer.Ordinal);
        var alternation = string.Join("|", list.Select(f => f.Family).OrderByDescending(f => f.Length).Select(Regex.Escape));
        _familyNames = SearchValues.Create(list.Select(f => f.Family).ToArray(), StringComparison.Ordinal);
        // \G: tried only where FamilyMatches finds a family's name, not at every capital and every "o" ("o1").
        _family = new Regex(
            @"\G(?<![\w\-.$])(?<family>" + alternation + @")(?<version>(?:[-\s]?|v(?=\d))\d+(?:\.\d+)*(?:[a-z]|[BM](?![a-z]))?(?![\w.]*\d[%x])(?!\.\d))?(?<parts>(?:-[A-Za-z0-9][A-Za-z0-9.]*)*)"
            + @"(?<tail>(?:\s(?:(?:\d+x)?\d+(?:\.\d+)?[BM]|[vV]\d+(?:\.\d+)*|R1|V3|Instruct|Base|Chat|Sonnet|Haiku|Opus|Flash|Pro|Ultra|Nano|Turbo|Large|XL|XXL|Medium|Small)(?![\w-]))*)(?![\w])",
            RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    /// <summary>True for "DeepSWE-Preview", "Foo-Instruct": a name whose last part is a model release's variant.</summary>
    public static bool EndsInVariant(string name) =>
        name.LastIndexOf('-') is var dash and > 0 && LowerVariants.Contains(name[(dash + 1)..].ToLowerInvariant());

    /// <summary>
    /// True for "MaSSFormer", "NAGphormer", "LeapNet": a coined name built like an architecture's, ending in
    /// "former" or in a "Net" after a letter or digit (not "Sonnet"), which papers give to the models they build.
    /// </summary>
    public static bool IsArchitectureShaped(string name) => ArchitectureShape().IsMatch(name);

    [GeneratedRegex(@"^[A-Z][\w\-]*(?:[Ff]ormer|[a-z0-9]Net)$")]
    private static partial Regex ArchitectureShape();

    /// <summary>True for a family whose name alone is a model ("Qwen", "Llama"), as the family list writes it.</summary>
    public bool IsBareFamily(string name) => _bareFamilies.Contains(name);

    public List<ModelNameHit> Find(string text)
    {
        var hits = new List<ModelNameHit>();
        foreach (var m in FamilyMatches(text))
        {
            var family = m.Groups["family"].Value;
            var parts = KeptParts(m.Groups["parts"].Value);
            var hasMore = m.Groups["version"].Length > 0 || parts.Length > 0 || m.Groups["tail"].Length > 0;
            if (!hasMore && !_bareFamilies.Contains(family)) continue;
            var name = (family + m.Groups["version"].Value + parts + (parts.Length == m.Groups["parts"].Length ? m.Groups["tail"].Value : "")).TrimEnd('.');
            // "ViT-B/16", "ViT-L/14": a vision model's patch size after its variant letter is part of its name.
            var end = m.Index + name.Length;
            if (end < text.Length && text[end] == '/' && PatchSize().Match(text, end) is { Success: true } patch && VariantLetter().IsMatch(name)) name += patch.Value;
            hits.Add(new ModelNameHit(name, m.Index, name.Length));
        }
        if (!HasSizePart(text)) return WithSizeLists(text, hits);
        foreach (Match m in SizedName().Matches(text))
        {
            if (hits.Any(h => h.Start <= m.Index && m.Index < h.Start + h.Length)) continue;
            var name = m.Value.TrimEnd('.');
            hits.Add(new ModelNameHit(name, m.Index, name.Length, KnownFamily: false));
        }
        return WithSizeLists(text, hits);
    }

    /// <summary>
    /// "Qwen2.5-1.5B/3B/7B-Instruct", "ReasonFlux-Coder-7B and 14B": sizes listed after a model's name
    /// are models of their own, each the name's stem with that size (and the variant the slashes end
    /// with, which the first hit's name takes too); each other size is a hit of its own at that size.
    /// </summary>
    private static List<ModelNameHit> WithSizeLists(string text, List<ModelNameHit> hits)
    {
        if (text.IndexOf('/') < 0 && !text.Contains(" and ", StringComparison.Ordinal) && !text.Contains(" or ", StringComparison.Ordinal)) return hits;
        var count = hits.Count;
        for (var i = 0; i < count; i++)
        {
            var hit = hits[i];
            // Most names end in no size: a character test spares them the pattern.
            if (hit.Name[^1] is not ('B' or 'M') || FinalSize().Match(hit.Name) is not { Success: true } size) continue;
            var stem = hit.Name[..size.Index];
            var end = hit.Start + hit.Length;
            if (SlashedSizes().Match(text, end) is { Success: true } slashed)
            {
                var variant = slashed.Groups["variant"].Value;
                // Its place stays its own words: a place around the other sizes would hide them from the relation rules.
                hits[i] = hit with { Name = hit.Name + variant };
                foreach (Capture more in slashed.Groups["size"].Captures)
                    hits.Add(new ModelNameHit(stem + more.Value + variant, more.Index, more.Length, hit.KnownFamily));
            }
            else if (JoinedSizes().Match(text, end) is { Success: true } joined)
            {
                foreach (Capture more in joined.Groups["size"].Captures)
                    hits.Add(new ModelNameHit(stem + more.Value, more.Index, more.Length, hit.KnownFamily));
            }
        }
        return hits;
    }

    [GeneratedRegex(@"\G/\d{1,2}(?![\w/])")]
    private static partial Regex PatchSize();

    [GeneratedRegex(@"-[A-Z]$")]
    private static partial Regex VariantLetter();

    [GeneratedRegex(@"(?<=[-\s])\d+(?:\.\d+)?[BM]$")]
    private static partial Regex FinalSize();

    [GeneratedRegex(@"\G(?:/(?<size>\d+(?:\.\d+)?[BM]))+(?<variant>(?:-[A-Z][A-Za-z0-9]*)*)(?![\w/\-])")]
    private static partial Regex SlashedSizes();

    [GeneratedRegex(@"\G(?:,\s*(?<size>\d+(?:\.\d+)?[BM]))*,?\s+(?:and|or)\s+(?<size>\d+(?:\.\d+)?[BM])(?![\w/\-])")]
    private static partial Regex JoinedSizes();

    /// <summary>
    /// The family pattern's matches, left to right, as a search at every position would find them:
    /// every match starts with a family's name, so the pattern is tried only where one starts.
    /// </summary>
    internal IEnumerable<Match> FamilyMatches(string text)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text.AsSpan(from).IndexOfAny(_familyNames);
            if (at < 0) yield break;
            var m = _family.Match(text, from + at);
            if (m.Success) yield return m;
            from = m.Success ? m.Index + m.Length : from + at + 1;
        }
    }

    /// <summary>The family pattern, for the test that compares <see cref="FamilyMatches"/> with a search at every position.</summary>
    internal Regex FamilyPattern => _family;

    /// <summary>
    /// True when a hyphen comes before a digit or "R1", which <see cref="SizedName"/> cannot match
    /// without; most sentences have none, and this is far cheaper than trying it at every capital.
    /// </summary>
    private static bool HasSizePart(string text)
    {
        for (var at = text.IndexOf('-'); at >= 0 && at + 1 < text.Length; at = text.IndexOf('-', at + 1))
        {
            if (char.IsDigit(text[at + 1]) || string.CompareOrdinal(text, at + 1, "R1", 0, 2) == 0) return true;
        }
        return false;
    }

    /// <summary>The hyphen parts up to the first lower-case word that is no model variant.</summary>
    private static string KeptParts(string parts)
    {
        if (parts.Length == 0) return parts;
        var kept = 0;
        foreach (var part in parts.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.All(c => char.IsLower(c)) && !LowerVariants.Contains(part)) break;
            kept += part.Length + 1;
        }
        return parts[..kept];
    }

    [GeneratedRegex(@"(?<![\w\-.$])[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*?-(?:\d+(?:\.\d+)?[BM]|R1)(?:-[A-Z0-9][A-Za-z0-9.]*)*(?![\w\-])")]
    private static partial Regex SizedName();
}
