using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Pipeline;

/// <summary>The graph a build made, and what happened to every input record.</summary>
public sealed record BuildResult
{
    public required KnowledgeGraph Graph { get; init; }
    public required int PapersRead { get; init; }
    public required int DuplicatePapers { get; init; }
    public required IReadOnlyList<Rejection> Rejections { get; init; }
    public required TimeSpan Elapsed { get; init; }
}
