using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// Runs <c>papergraph build</c> in a child process for the bench: its wall time is the whole run
/// (start-up included), and the peak memory and CPU it prints in its summary are that run's alone.
/// </summary>
internal static partial class ChildBuild
{
    /// <param name="Stages">The build's own seconds in extraction, resolution and writing, as its summary gives them.</param>
    public sealed record Outcome(int ExitCode, double Seconds, double PeakMiB, double CpuSeconds, (double Extract, double Resolve, double Write) Stages, string Error);

    public static Outcome Run(string corpus, string outDir, CancellationToken cancel)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var self = Environment.ProcessPath ?? "dotnet";
        start.FileName = self;
        // Under 'dotnet papergraph.dll' the process is the dotnet host; the program is the entry assembly.
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            start.ArgumentList.Add(Assembly.GetEntryAssembly()?.Location ?? throw new InvalidOperationException("no entry assembly to run"));
        foreach (var arg in new[] { "build", corpus, "--out", outDir }) start.ArgumentList.Add(arg);

        var clock = Stopwatch.StartNew();
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"could not start {self}");
        var stderr = child.StandardError.ReadToEndAsync(cancel);
        var stdout = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var seconds = clock.Elapsed.TotalSeconds;
        var summary = Summary().Match(stdout);
        if (!summary.Success)
            return new Outcome(child.ExitCode == 0 ? 2 : child.ExitCode, seconds, 0, 0, default, stdout + stderr.Result);
        double Number(string group) => double.Parse(summary.Groups[group].Value, CultureInfo.InvariantCulture);
        return new Outcome(child.ExitCode, seconds, Number("peak"), Number("cpu"), (Number("extract"), Number("resolve"), Number("write")), stderr.Result);
    }

    [GeneratedRegex(@"\(extract (?<extract>[\d.]+) s, resolve (?<resolve>[\d.]+) s, write (?<write>[\d.]+) s\), peak memory (?<peak>[\d.]+) MiB, cpu (?<cpu>[\d.]+) s")]
    private static partial Regex Summary();
}
