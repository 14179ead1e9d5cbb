using PaperGraph.Cli;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl-C asks the run to stop cleanly; a second one ends the process at once.
    if (cancel.IsCancellationRequested) return;
    e.Cancel = true;
    cancel.Cancel();
};
return await PaperGraphCli.RunAsync(args, Console.Out, Console.Error, settings: null, cancel.Token);
