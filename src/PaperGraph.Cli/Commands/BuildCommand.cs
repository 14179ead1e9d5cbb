using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using PaperGraph.Export;
using PaperGraph.Export.Explorer;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Neo4j;
using PaperGraph.Pipeline;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph build INPUT...</c>: abstracts in, graph.json and the Neo4j import bundle out.</summary>
internal sealed class BuildCommand(CliConsole console, IConfiguration configuration, ILogger<BuildCommand> logger, TimeProvider time, LoadCommand loader) : ICliCommand
{
    public Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Input files: a copied papers page (.txt), JSON Lines (.jsonl), CSV (.csv) or arXiv Atom XML (.xml).",
            Arity = ArgumentArity.OneOrMore,
        };
        // A string-array argument swallows a mistyped option as a file name; call it what it is.
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1 && !File.Exists(t.Value)))
                result.AddError($"unknown option '{token.Value}'");
        });
        var output = new Option<string>("--out", "-o")
        {
            Description = "Output folder for graph.json, the CSV bundle, import.sh, rejected.jsonl and explorer.html. Default: PaperGraph:Out from configuration (import/graph).",
        };
        var format = new Option<InputFormat>("--format")
        {
            Description = "Input format; auto detects it from each file's extension and first bytes.",
            DefaultValueFactory = _ => InputFormat.Auto,
            CustomParser = ParseFormat,
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

        var load = new Option<bool>("--load") { Description = "Then load the graph into Neo4j, as 'papergraph load' does with the Neo4j:* configuration and NEO4J_PASSWORD." };

        var command = new Command("build", "Extract methods, models, benchmarks and rewards from abstracts and write the graph.")
        {
            inputs, output, format, strict, lexicons, categories, shard, load,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var shardText = parse.GetValue(shard);
            string? shardError = null;
            var shardSpec = shardText is null ? null : ShardSpec.TryParse(shardText, out shardError);
            if (shardText is not null && shardSpec is null)
            {
                await console.Error.WriteLineAsync($"papergraph: {shardError}");
                return ExitCodes.UsageOrInput;
            }
            var outDir = parse.GetValue(output) ?? configuration["PaperGraph:Out"] ?? "import/graph";
            var code = Run(new BuildOptions
            {
                Inputs = parse.GetValue(inputs) ?? [],
                Format = parse.GetValue(format),
                Strict = parse.GetValue(strict),
                Lexicons = parse.GetValue(lexicons) ?? [],
                Categories = new CategoryFilter(parse.GetValue(categories) ?? []),
                Shard = shardSpec,
            }, outDir, cancel);
            var built = code is ExitCodes.Success or ExitCodes.DoneWithRejects;
            if (!built || !parse.GetValue(load)) return code;
            var loaded = await loader.LoadAsync(outDir, new LoadTarget(), cancel);
            return loaded == ExitCodes.Success ? code : loaded;
        });
        return command;
    }

    /// <summary>
    /// explorer.html holds the whole graph, which a browser can draw to tens of thousands of nodes;
    /// past PaperGraph:ExplorerMaxNodes the page is not written and the summary says why.
    /// </summary>
    private void WriteExplorer(string dir, long nodeCount)
    {
        var limit = configuration.GetValue("PaperGraph:ExplorerMaxNodes", 50_000L);
        if (nodeCount > limit)
        {
            console.Error.WriteLine($"papergraph: explorer.html not written: {nodeCount:N0} nodes is over PaperGraph:ExplorerMaxNodes ({limit:N0}); use Neo4j, or build a --category subset");
            return;
        }
        ExplorerPageWriter.WriteFromFile(Path.Combine(dir, "graph.json"), Path.Combine(dir, "explorer.html"));
    }

    // The default enum parser answers with the .NET type name and a multi-line list; say it plainly instead.
    private static InputFormat ParseFormat(System.CommandLine.Parsing.ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        var name = Enum.GetNames<InputFormat>().FirstOrDefault(n => string.Equals(n, token, StringComparison.OrdinalIgnoreCase));
        if (name is not null) return Enum.Parse<InputFormat>(name);
        result.AddError($"--format must be one of auto, text, jsonl, csv, atom (got '{token}')");
        return InputFormat.Auto;
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
                var built = progress.Track(report => pipeline.Run(options, dir, cancel, report));
                RejectsWriter.Write(built.Rejections, Path.Combine(dir, "rejected.jsonl"), cancel);
                Neo4jScriptsWriter.Write(dir);
                WriteExplorer(dir, built.Counts.NodeTotal);
                result = built;
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
