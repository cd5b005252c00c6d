using WebexCalling.Sdk.People;
using WebexCalling.Sdk.Rest;

namespace WebexCalling.Sdk.Tests.Rest;

public class QueryTests
{
    [Fact]
    public void ToString_FormatsValuesAsWebexExpects()
    {
        var query = new Query
        {
            ["skipped"] = null,
            ["flag"] = true,
            ["off"] = false,
            ["max"] = 100,
            ["id"] = new[] { "a", "b c" },
            ["since"] = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
            ["type"] = PhoneNumberType.WorkExtension,
            ["email"] = "a+b@example.com",
        };

        Assert.Equal("flag=true&off=false&max=100&id=a%2Cb%20c&since=2024-01-02T03%3A04%3A05.000Z&type=work_extension&email=a%2Bb%40example.com",
            query.ToString());
    }

    [Fact]
    public void Indexer_SettingNull_RemovesTheParameter()
    {
        var query = new Query { ["a"] = "1" };
        query["a"] = null;

        Assert.Equal(0, query.Count);
        Assert.False(query.Contains("a"));
    }

    [Fact]
    public void Indexer_EmptyList_IsLeftOut()
    {
        Assert.Equal("", new Query { ["id"] = Array.Empty<string>() }.ToString());
    }
}
