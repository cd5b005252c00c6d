using System.Text;
using WebexCalling.Sdk.Webhooks;

namespace WebexCalling.Sdk.Tests.Webhooks;

public class WebhookReceiverTests
{
    private const string Body = WebhookSignatureTests.Body;
    private const string Secret = WebhookSignatureTests.Secret;
    private const string Signature = WebhookSignatureTests.Signature;

    [Fact]
    public void VerifyAndParse_ValidSignatureViaLookup_ReturnsTheEvent()
    {
        var evt = WebhookReceiver.VerifyAndParse(Body, name => name == "X-Spark-Signature" ? Signature : null, Secret);

        Assert.Equal("Y2lzY29zcGFyazovL3VzL1dFQkhPT0svMTIz", evt.WebhookId);
        Assert.Equal("received", Assert.IsType<TelephonyEventData>(evt.Data).EventType);
    }

    [Fact]
    public void VerifyAndParse_DictionaryWithOtherHeaderCase_ReturnsTheEvent()
    {
        var headers = new Dictionary<string, string> { ["x-spark-signature"] = Signature, ["Content-Type"] = "application/json" };

        var evt = WebhookReceiver.VerifyAndParse(Encoding.UTF8.GetBytes(Body), headers, Secret);

        Assert.Equal(WebhookResource.TelephonyCalls, evt.Resource);
    }

    [Fact]
    public void VerifyAndParse_MissingHeader_ThrowsSignatureMissing()
    {
        var e = Assert.Throws<WebhookSignatureException>(() =>
            WebhookReceiver.VerifyAndParse(Body, new Dictionary<string, string>(), Secret));

        Assert.True(e.SignatureMissing);
        Assert.Contains("X-Spark-Signature", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyAndParse_WrongSignature_ThrowsWithoutTheSecretInTheMessage()
    {
        var e = Assert.Throws<WebhookSignatureException>(() =>
            WebhookReceiver.VerifyAndParse(Body, _ => Signature, "a-different-secret-value"));

        Assert.False(e.SignatureMissing);
        Assert.DoesNotContain("a-different-secret-value", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Signature, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyAndParse_TamperedBody_Throws()
    {
        Assert.Throws<WebhookSignatureException>(() =>
            WebhookReceiver.VerifyAndParse(Body.Replace("updated", "deleted", StringComparison.Ordinal), _ => Signature, Secret));
    }
}
