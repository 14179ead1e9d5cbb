using System.Text;
using System.Text.Json;
using PaperGraph.Neo4j;

namespace PaperGraph.Tests.Neo4j;

public sealed class QueryApiJsonTests
{
    private static string ParameterText(object? value)
    {
        var body = Encoding.UTF8.GetString(QueryApiJson.Request("RETURN $v", new Dictionary<string, object?> { ["v"] = value }));
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.GetProperty("parameters").GetProperty("v").GetRawText();
    }

    [Theory]
    [InlineData(4.0, "4.0")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(1e20, "1E+20")]
    [InlineData(0.1, "0.1")]
    public void Request_Doubles_KeepAFractionOrExponentSoNeo4jReadsAFloat(double value, string expected)
    {
        Assert.Equal(expected, ParameterText(value));
    }

    [Fact]
    public void Request_IntegersListsMapsAndNull_AreWrittenAsJson()
    {
        Assert.Equal("4", ParameterText(4));
        Assert.Equal("null", ParameterText(null));
        Assert.Equal("""["a",1,true]""", ParameterText(new object?[] { "a", 1, true }));
        Assert.Equal("""{"k":[2.0]}""", ParameterText(new Dictionary<string, object?> { ["k"] = new[] { 2.0 } }));
    }

    [Fact]
    public void Request_NotANumber_IsRefusedRatherThanSentAsSomethingElse()
    {
        Assert.Throws<ArgumentException>(() => ParameterText(double.NaN));
    }

    [Fact]
    public void Request_UnsupportedType_IsRefusedNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => ParameterText(DateTime.UnixEpoch));
        Assert.Contains("DateTime", ex.Message);
    }
}
