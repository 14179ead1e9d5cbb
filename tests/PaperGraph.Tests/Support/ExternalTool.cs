namespace PaperGraph.Tests.Support;

/// <summary>
/// Skips a test whose external tool is missing, with the reason, unless PAPERGRAPH_REQUIRE_TOOLS=1
/// (CI): then a missing tool fails the test.
/// </summary>
internal static class ExternalTool
{
    public static void SkipUnlessAvailable(string tool, bool available, string reason)
    {
        if (available) return;
        if (Environment.GetEnvironmentVariable("PAPERGRAPH_REQUIRE_TOOLS") == "1")
            Assert.Fail($"{tool} is required (PAPERGRAPH_REQUIRE_TOOLS=1) but missing: {reason}");
        Skip.If(true, $"{tool} missing: {reason}");
    }
}
