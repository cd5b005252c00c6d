using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

/// <summary>Beyond the generated request tests (MonitoringApiRequestTests.g.cs).</summary>
public class MonitoringApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string JohnId = "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi85OWNlZjRmYS03YTM5LTQ1ZDItOTNmNi1jNjA5YTRiMjgzODY";
    private const string AliceId = "Y2lzY29zcGFyazovL3VzL1ZJUlRVQUxfTElORS83MGY2MzYzMC1mZjlmLTExZWItODU5YS0xZjhiYjRjNzc3OGg=";

    [Fact]
    public async Task ConfigureAsync_CallParkExtensionElement_IsSentAsItsId()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/monitoring").RespondJson(ApiHarness.Sample("person_monitoring"));
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/monitoring").Respond(HttpStatusCode.NoContent);
        var api = h.Api.PersonSettings.Monitoring;

        var monitoring = await api.ReadAsync(PersonId);
        var elements = monitoring.MonitoredElements!
            .Append(new MonitoredElement { Cpe = new MonitoredElementCpe { Id = "CPE1" } })
            .ToList();
        await api.ConfigureAsync(PersonId, monitoring with { CallParkNotificationEnabled = false, MonitoredElements = elements, AvailableEntriesCount = 48 });

        JsonAssert.Equal($$"""{"enableCallParkNotification": false, "monitoredElements": ["{{JohnId}}", "{{AliceId}}", "CPE1"]}""",
            h.Requests[^1].Body);
    }

    [Fact]
    public async Task ConfigureAsync_KeepsUnknownFields()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"people/{PersonId}/features/monitoring").RespondJson("""{"callParkNotificationEnabled": true, "monitoredElements": [], "x": 1}""");
        h.Mock.On(HttpMethod.Put, $"people/{PersonId}/features/monitoring").Respond(HttpStatusCode.NoContent);
        var api = h.Api.PersonSettings.Monitoring;

        await api.ConfigureAsync(PersonId, await api.ReadAsync(PersonId));

        JsonAssert.Equal("""{"enableCallParkNotification": true, "monitoredElements": [], "x": 1}""", h.Requests[^1].Body);
    }

    [Fact]
    public void GetAvailableMembersForMonitoringAsync_EmptyId_ThrowsAtTheCall()
    {
        using var h = new ApiHarness();

        Assert.Throws<ArgumentException>(() => h.Api.PersonSettings.Monitoring.GetAvailableMembersForMonitoringAsync(""));
    }
}
