namespace PaperGraph.Tests.Support;

/// <summary>Shared test builders: paths of the repo, the shared folder and temporary folders.</summary>
internal static class Some
{
    /// <summary>The repository root (the folder holding PaperGraph.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The bundled sample input.</summary>
    public static string SampleInput => Path.Combine(RepoRoot, "import", "abstracts", "rl-pretraining.txt");

    /// <summary>../shared beside the repo, or null when this checkout has none.</summary>
    public static string? SharedFolder =>
        Directory.Exists(Path.Combine(RepoRoot, "..", "shared")) ? Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared")) : null;

    public static string TempFolder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "papergraph-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static string TempFile(string name, string content)
    {
        var path = Path.Combine(TempFolder(), name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>An abstract long enough to read as running text.</summary>
    public static string Abstract(string text = "We study reinforcement learning for language models.") =>
        text + " We evaluate the approach on several benchmarks and report consistent gains over strong baselines in all settings.";

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PaperGraph.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("PaperGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
