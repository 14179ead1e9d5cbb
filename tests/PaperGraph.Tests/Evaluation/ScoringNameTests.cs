using PaperGraph.Evaluation;

namespace PaperGraph.Tests.Evaluation;

public sealed class ScoringNameTests
{
    [Theory]
    [InlineData("Verifiable Rewards", "verifiable reward")]
    [InlineData("Qwen3-1.7B_Base", "qwen3 1.7b base")]
    [InlineData("  (GRPO).", "grpo")]
    [InlineData("DMControl  --  suite", "dmcontrol suite")]
    [InlineData("Loss", "loss")]
    [InlineData("RLHFs", "rlhf")]
    [InlineData("GPQA", "gpqa")]
    [InlineData("ABCs", "abc")]
    [InlineData("ﬁne-tuning", "fine tuning")]
    [InlineData("Straße", "strasse")]
    [InlineData("model\u2019s", "model'")]
    [InlineData("RL\u2013HF", "rl hf")]
    [InlineData("", "")]
    public void Normalise_FollowsScorePy(string name, string expected)
    {
        Assert.Equal(expected, ScoringName.Normalise(name));
    }

    [Fact]
    public void NormaliseTitle_KeepsOnlyAsciiLettersAndDigits()
    {
        Assert.Equal("rlpreinforcementasapretrainingobjective", ScoringName.NormaliseTitle("RLP: Reinforcement as a Pretraining Objective"));
        Assert.Equal("tlu3", ScoringName.NormaliseTitle("TÜLU 3"));
    }

    [Fact]
    public void Forms_DropTheEmptyForm()
    {
        var forms = ScoringName.Forms("RLVR", ["", "Reinforcement Learning with Verifiable Rewards", "..."]);

        Assert.Equal(["reinforcement learning with verifiable reward", "rlvr"], forms.Order(StringComparer.Ordinal));
    }
}
