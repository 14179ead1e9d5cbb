namespace PaperGraph.Pipeline;

/// <summary>The stages a build reports progress for, in the order they run.</summary>
public enum BuildStage
{
    /// <summary>Reading and extracting the input, spooling each paper's extraction.</summary>
    Extract,
    /// <summary>First resolution pass over the spool: which mentions are one entity.</summary>
    Resolve,
    /// <summary>Second pass over the spool: writing papers and edges.</summary>
    Write,
}

/// <summary>
/// Where a build is: its stage, papers done in that stage, and the fraction of the stage done
/// (by input bytes while extracting, by papers afterwards).
/// </summary>
public readonly record struct BuildProgress(BuildStage Stage, long Papers, double Fraction);
