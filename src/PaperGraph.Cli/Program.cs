using System.Globalization;
using System.Runtime.InteropServices;
using PaperGraph.Cli;

// The same bytes out whatever the machine's locale: numbers, casing and messages use the invariant culture.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;

using var cancel = new CancellationTokenSource();

// Ctrl-C (SIGINT) and SIGTERM ask the run to stop cleanly: it stops at the next record or file,
// removes what it was writing and exits with 130. A second signal ends the process at once.
void Interrupt(PosixSignalContext context)
{
    if (cancel.IsCancellationRequested) return;
    context.Cancel = true;
    cancel.Cancel();
}
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);

return await PaperGraphCli.RunAsync(args, Console.Out, Console.Error, settings: null, cancel.Token);
