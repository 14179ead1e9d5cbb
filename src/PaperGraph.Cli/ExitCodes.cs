namespace PaperGraph.Cli;

/// <summary>The process exit codes, as documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>Done; every record was read.</summary>
    public const int Success = 0;

    /// <summary>Done, but some records were rejected (counted in the summary, kept in rejected.jsonl).</summary>
    public const int DoneWithRejects = 1;

    /// <summary>Usage or input error: bad option, missing file, unknown format, a rejected record under --strict.</summary>
    public const int UsageOrInput = 2;

    /// <summary>Neo4j unreachable, or it refused the request (authentication, unknown database, Cypher error).</summary>
    public const int Neo4jFailure = 3;

    /// <summary>Interrupted (Ctrl-C); nothing half-written was left looking complete.</summary>
    public const int Interrupted = 130;
}
