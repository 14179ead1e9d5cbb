using PaperGraph.Resolution;

namespace PaperGraph.Tests.Resolution;

public sealed class NameNormaliserTests
{
    public static TheoryData<string> Names() =>
    [
        "GRPO", "Reinforcement Learning", "verifiable rewards", "  (RLHF), ", "chain-of-thought", "chain_of__thought",
        "T\u00dcLU 3", "\ufb01ne-tuning", "Qwen\u2019s", "LLM\u2010based", "ss", "Rewards", "class", "",
        new string('A', 300) + "s", "x" + new string('-', 280) + "y",
    ];

    [Theory]
    [MemberData(nameof(Names))]
    public void Lookups_ByName_FindWhatALookupByTheNormalisedStringFinds(string name)
    {
        var key = NameNormaliser.Normalise(name);
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal) { [key] = 7 };
        var other = new Dictionary<string, int>(StringComparer.Ordinal) { [key + "x"] = 7 };

        Assert.True(NameNormaliser.TryGetNormalised(byKey.GetAlternateLookup<ReadOnlySpan<char>>(), name, out var value));
        Assert.Equal(7, value);
        Assert.False(NameNormaliser.TryGetNormalised(other.GetAlternateLookup<ReadOnlySpan<char>>(), name, out _));
        Assert.True(NameNormaliser.ContainsNormalised(new HashSet<string>([key], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(), name));
        Assert.False(NameNormaliser.ContainsNormalised(new HashSet<string>([key + "x"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(), name));
    }

    [Fact]
    public void Normalise_FoldsAsTheScorerDoes()
    {
        Assert.Equal("verifiable reward", NameNormaliser.Normalise("Verifiable-Rewards"));
        Assert.Equal("fine tuning", NameNormaliser.Normalise("\ufb01ne-tuning"));
        Assert.Equal("rlhf", NameNormaliser.Normalise("  (RLHF), "));
    }
}
