namespace PaperGraph.Cli.Commands;

/// <summary>
/// Writes a whole output folder in a temporary sibling and moves it into place only when complete,
/// so an interrupted run never leaves a half-written bundle that looks whole.
/// </summary>
internal static class OutputFolder
{
    public static void WriteAtomically(string outDir, Action<string> write, CancellationToken cancel)
    {
        var full = Path.GetFullPath(outDir);
        var parent = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.partial-{Environment.ProcessId}");
        var previous = Path.Combine(parent, $".{Path.GetFileName(full)}.previous-{Environment.ProcessId}");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        try
        {
            write(staging);
            cancel.ThrowIfCancellationRequested();
            if (Directory.Exists(full)) Directory.Move(full, previous);
            Directory.Move(staging, full);
            if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
        }
        catch
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            if (!Directory.Exists(full) && Directory.Exists(previous)) Directory.Move(previous, full);
            throw;
        }
    }
}
