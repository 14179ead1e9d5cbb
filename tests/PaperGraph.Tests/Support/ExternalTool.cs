namespace PaperGraph.Tests.Support;

/// <summary>
/// Tests that need a tool outside .NET (Node.js, a browser) skip with a reason where it is missing,
/// unless PAPERGRAPH_REQUIRE_TOOLS=1 (CI sets it): then a missing tool fails the test.
/// </summary>
internal static class ExternalTool
{
    public static bool Required => Environment.GetEnvironmentVariable("PAPERGRAPH_REQUIRE_TOOLS") == "1";

    public static void SkipUnlessAvailable(string tool, bool available, string reason)
    {
        if (available) return;
        if (Required) Assert.Fail($"{tool} is required (PAPERGRAPH_REQUIRE_TOOLS=1) but missing: {reason}");
        Skip.If(true, $"{tool} missing: {reason}");
    }
}
