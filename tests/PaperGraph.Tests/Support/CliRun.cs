using PaperGraph.Cli;

namespace PaperGraph.Tests.Support;

/// <summary>Runs the papergraph CLI in memory and captures what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await PaperGraphCli.RunAsync(args, output, error, settings: null);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
