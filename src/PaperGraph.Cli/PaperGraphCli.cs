using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using PaperGraph.Cli.Commands;

namespace PaperGraph.Cli;

/// <summary>
/// The <c>papergraph</c> program: a generic host (configuration from appsettings.json and
/// <c>PAPERGRAPH_</c> environment variables, logging to stderr, DI) running System.CommandLine commands.
/// Tests call <see cref="RunAsync"/> with string writers and settings of their own.
/// </summary>
public static class PaperGraphCli
{
    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error,
        IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken = default)
    {
        using var host = BuildHost(output, error, settings);
        var root = new RootCommand("PaperGraph: machine-learning paper abstracts in, a Neo4j knowledge graph of methods, models, benchmarks and rewards out.");
        foreach (var command in host.Services.GetServices<ICliCommand>())
        {
            root.Subcommands.Add(command.Create());
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line, no stack trace: what was wrong and where to look.
            var problems = string.Join("; ", parsed.Errors.Select(e => string.Join(' ', e.Message.Split('\n', StringSplitOptions.TrimEntries)).TrimEnd('.')));
            await error.WriteLineAsync($"papergraph: {problems}. Run 'papergraph --help' for usage.");
            return ExitCodes.UsageOrInput;
        }
        var invocation = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
            // Program.cs owns the signals: System.CommandLine's own handler would return 130 after
            // two seconds while the command is still writing, before it could clean up.
            ProcessTerminationTimeout = null,
        };
        try
        {
            return await parsed.InvokeAsync(invocation, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("papergraph: interrupted; nothing incomplete was left in place.");
            return ExitCodes.Interrupted;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be written, a file that vanished: the user's to fix, not a crash.
            await error.WriteLineAsync($"papergraph: {ex.Message}");
            return ExitCodes.UsageOrInput;
        }
    }

    private static IHost BuildHost(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables("PAPERGRAPH_");
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);

        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddSingleton(new CliConsole(output, error));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ICliCommand, BuildCommand>();
        builder.Services.AddSingleton<LoadCommand>();
        builder.Services.AddSingleton<ICliCommand>(services => services.GetRequiredService<LoadCommand>());
        builder.Services.AddSingleton<ICliCommand, EvalCommand>();
        builder.Services.AddSingleton<ICliCommand, MergeCommand>();
        builder.Services.AddSingleton<ICliCommand, BenchCommand>();
        return builder.Build();
    }
}
