using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

// People have no official example answers for this feature; the workspace examples have the same shape.
public class SelectiveAcceptApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string CriteriaId = "Y2lzY29zcGFyazovL3VzL0NSSVRFUklBLzg2NTAxZDFlLTg1MWMtNDgwYi1hZmE2LTA5MTU4NzQ3NzdmZQ";
    private const string Path = $"telephony/config/people/{PersonId}/selectiveAccept";

    [Fact]
    public async Task ReadAsync_OfficialExample_ParsesCriteriaSummary()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Path}?orgId=O1").RespondJson(ApiHarness.Sample("selective_accept"));

        var settings = await h.Api.PersonSettings.SelectiveAccept.ReadAsync(PersonId, orgId: "O1");

        Assert.True(settings.Enabled);
        var crit = Assert.Single(settings.Criteria!);
        Assert.Equal(CriteriaId, crit.Id);
        Assert.Equal("Business Vacation", crit.ScheduleName);
        Assert.Equal(SelectiveSource.AllNumbers, crit.Source);
        Assert.True(crit.Enabled);
    }

    [Fact]
    public async Task ConfigureAsync_DoesNotSendCriteria()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, Path).Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.SelectiveAccept.ConfigureAsync(PersonId,
            new SelectiveAccept { Enabled = false, Criteria = [new SelectiveAcceptCrit { Id = CriteriaId }] });

        JsonAssert.Equal("""{"enabled": false}""", h.Single().Body);
    }

    [Fact]
    public async Task ReadCriteriaAsync_OfficialExample_ParsesCriteria()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Path}/criteria/{CriteriaId}").RespondJson(ApiHarness.Sample("selective_accept_criteria"));

        var crit = await h.Api.PersonSettings.SelectiveAccept.ReadCriteriaAsync(PersonId, CriteriaId);

        Assert.True(crit.Enabled);
        Assert.Equal(SelectiveFrom.AnyPhoneNumber, crit.CallsFrom);
        Assert.Equal(SelectiveScheduleLevel.Group, crit.ScheduleLevel);
        Assert.Equal(ScheduleType.Holidays, crit.ScheduleType);
        Assert.Equal(["+19075552859", "+19186663950"], crit.PhoneNumbers!);
        Assert.True(crit.AnonymousCallersEnabled);
        Assert.True(crit.UnavailableCallersEnabled);
    }

    [Fact]
    public async Task ReadThenConfigureCriteria_SendsAcceptEnabledWithoutId_UnknownValuesSurvive()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Path}/criteria/{CriteriaId}").RespondJson($$"""
            {"id": "{{CriteriaId}}", "callsFrom": "ANY_VIP", "acceptEnabled": true, "ringPattern": "short"}
            """);
        h.Mock.On(HttpMethod.Put, $"{Path}/criteria/{CriteriaId}?orgId=O1").Respond(HttpStatusCode.NoContent);

        var crit = await h.Api.PersonSettings.SelectiveAccept.ReadCriteriaAsync(PersonId, CriteriaId);
        await h.Api.PersonSettings.SelectiveAccept.ConfigureCriteriaAsync(PersonId, CriteriaId, crit with { Enabled = false }, orgId: "O1");

        JsonAssert.Equal("""{"callsFrom": "ANY_VIP", "acceptEnabled": false, "ringPattern": "short"}""", h.Requests[1].Body);
    }

    [Fact]
    public async Task CreateCriteriaAsync_PostsAndReturnsId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, $"{Path}/criteria").RespondJson(ApiHarness.Sample("selective_accept_criteria_create"));

        string id = await h.Api.PersonSettings.SelectiveAccept.CreateCriteriaAsync(PersonId, new SelectiveAcceptCriteria
        {
            ScheduleName = "Business Vacation", ScheduleType = ScheduleType.Holidays, ScheduleLevel = SelectiveScheduleLevel.Group,
            CallsFrom = SelectiveFrom.SelectPhoneNumbers, PhoneNumbers = ["+19075552859"], Enabled = true,
        });

        Assert.Equal(CriteriaId, id);
        JsonAssert.Equal("""
            {"scheduleName": "Business Vacation", "scheduleType": "holidays", "scheduleLevel": "GROUP",
             "callsFrom": "SELECT_PHONE_NUMBERS", "phoneNumbers": ["+19075552859"], "acceptEnabled": true}
            """, h.Single().Body);
    }

    [Fact]
    public async Task DeleteCriteriaAsync_DeletesOneCriteria()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Delete, $"{Path}/criteria/{CriteriaId}").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.SelectiveAccept.DeleteCriteriaAsync(PersonId, CriteriaId);

        Assert.Equal(HttpMethod.Delete, h.Single().Method);
    }

    [Fact]
    public async Task ReadCriteriaAsync_EmptyCriteriaId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.PersonSettings.SelectiveAccept.ReadCriteriaAsync(PersonId, ""));

        Assert.Empty(h.Requests);
    }
}
