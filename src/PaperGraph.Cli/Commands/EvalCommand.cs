using System.CommandLine;
using PaperGraph.Evaluation;
using PaperGraph.Extraction.Relations;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Pipeline;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>papergraph eval --gold FILE INPUT...</c>: builds the graph in memory and scores it against a
/// gold file by the rules of SCHEMA.md, as shared/tools/score.py does.
/// </summary>
internal sealed class EvalCommand(CliConsole console, TimeProvider time) : ICliCommand
{
    public Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Input files, as for build: a copied papers page (.txt), JSON Lines (.jsonl), CSV (.csv) or arXiv Atom XML (.xml).",
            Arity = ArgumentArity.OneOrMore,
        };
        var gold = new Option<string>("--gold")
        {
            Description = "Gold annotations (*.gold.jsonl, one paper per line, SCHEMA.md format).",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON, in score.py --json's shape." };
        var format = new Option<InputFormat>("--format")
        {
            Description = "Input format; auto detects it from each file's extension and first bytes.",
            DefaultValueFactory = _ => InputFormat.Auto,
        };
        var lexicons = new Option<string[]>("--lexicon") { Description = "Extra lexicon file, as for build. Repeatable." };
        var goldMentions = new Option<bool>("--gold-mentions")
        {
            Description = "Measure the relation rules alone: take each paper's entities from the gold file instead of extracting them.",
        };

        var graphOut = new Option<string?>("--graph-out") { Description = "Also write the graph that was scored to this graph.json, for reading the errors." };

        var command = new Command("eval", "Build the graph from the inputs and score it against a gold file: P/R/F1 per label and relation type, proposes, B-cubed identity.")
        {
            inputs, gold, json, format, lexicons, goldMentions, graphOut,
        };
        command.SetAction((parse, cancel) => Task.FromResult(Run(
            new BuildOptions
            {
                Inputs = parse.GetValue(inputs) ?? [],
                Format = parse.GetValue(format),
                Lexicons = parse.GetValue(lexicons) ?? [],
            },
            parse.GetValue(gold) ?? "", parse.GetValue(json), parse.GetValue(goldMentions), parse.GetValue(graphOut), cancel)));
        return command;
    }

    private int Run(BuildOptions options, string goldPath, bool asJson, bool goldMentions, string? graphOut, CancellationToken cancel)
    {
        foreach (var file in options.Inputs.Concat(options.Lexicons).Append(goldPath).Where(f => !File.Exists(f)))
        {
            console.Error.WriteLine($"papergraph: file not found: {file}");
            return ExitCodes.UsageOrInput;
        }
        ScoreReport report;
        try
        {
            var gold = GoldReader.ReadFile(goldPath);
            var pipeline = goldMentions
                ? new BuildPipeline(new GoldMentionExtractor(gold, new RelationExtractor()), time)
                : BuildPipeline.Create(options.Lexicons, time);
            var graph = pipeline.BuildGraph(options, cancel);
            report = ExtractionScorer.Score(gold, graph);
            if (graphOut is not null) GraphJson.WriteFile(graph, graphOut);
        }
        catch (InvalidDataException ex)
        {
            console.Error.WriteLine($"papergraph: {ex.Message}");
            return ExitCodes.UsageOrInput;
        }

        if (asJson)
        {
            using var buffer = new MemoryStream();
            ScoreReportWriter.WriteJson(report, buffer);
            console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
        else
        {
            ScoreReportWriter.WriteText(report, console.Out);
        }
        return ExitCodes.Success;
    }
}
