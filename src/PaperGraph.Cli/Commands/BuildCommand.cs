using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using PaperGraph.Export;
using PaperGraph.Ingest;
using PaperGraph.Pipeline;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph build INPUT...</c>: abstracts in, graph.json and the Neo4j import bundle out.</summary>
internal sealed class BuildCommand(CliConsole console, IConfiguration configuration, ILogger<BuildCommand> logger, TimeProvider time) : ICliCommand
{
    public Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Input files: a copied papers page (.txt), JSON Lines (.jsonl), CSV (.csv) or arXiv Atom XML (.xml).",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Output folder for graph.json, the CSV bundle, import.sh and rejected.jsonl. Default: PaperGraph:Out from configuration (import/graph).",
        };
        var format = new Option<InputFormat>("--format")
        {
            Description = "Input format; auto detects it from each file's extension and first bytes.",
            DefaultValueFactory = _ => InputFormat.Auto,
        };
        var strict = new Option<bool>("--strict") { Description = "Stop at the first record that cannot be read (exit code 2) instead of skipping it." };
        var lexicons = new Option<string[]>("--lexicon")
        {
            Description = "Extra lexicon file (label TAB name TAB alias|alias), added to the shipped ones. Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var categories = new Option<string[]>("--category")
        {
            Description = "Keep only papers in these arXiv categories or archives (cs.LG,cs.CL or cs); others are counted, not rejected. Repeatable.",
        };
        var shard = new Option<string>("--shard")
        {
            Description = "Build shard i of N (e.g. 2/8) of the input, split by paper id; keeps OUT/spool for 'papergraph merge'.",
        };

        var command = new Command("build", "Extract methods, models, benchmarks and rewards from abstracts and write the graph.")
        {
            inputs, output, format, strict, lexicons, categories, shard,
        };
        command.SetAction((parse, cancel) =>
        {
            var shardText = parse.GetValue(shard);
            string? shardError = null;
            var shardSpec = shardText is null ? null : ShardSpec.TryParse(shardText, out shardError);
            if (shardText is not null && shardSpec is null)
            {
                console.Error.WriteLine($"papergraph: {shardError}");
                return Task.FromResult(ExitCodes.UsageOrInput);
            }
            return Task.FromResult(Run(new BuildOptions
            {
                Inputs = parse.GetValue(inputs) ?? [],
                Format = parse.GetValue(format),
                Strict = parse.GetValue(strict),
                Lexicons = parse.GetValue(lexicons) ?? [],
                Categories = new CategoryFilter(parse.GetValue(categories) ?? []),
                Shard = shardSpec,
            }, parse.GetValue(output) ?? configuration["PaperGraph:Out"] ?? "import/graph", cancel));
        });
        return command;
    }

    private int Run(BuildOptions options, string outDir, CancellationToken cancel)
    {
        foreach (var input in options.Inputs.Where(i => !File.Exists(i)))
        {
            console.Error.WriteLine($"papergraph: input file not found: {input}");
            return ExitCodes.UsageOrInput;
        }
        foreach (var lexicon in options.Lexicons.Where(l => !File.Exists(l)))
        {
            console.Error.WriteLine($"papergraph: lexicon file not found: {lexicon}");
            return ExitCodes.UsageOrInput;
        }

        BuildResult? result = null;
        try
        {
            var pipeline = BuildPipeline.Create(options.Lexicons, time);
            var progress = new ProgressDisplay(console, logger, time);
            OutputFolder.WriteAtomically(outDir, dir =>
            {
                result = progress.Track(report => pipeline.Run(options, dir, cancel, report));
                RejectsWriter.Write(result.Rejections, Path.Combine(dir, "rejected.jsonl"));
            }, cancel);
        }
        catch (InputRejectedException ex)
        {
            console.Error.WriteLine($"papergraph: {ex.Message} (--strict stops at the first bad record)");
            return ExitCodes.UsageOrInput;
        }
        catch (InvalidDataException ex)
        {
            console.Error.WriteLine($"papergraph: {ex.Message}");
            return ExitCodes.UsageOrInput;
        }
        if (result is null) return ExitCodes.Interrupted;

        BuildSummary.Write(console.Out, result, outDir);
        return result.Rejections.Count > 0 ? ExitCodes.DoneWithRejects : ExitCodes.Success;
    }
}
