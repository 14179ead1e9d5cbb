using System.Diagnostics;
using System.Globalization;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// Writes a whole output folder in a temporary sibling and moves it into place only when complete,
/// so an interrupted run never leaves a half-written bundle that looks whole. The siblings are named
/// <c>.NAME.partial-PID</c> (being written) and <c>.NAME.previous-PID</c> (the old folder during the
/// swap); a killed run leaves them behind, and the next run into the same folder tidies them up.
/// </summary>
internal static class OutputFolder
{
    public static void WriteAtomically(string outDir, Action<string> write, CancellationToken cancel)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        var name = Path.GetFileName(full);
        if (name.Length == 0) throw new IOException($"output folder '{outDir}' is a filesystem root; name a folder inside it");
        var parent = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, name, full);

        var staging = Path.Combine(parent, $".{name}.partial-{Environment.ProcessId}");
        var previous = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        try
        {
            cancel.ThrowIfCancellationRequested();
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

    /// <summary>
    /// Siblings of runs that are no longer running: a kept previous folder goes back into place when
    /// the swap was cut short (the new folder never arrived); everything else is deleted.
    /// </summary>
    private static void RemoveLeftovers(string parent, string name, string full)
    {
        foreach (var kind in (string[])["previous", "partial"])
        {
            var prefix = $".{name}.{kind}-";
            foreach (var dir in Directory.EnumerateDirectories(parent))
            {
                var dirName = Path.GetFileName(dir);
                if (!dirName.StartsWith(prefix, StringComparison.Ordinal)
                    || !int.TryParse(dirName.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                    || IsRunning(pid))
                {
                    continue;
                }
                if (kind == "previous" && !Directory.Exists(full)) Directory.Move(dir, full);
                else Directory.Delete(dir, recursive: true);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return false;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
