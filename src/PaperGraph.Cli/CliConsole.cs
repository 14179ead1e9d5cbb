namespace PaperGraph.Cli;

/// <summary>Where commands write: the process's stdout and stderr, or in tests, string writers.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error);

/// <summary>One subcommand of <c>papergraph</c>. Implementations are registered in DI.</summary>
public interface ICliCommand
{
    System.CommandLine.Command Create();
}
