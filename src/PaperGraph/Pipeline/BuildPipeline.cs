using System.Diagnostics;
using PaperGraph.Extraction;
using PaperGraph.Ingest;
using PaperGraph.Resolution;

namespace PaperGraph.Pipeline;

/// <summary>
/// Read, extract, resolve: input files in, one <see cref="BuildResult"/> out. Writing the result is
/// the exporters' job. Reusable; holds no per-run state.
/// </summary>
public sealed class BuildPipeline(IPaperExtractor extractor, TimeProvider time)
{
    /// <summary>Makes a pipeline with the shipped lexicons plus the user's.</summary>
    public static BuildPipeline Create(IReadOnlyList<string> userLexicons, TimeProvider? time = null) =>
        new(new RuleExtractor(Lexicon.Load(userLexicons)), time ?? TimeProvider.System);

    /// <summary>Runs a build; <paramref name="progress"/> hears (papers read, rejections so far) every 5,000 records.</summary>
    public BuildResult Run(BuildOptions options, CancellationToken cancellationToken = default, Action<int, int>? progress = null)
    {
        var started = time.GetTimestamp();
        var assembler = new GraphAssembler();
        var rejections = new List<Rejection>();
        var read = 0;
        foreach (var input in options.Inputs)
        {
            if (!File.Exists(input)) throw new FileNotFoundException($"{input}: no such file", input);
            var format = options.Format == InputFormat.Auto ? FormatDetector.Detect(input) : options.Format;
            var reader = FormatDetector.ReaderFor(format);
            using var stream = File.OpenRead(input);
            foreach (var result in reader.Read(stream, input, cancellationToken))
            {
                if (result.Rejection is { } rejection)
                {
                    if (options.Strict) throw new InputRejectedException(rejection);
                    rejections.Add(rejection);
                }
                else if (result.Paper is { } paper)
                {
                    read++;
                    assembler.Add(extractor.Extract(paper));
                }
                if ((read + rejections.Count) % 5000 == 0) progress?.Invoke(read, rejections.Count);
            }
        }
        return new BuildResult
        {
            Graph = assembler.Build(),
            PapersRead = read,
            DuplicatePapers = assembler.DuplicatePapers,
            Rejections = rejections,
            Elapsed = time.GetElapsedTime(started),
        };
    }
}
