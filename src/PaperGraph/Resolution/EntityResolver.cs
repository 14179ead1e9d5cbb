using PaperGraph.Extraction;
using PaperGraph.Graph;

namespace PaperGraph.Resolution;

/// <summary>
/// First pass of resolution: sees every paper's mentions and decides which are one real entity.
/// Mentions with the same label and normalised name are one entity, unless they come with different
/// long forms (the same acronym for different things), which keeps them apart; a mention with no
/// long form joins the sense used most. Long forms compare by <see cref="SenseKey"/> ("with" / "from"
/// variants are one sense). A name a paper proposes without a long form is its own sense (the robot
/// "RPT" is not the data-preparation "RPT"). Memory grows with distinct names, not with papers.
/// Not thread-safe: call <see cref="Observe"/> from one thread.
/// </summary>
public sealed class EntityResolver
{
    private readonly Dictionary<(NodeLabel Label, string Norm), NameGroup> _groups = [];

    public void Observe(PaperExtraction extraction) =>
        Observe(extraction.Paper.Id, extraction.Mentions.Select(m => new MentionName(m.Label, m.Name, m.Aliases, m.LongForm, m.Role)));

    /// <summary>Sees one paper's mentions by what identity depends on: their names, not their evidence.</summary>
    public void Observe(string paperId, IEnumerable<MentionName> mentions)
    {
        foreach (var mention in mentions)
        {
            var key = (mention.Label, NameNormaliser.IdentityKey(mention.Name));
            if (!_groups.TryGetValue(key, out var group))
            {
                group = new NameGroup();
                _groups[key] = group;
            }
            group.Add(mention, paperId);
        }
    }

    /// <summary>Fixes the entities and their ids; the table then resolves each paper's mentions.</summary>
    public EntityTable Resolve()
    {
        var nodes = new List<GraphNode>();
        var idOf = new Dictionary<(NodeLabel, string Norm, string LongNorm), string>();
        var defaultSense = new Dictionary<(NodeLabel, string Norm), string>();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        // The next suffix to try per base id. A name proposed without a long form in thousands of
        // papers has thousands of senses; counting up from "-2" for each was quadratic in them.
        // Taken ids are never freed, so starting where the last search stopped gives the same ids.
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ((label, norm), group) in _groups.OrderBy(g => g.Key.Label).ThenBy(g => g.Key.Norm, StringComparer.Ordinal))
        {
            var senses = group.Senses();
            foreach (var (longNorm, sense) in senses)
            {
                var name = sense.MostUsedName();
                var baseId = NodeIds.For(label, name);
                var id = baseId;
                if (!usedIds.Add(id))
                {
                    var n = nextSuffix.GetValueOrDefault(baseId, 2);
                    while (!usedIds.Add(id = baseId + "-" + n)) n++;
                    nextSuffix[baseId] = n + 1;
                }
                nodes.Add(new GraphNode { Id = id, Label = label, Name = name, Aliases = sense.AliasesBesides(name) });
                idOf[(label, norm, longNorm)] = id;
            }
            defaultSense[(label, norm)] = idOf[(label, norm, senses[0].LongNorm)];
        }
        return new EntityTable(nodes, idOf, defaultSense, UnambiguousNames(nodes));
    }

    /// <summary>Normalised names and aliases that denote exactly one entity: what untyped candidates may resolve to.</summary>
    private static Dictionary<string, (string Id, NodeLabel Label)> UnambiguousNames(List<GraphNode> nodes)
    {
        var byName = new Dictionary<string, (string Id, NodeLabel Label)>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            foreach (var form in node.Aliases.Prepend(node.Name))
            {
                var norm = NameNormaliser.IdentityKey(form);
                if (byName.TryGetValue(norm, out var other) && other.Id != node.Id) ambiguous.Add(norm);
                else byName[norm] = (node.Id, node.Label);
            }
        }
        foreach (var norm in ambiguous) byName.Remove(norm);
        return byName;
    }

    /// <summary>All mentions of one normalised name, split by the long forms given for it.</summary>
    private sealed class NameGroup
    {
        private readonly Dictionary<string, Sense> _byLongForm = new(StringComparer.Ordinal);
        private readonly Sense _bare = new();

        public void Add(MentionName mention, string paperId)
        {
            if (mention.LongForm is null && mention.Role != RelationType.Proposes)
            {
                _bare.Add(mention);
                return;
            }
            var longNorm = SenseKeyOf(mention, paperId);
            if (!_byLongForm.TryGetValue(longNorm, out var sense))
            {
                sense = new Sense();
                _byLongForm[longNorm] = sense;
            }
            sense.Add(mention);
        }

        /// <summary>The senses, most used first; bare mentions fold into the first. Key "" when there is no long form at all.</summary>
        public List<(string LongNorm, Sense Sense)> Senses()
        {
            var senses = _byLongForm
                .OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => (kv.Key, kv.Value)).ToList();
            if (senses.Count == 0) return [("", _bare)];
            senses[0].Value.Merge(_bare);
            return senses;
        }
    }

    /// <summary>The sense a mention names: its long form's key, or the proposing paper for a bare proposed name.</summary>
    internal static string SenseKeyOf(Mention mention, string paperId) => SenseKeyOf(mention.LongForm, paperId);

    private static string SenseKeyOf(MentionName mention, string paperId) => SenseKeyOf(mention.LongForm, paperId);

    private static string SenseKeyOf(string? longForm, string paperId) =>
        longForm is not null ? SenseKey.Of(longForm) : "proposed-in:" + paperId;

    private sealed class Sense
    {
        private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _aliases = new(StringComparer.Ordinal);

        public int Count { get; private set; }

        public void Add(MentionName mention)
        {
            Count++;
            _names[mention.Name] = _names.GetValueOrDefault(mention.Name) + 1;
            _aliases.UnionWith(mention.Aliases);
        }

        public void Merge(Sense other)
        {
            Count += other.Count;
            foreach (var (name, n) in other._names) _names[name] = _names.GetValueOrDefault(name) + n;
            _aliases.UnionWith(other._aliases);
        }

        public string MostUsedName() =>
            _names.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;

        public string[] AliasesBesides(string name) =>
            _aliases.Concat(_names.Keys).Where(a => a != name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }
}

/// <summary>What resolution's first pass needs of a mention: its label, names and sense, not where it was read.</summary>
public readonly record struct MentionName(NodeLabel Label, string Name, IReadOnlyList<string> Aliases, string? LongForm, RelationType Role);
