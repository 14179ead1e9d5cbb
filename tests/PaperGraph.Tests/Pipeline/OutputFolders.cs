namespace PaperGraph.Tests.Pipeline;

/// <summary>Compares two output folders file by file, byte for byte.</summary>
internal static class OutputFolders
{
    public static void AssertSameFiles(string expectedDir, string actualDir, params string[] ignore)
    {
        var expected = Files(expectedDir, ignore);
        var actual = Files(actualDir, ignore);
        Assert.Equal(expected, actual);
        Assert.Contains("graph.json", expected);
        foreach (var file in expected)
        {
            var want = File.ReadAllText(Path.Combine(expectedDir, file));
            var got = File.ReadAllText(Path.Combine(actualDir, file));
            // Equal on strings, so a failure shows where the two first differ.
            Assert.Equal(want, got);
        }
    }

    private static string[] Files(string dir, string[] ignore) =>
        Directory.GetFiles(dir).Select(Path.GetFileName).OfType<string>()
            .Where(f => !ignore.Contains(f)).Order(StringComparer.Ordinal).ToArray();
}
