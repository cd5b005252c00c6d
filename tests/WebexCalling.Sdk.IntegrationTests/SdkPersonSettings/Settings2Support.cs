using System.Net;
using System.Text.Json;
using WebexCalling.Sdk.Common;

namespace WebexCalling.Sdk.IntegrationTests.SdkPersonSettings;

/// <summary>Assertions shared by the Settings2 tests: whole-model comparison through the SDK's own JSON contract.</summary>
internal static class Settings2Assert
{
    /// <summary>The model as the SDK serialises it (null fields left out), so that two reads can be compared whole.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, typeof(T), WebexJson.Default);

    /// <summary>The re-read equals the first read with the intended change applied: the change is there, nothing else moved.</summary>
    public static void Same<T>(T expected, T actual) => Assert.Equal(Json(expected), Json(actual));

    /// <summary>The call fails with a WebexApiException of status 404.</summary>
    public static async Task NotFoundAsync(Func<Task> call)
    {
        var e = await Assert.ThrowsAsync<WebexApiException>(call);
        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
    }
}
