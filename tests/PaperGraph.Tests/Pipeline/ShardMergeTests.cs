using PaperGraph.Pipeline;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Pipeline;

public sealed class ShardMergeTests
{
    [Fact]
    public void ThreeShardsMerged_OnSeed_GiveTheSameBytesAsOneWholeBuild()
    {
        var whole = Some.TempFolder();
        BuildPipeline.Create([]).Run(new BuildOptions { Inputs = [Some.SampleInput] }, whole);
        var shards = new List<string>();
        long papers = 0;
        for (var i = 1; i <= 3; i++)
        {
            var dir = Some.TempFolder();
            papers += BuildPipeline.Create([]).Run(new BuildOptions { Inputs = [Some.SampleInput], Shard = new ShardSpec(i, 3) }, dir).PapersRead;
            shards.Add(dir);
        }
        var merged = Some.TempFolder();

        var result = ShardMerge.Run(shards, merged, parallelism: 2);

        Assert.Equal(119, papers);
        Assert.Equal(119, result.Papers);
        OutputFolders.AssertSameFiles(whole, merged, "rejected.jsonl");
    }

    [Fact]
    public void OneShardOfOne_OnSeed_MergesToTheSameBytesAsOneWholeBuild()
    {
        var whole = Some.TempFolder();
        BuildPipeline.Create([]).Run(new BuildOptions { Inputs = [Some.SampleInput] }, whole);
        var shard = Some.TempFolder();
        BuildPipeline.Create([]).Run(new BuildOptions { Inputs = [Some.SampleInput], Shard = new ShardSpec(1, 1) }, shard);
        var merged = Some.TempFolder();

        ShardMerge.Run([shard], merged, parallelism: 1);

        OutputFolders.AssertSameFiles(whole, merged, "rejected.jsonl");
    }

    [Fact]
    public void Merge_AShardWhoseSpoolRunsAreGone_RefusesAndNamesIt()
    {
        // As a shard written by a version whose runs had another form would look: a manifest, no runs.
        var shard = Some.TempFolder();
        BuildPipeline.Create([]).Run(new BuildOptions { Inputs = [Some.SampleInput], Shard = new ShardSpec(1, 1) }, shard);
        foreach (var run in Directory.GetFiles(Path.Combine(shard, BuildPipeline.SpoolFolder), "run-*")) File.Delete(run);

        var error = Assert.Throws<InvalidDataException>(() => ShardMerge.Run([shard], Some.TempFolder(), parallelism: 1));

        Assert.Contains($"{shard}: spool/shard.json counts 119 papers but there are no spool runs", error.Message);
    }

    [Fact]
    public void Merge_WithAShardMissing_RefusesAndNamesIt()
    {
        var shards = new List<string>();
        foreach (var i in new[] { 1, 3 })
        {
            var dir = Some.TempFolder();
            BuildPipeline.Create([]).Run(new BuildOptions { Inputs = [Some.SampleInput], Shard = new ShardSpec(i, 3) }, dir);
            shards.Add(dir);
        }

        var error = Assert.Throws<InvalidDataException>(() => ShardMerge.Run(shards, Some.TempFolder(), parallelism: 1));

        Assert.Contains("shards missing (of 3): 2", error.Message);
    }

    [Fact]
    public async Task MergeCommand_OnAFolderThatIsNoShard_ExitsWithUsageErrorNamingIt()
    {
        var notAShard = Some.TempFolder();

        var run = await CliRun.Of("merge", notAShard, "--out", Some.TempFolder());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(notAShard, run.Error);
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("2")]
    [InlineData("a/b")]
    public void ShardSpec_OutOfRangeOrMalformed_IsRefusedWithAReason(string text)
    {
        var spec = ShardSpec.TryParse(text, out var error);

        Assert.Null(spec);
        Assert.Contains(text, error);
    }

    [Fact]
    public void ShardSpec_EveryPaperId_BelongsToExactlyOneShard()
    {
        var shards = Enumerable.Range(1, 4).Select(i => new ShardSpec(i, 4)).ToArray();

        var owners = Enumerable.Range(0, 500).Select(k => shards.Count(s => s.HoldsPaper($"paper:{k}"))).ToArray();

        Assert.All(owners, n => Assert.Equal(1, n));
        Assert.All(shards, s => Assert.Contains(Enumerable.Range(0, 500), k => s.HoldsPaper($"paper:{k}")));
    }
}
