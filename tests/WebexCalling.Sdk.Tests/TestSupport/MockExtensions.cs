using System.Net;
using RichardSzalay.MockHttp;

namespace WebexCalling.Sdk.Tests.TestSupport;

public static class MockExtensions
{
    /// <summary>
    /// Answers requests whose method, path and query equal these exactly (the query compared as a set of decoded
    /// name/value pairs, so order does not matter, but a missing or extra parameter does).
    /// </summary>
    public static MockedRequest On(this MockHttpMessageHandler mock, HttpMethod method, string pathAndQuery) =>
        mock.When(method, "*").With(request => SameUrl(request.RequestUri!, new Uri(ApiHarness.Url(pathAndQuery))));

    /// <inheritdoc cref="On(MockHttpMessageHandler, HttpMethod, string)"/>
    public static MockedRequest OnGet(this MockHttpMessageHandler mock, string pathAndQuery) => mock.On(HttpMethod.Get, pathAndQuery);

    public static void RespondJson(this MockedRequest request, string json, HttpStatusCode status = HttpStatusCode.OK,
        params (string Name, string Value)[] headers) =>
        request.Respond(_ => ApiHarness.Json(status, json, headers));

    public static bool SameUrl(Uri actual, Uri expected) =>
        actual.GetLeftPart(UriPartial.Path) == expected.GetLeftPart(UriPartial.Path)
        && QuerySet(actual).SetEquals(QuerySet(expected));

    public static HashSet<string> QuerySet(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToHashSet();
}
