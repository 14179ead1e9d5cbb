using BenchmarkDotNet.Running;

namespace PaperGraph.Benchmarks;

/// <summary>
/// Micro-benchmarks for changes too small for <c>papergraph bench</c> to see through this machine's
/// run-to-run noise: <c>dotnet run -c Release --project tests/PaperGraph.Benchmarks -- --filter '*'</c>
/// from the repository root. Whole builds, memory and the grep floor are <c>papergraph bench</c>'s.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
