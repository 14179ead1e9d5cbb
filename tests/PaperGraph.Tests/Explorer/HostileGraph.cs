using PaperGraph.Graph;

namespace PaperGraph.Tests.Explorer;

/// <summary>A small graph whose every text field is markup or script, for the escaping tests.</summary>
internal static class HostileGraph
{
    public const string Title = "<img src=x onerror=alert(1)>";
    public const string EntityName = "<b onmouseover=alert(2)>Evil</b>";
    public const string Evidence = "We use <script>alert(3)</script> and </script><img src=y onerror=alert(4)>.";

    public static KnowledgeGraph Create()
    {
        var paper = new GraphNode
        {
            Id = "paper:hostile",
            Label = NodeLabel.Paper,
            Name = Title,
            Title = Title,
            Abstract = "This abstract mentions " + EntityName + " and <!-- a comment --> </script><script>alert(5)</script>.",
            Url = "javascript:alert(6)",
            Authors = ["<i>Mallory</i>"],
        };
        var method = new GraphNode
        {
            Id = "method:evil",
            Label = NodeLabel.Method,
            Name = EntityName,
            Aliases = ["<svg onload=alert(7)>"],
        };
        var edge = new GraphEdge
        {
            Source = paper.Id,
            Target = method.Id,
            Type = RelationType.Proposes,
            Papers = [paper.Id],
            Evidence = [Evidence],
        };
        return KnowledgeGraph.Create([paper, method], [edge]);
    }
}
