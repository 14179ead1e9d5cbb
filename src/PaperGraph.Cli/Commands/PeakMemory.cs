using System.Diagnostics;
using System.Globalization;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// This process's peak resident memory so far: VmHWM from /proc/self/status on Linux (the kernel's
/// own high-water mark), else the runtime's peak working set.
/// </summary>
internal static class PeakMemory
{
    public static long Bytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            foreach (var line in File.ReadLines(status))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var kib = line["VmHWM:".Length..].Trim().Split(' ')[0];
                if (long.TryParse(kib, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value * 1024;
            }
        }
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64;
    }

    /// <summary>CPU time this process has used, all threads: with wall time, shows how busy the cores were.</summary>
    public static double CpuSeconds()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }

    public static string Describe(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MiB");
}
