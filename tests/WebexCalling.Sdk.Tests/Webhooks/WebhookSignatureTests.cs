using System.Text;
using WebexCalling.Sdk.Webhooks;

namespace WebexCalling.Sdk.Tests.Webhooks;

public class WebhookSignatureTests
{
    // computed independently: python3 -c "import hmac,hashlib; print(hmac.new(b'my-webhook-secret', BODY, hashlib.sha1).hexdigest())"
    internal const string Body = """{"id":"Y2lzY29zcGFyazovL3VzL1dFQkhPT0svMTIz","resource":"telephony_calls","event":"updated","data":{"eventType":"received"}}""";
    internal const string Secret = "my-webhook-secret";
    internal const string Signature = "23e7730b987f8b6fc509b9a2e920aa065e39fc0b";

    [Fact]
    public void Verify_KnownVector_IsTrue()
    {
        Assert.True(WebhookSignature.Verify(Body, Signature, Secret));
        Assert.True(WebhookSignature.Verify(Encoding.UTF8.GetBytes(Body), Signature, Secret));
    }

    [Fact]
    public void Verify_RfcStyleVector_IsTrue()
    {
        // hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.sha1).hexdigest()
        Assert.True(WebhookSignature.Verify("The quick brown fox jumps over the lazy dog", "de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9", "key"));
    }

    [Fact]
    public void Verify_UppercaseHexOrSurroundingSpace_IsTrue()
    {
        Assert.True(WebhookSignature.Verify(Body, " " + Signature.ToUpperInvariant() + " ", Secret));
    }

    [Fact]
    public void Verify_TamperedBody_IsFalse()
    {
        Assert.False(WebhookSignature.Verify(Body.Replace("received", "released", StringComparison.Ordinal), Signature, Secret));
    }

    [Fact]
    public void Verify_WrongSecret_IsFalse()
    {
        Assert.False(WebhookSignature.Verify(Body, Signature, "other-secret"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("23e7730b987f8b6fc509b9a2e920aa065e39fc0")] // one digit short
    [InlineData("23e7730b987f8b6fc509b9a2e920aa065e39fc0bb")] // one digit long
    [InlineData("zze7730b987f8b6fc509b9a2e920aa065e39fc0b")] // not hex
    [InlineData("sha1=23e7730b987f8b6fc509b9a2e920aa065e39fc0b")]
    public void Verify_MissingOrMalformedHeader_IsFalse(string? header)
    {
        Assert.False(WebhookSignature.Verify(Body, header, Secret));
    }

    [Fact]
    public void Sign_MatchesTheIndependentVector()
    {
        Assert.Equal(Signature, WebhookSignature.Sign(Body, Secret));
    }

    [Fact]
    public void Verify_EmptySecret_Throws()
    {
        Assert.Throws<ArgumentException>(() => WebhookSignature.Verify(Body, Signature, ""));
    }
}
