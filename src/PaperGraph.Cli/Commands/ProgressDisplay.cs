using System.Globalization;
using Microsoft.Extensions.Logging;
using PaperGraph.Pipeline;
using Spectre.Console;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// Shows a long build's progress on stderr (stdout keeps the summary): a bar per stage with rate
/// and time left when stderr is a terminal, else a log line every <see cref="LogEvery"/>.
/// </summary>
internal sealed class ProgressDisplay(CliConsole console, ILogger logger, TimeProvider time)
{
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(10);

    /// <summary>Runs <paramref name="work"/>, showing the progress it reports.</summary>
    public T Track<T>(Func<Action<BuildProgress>, T> work)
    {
        var onTerminal = ReferenceEquals(console.Error, Console.Error) && !Console.IsErrorRedirected;
        return onTerminal ? WithBars(work) : WithLogLines(work);
    }

    private T WithBars<T>(Func<Action<BuildProgress>, T> work)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return terminal.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new RemainingTimeColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var tasks = new Dictionary<BuildStage, (ProgressTask Bar, long Started)>();
                return work(p =>
                {
                    if (!tasks.TryGetValue(p.Stage, out var task))
                    {
                        foreach (var earlier in tasks.Values) earlier.Bar.Value = earlier.Bar.MaxValue;
                        task = (context.AddTask(p.Stage.ToString(), maxValue: 1000), time.GetTimestamp());
                        tasks[p.Stage] = task;
                    }
                    task.Bar.Value = p.Fraction * 1000;
                    task.Bar.Description = Markup.Escape(Describe(p, time.GetElapsedTime(task.Started)));
                });
            });
    }

    private T WithLogLines<T>(Func<Action<BuildProgress>, T> work)
    {
        var stageStarted = time.GetTimestamp();
        var lastLog = stageStarted;
        BuildStage? stage = null;
        return work(p =>
        {
            if (p.Stage != stage)
            {
                stage = p.Stage;
                stageStarted = time.GetTimestamp();
            }
            if (time.GetElapsedTime(lastLog) < LogEvery) return;
            lastLog = time.GetTimestamp();
            var elapsed = time.GetElapsedTime(stageStarted);
            var left = p.Fraction > 0 ? elapsed * ((1 - p.Fraction) / p.Fraction) : TimeSpan.Zero;
            logger.LogInformation("{Progress}, {Percent:0}% of the stage, about {Left:hh\\:mm\\:ss} left",
                Describe(p, elapsed), p.Fraction * 100, left);
        });
    }

    private static string Describe(BuildProgress p, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? p.Papers / elapsed.TotalSeconds : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{p.Stage.ToString().ToLowerInvariant()}: {p.Papers:N0} papers, {rate:N0}/s");
    }
}
