using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (CallInterceptApiRequestTests.g.cs).</summary>
public class CallInterceptApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";

    [Fact]
    public async Task GreetingAsync_Stream_PostsOneWavPartAsMultipart()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"people/{PersonId}/features/intercept/actions/announcementUpload/invoke?orgId=O1")
            .Respond(HttpStatusCode.NoContent);
        using var audio = new MemoryStream("RIFFdata"u8.ToArray());

        await h.Api.PersonSettings.CallIntercept.GreetingAsync(PersonId, audio, "closed.wav", orgId: "O1");

        var post = h.Single();
        Assert.Equal(HttpMethod.Post, post.Method);
        Assert.StartsWith("multipart/form-data; boundary=", post.Headers["Content-Type"]);
        Assert.Contains("Content-Disposition: form-data; name=\"file\"; filename=\"closed.wav\"", post.Body);
        Assert.Contains("Content-Type: audio/wav\r\n\r\nRIFFdata\r\n--", post.Body);
    }

    [Fact]
    public async Task GreetingAsync_Path_UploadsTheFileUnderItsOwnName()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"people/{PersonId}/features/intercept/actions/announcementUpload/invoke")
            .Respond(HttpStatusCode.NoContent);
        string dir = Directory.CreateTempSubdirectory().FullName;
        string path = Path.Combine(dir, "holiday.wav");
        await File.WriteAllBytesAsync(path, "RIFFwave"u8.ToArray());
        try
        {
            await h.Api.PersonSettings.CallIntercept.GreetingAsync(PersonId, path);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        Assert.Contains("filename=\"holiday.wav\"", h.Single().Body);
        Assert.Contains("RIFFwave", h.Single().Body);
    }

    [Fact]
    public async Task GreetingAsync_NullStream_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentNullException>(() =>
            h.Api.PersonSettings.CallIntercept.GreetingAsync(PersonId, (Stream)null!, "a.wav"));

        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task GreetingAsync_QuoteInFileName_CannotBreakThePartHeader()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"people/{PersonId}/features/intercept/actions/announcementUpload/invoke")
            .Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.CallIntercept.GreetingAsync(PersonId, "RIFF"u8.ToArray(), "a\"b\r\nX: y.wav");

        Assert.Contains("filename=\"a_b__X: y.wav\"\r\n", h.Single().Body);
    }
}
