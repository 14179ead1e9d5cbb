using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Neo4j;

/// <summary>A statement to lint, with the names of the parameters it will be sent with.</summary>
internal sealed record CypherToLint(string Name, string Statement, IReadOnlyList<string> Parameters);

/// <summary>What the linter found wrong with one statement (errors only, not warnings).</summary>
internal sealed record LintFinding(string Name, IReadOnlyList<string> Errors);

/// <summary>
/// Neo4j's own Cypher linter (npm <c>@neo4j-cypher/language-support</c>, installed into tests/cypher-lint by
/// .ci/run), run with the machine's Node.js through tests/cypher-lint/lint.mjs.
/// </summary>
internal static class CypherLinter
{
    private static readonly string Folder = Path.Combine(Some.RepoRoot, "tests", "cypher-lint");

    public static void SkipUnlessAvailable()
    {
        ExternalTool.SkipUnlessAvailable("node", NodeRuns(), "Node.js is not on the PATH (apt-get install nodejs)");
        ExternalTool.SkipUnlessAvailable("@neo4j-cypher/language-support",
            File.Exists(Path.Combine(Folder, "node_modules", "@neo4j-cypher", "language-support", "package.json")),
            "the linter is not installed: run 'npm ci' in tests/cypher-lint (.ci/run does)");
    }

    public static async Task<IReadOnlyList<LintFinding>> LintAsync(IEnumerable<CypherToLint> statements)
    {
        var input = JsonSerializer.Serialize(statements.Select(s => new
        {
            name = s.Name,
            statement = s.Statement,
            parameters = s.Parameters.ToDictionary(p => p, _ => (object?)null),
        }));
        var start = new ProcessStartInfo("node", "lint.mjs")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        await node.StandardInput.WriteAsync(input);
        node.StandardInput.Close();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await node.WaitForExitAsync(limit.Token);
        Assert.True(node.ExitCode == 0, "lint.mjs failed: " + await error);
        using var doc = JsonDocument.Parse(await output);
        return doc.RootElement.EnumerateArray()
            .Select(r => new LintFinding(
                r.GetProperty("name").GetString() ?? "",
                r.GetProperty("errors").EnumerateArray()
                    .Select(e => $"line {e.GetProperty("line").GetInt32()}, column {e.GetProperty("column").GetInt32()}: {e.GetProperty("message").GetString()}")
                    .ToArray()))
            .ToArray();
    }

    private static bool NodeRuns()
    {
        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true });
            if (node is null) return false;
            node.StandardOutput.ReadToEnd();
            node.WaitForExit();
            return node.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }
}
