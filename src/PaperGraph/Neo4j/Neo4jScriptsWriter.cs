using System.Text;
using PaperGraph.Graph;

namespace PaperGraph.Neo4j;

/// <summary>
/// Writes the Neo4j extras of a bundle: <c>load.cypher</c> (LOAD CSV for cypher-shell), <c>queries.cypher</c>
/// (exploration queries) and <c>style.grass</c> (Neo4j Browser style). The last two are files shipped
/// in the library, kept as data so that they read and change like any Cypher or GraSS file.
/// </summary>
public static class Neo4jScriptsWriter
{
    /// <summary>Writes the extras for the bundle already in <paramref name="directory"/> (its CSV files decide load.cypher).</summary>
    public static void Write(string directory)
    {
        var utf8 = new UTF8Encoding(false);
        File.WriteAllText(Path.Combine(directory, "load.cypher"), LoadCypherScript.ForBundle(directory), utf8);
        File.WriteAllText(Path.Combine(directory, "queries.cypher"), Shipped("queries.cypher"), utf8);
        File.WriteAllText(Path.Combine(directory, "style.grass"), Shipped("style.grass"), utf8);
    }

    /// <summary>A file shipped in Neo4j/Scripts/.</summary>
    public static string Shipped(string name)
    {
        using var stream = typeof(Neo4jScriptsWriter).Assembly.GetManifestResourceStream("PaperGraph.Neo4j.Scripts." + name)
            ?? throw new InvalidOperationException($"the library was built without Neo4j/Scripts/{name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
