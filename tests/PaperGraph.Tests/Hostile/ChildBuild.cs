using System.Diagnostics;
using System.Text;

namespace PaperGraph.Tests.Hostile;

/// <summary>
/// <c>papergraph build</c> as a real child process (the built papergraph.dll under <c>dotnet</c>), stopped
/// from outside the moment its staging folder appears, that is once it has begun writing the bundle.
/// </summary>
internal static class ChildBuild
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>An input whose bundle takes a while to write: a few papers and thousands of long rejected records.</summary>
    public static string BigInput(string folder)
    {
        var path = Path.Combine(folder, "big.jsonl");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        for (var i = 0; i < 3; i++)
            writer.WriteLine($"{{\"title\": \"Paper {i}\", \"abstract\": \"We train Qwen3-1.7B-Base with GRPO. It beats PPO on AIME25.\"}}");
        var filler = new string('x', 9_000);
        for (var i = 0; i < 4_000; i++)
            writer.WriteLine($"{{\"title\": \"{filler} {i}\"}}");
        // Enough papers to extract that the build is still running when the test stops it, on a
        // fast machine too (a faster extractor once let it finish first and exit 1, not 130).
        for (var i = 0; i < 15_000; i++)
            writer.WriteLine($"{{\"title\": \"Filler Study {i}\", \"abstract\": \"We propose Filler-{i % 97}, a framework. Training Qwen3-8B with GRPO and Filler-{i % 97} improves results on AIME25, MATH-500 and GPQA-Diamond over PPO and DPO.\"}}");
        return path;
    }

    /// <summary>Starts the build into <paramref name="outDir"/>, waits for its staging folder, then runs <paramref name="stop"/> on it and waits for it to end.</summary>
    public static (int ExitCode, string Error) RunAndStop(string input, string outDir, Action<Process> stop)
    {
        var parent = Path.GetDirectoryName(outDir) ?? throw new ArgumentException("no parent", nameof(outDir));
        using var started = new ManualResetEventSlim();
        using var watcher = new FileSystemWatcher(parent) { Filter = $".{Path.GetFileName(outDir)}.partial-*" };
        watcher.Created += (_, _) => started.Set();
        watcher.EnableRaisingEvents = true;

        var dll = Path.Combine(AppContext.BaseDirectory, "papergraph.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in (string[])[dll, "build", input, "--out", outDir]) info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();

        var sawStaging = started.Wait(Patience);
        if (sawStaging) stop(process);
        if (!process.WaitForExit(Patience)) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        Assert.True(sawStaging, "the child never began writing: " + error.Result + output.Result);
        return (process.ExitCode, error.Result);
    }

    /// <summary>
    /// Sends a signal (INT is what Ctrl-C sends; TERM what kill and docker stop send) with the shell's
    /// kill builtin, which every POSIX sh has even where no kill binary is installed.
    /// </summary>
    public static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("sh", ["-c", "kill -s \"$1\" \"$2\"", "sh", signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Every file of a folder with its bytes, to compare a bundle before and after.</summary>
    public static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
