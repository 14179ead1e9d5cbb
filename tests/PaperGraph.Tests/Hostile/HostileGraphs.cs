using CsCheck;
using PaperGraph.Graph;

namespace PaperGraph.Tests.Hostile;

/// <summary>Random graphs whose every string is hostile text, for the writers' round trips.</summary>
internal static class HostileGraphs
{
    /// <summary>One fixed seed, so a run is repeatable; the iteration counts keep the tests to a few seconds.</summary>
    public const string Seed = "0003uEpyQDx1";

    private static readonly Gen<GraphNode> Paper =
        Gen.Select(HostileText.ValidNonBlank(), HostileText.ValidNonBlank(20), HostileText.Valid(0, 3), Gen.Int[1900, 2100].Nullable(), HostileText.Elements(),
            (title, @abstract, url, year, authors) => new GraphNode
            {
                Id = "", Label = NodeLabel.Paper, Name = title, Title = title, Abstract = @abstract,
                Url = url.Length == 0 ? null : url, Year = year, Authors = authors,
            });

    private static readonly Gen<GraphNode> Entity =
        Gen.Select(Gen.OneOf(NodeLabels.Entities.ToArray()), HostileText.ValidNonBlank(4), HostileText.Elements(),
            (label, name, aliases) => new GraphNode { Id = "", Label = label, Name = name, Aliases = aliases });

    private static readonly Gen<(int From, int To, RelationType Type, string[] Papers, string[] Evidence)> EdgeSpec =
        Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.OneOf(RelationTypes.All.ToArray()), HostileText.Elements(), HostileText.Elements());

    /// <summary>A graph of 1-3 papers, 0-5 entities and 0-6 edges; ids are hostile too, made unique by a prefix.</summary>
    public static readonly Gen<KnowledgeGraph> Graph =
        Gen.Select(Paper.Array[1, 3], Entity.Array[0, 5], EdgeSpec.Array[0, 6], HostileText.ValidNonBlank(3).Array[8], (papers, entities, specs, ids) =>
        {
            var nodes = papers.Concat(entities)
                .Select((n, i) => n with { Id = $"{n.Label.ToString().ToLowerInvariant()}:{i}{ids[i % ids.Length]}" })
                .ToArray();
            var edges = specs
                .Select(s => new GraphEdge
                {
                    Source = nodes[s.From % nodes.Length].Id, Target = nodes[s.To % nodes.Length].Id,
                    Type = s.Type, Papers = s.Papers, Evidence = s.Evidence,
                })
                .DistinctBy(e => (e.Type, e.Source, e.Target));
            return KnowledgeGraph.Create(nodes, edges);
        });
}
