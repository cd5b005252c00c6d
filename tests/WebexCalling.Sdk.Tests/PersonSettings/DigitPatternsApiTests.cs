using System.Net;
using RichardSzalay.MockHttp;
using WebexCalling.Sdk.PersonSettings;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.PersonSettings;

public class DigitPatternsApiTests
{
    private const string PersonId = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMjM0";
    private const string PatternId = "Y2lzY29zcGFyazovL3VzL0RJR0lUX1BBVFRFUk4vMQ";
    private const string Path = $"telephony/config/people/{PersonId}/outgoingPermission/digitPatterns";

    // no official example for people: shaped like the reference's UserOutgoingPermissionDigitPatternGetListObject
    private const string ListAnswer = $$"""
        {"useCustomDigitPatterns": true,
         "digitPatterns": [{"id": "{{PatternId}}", "name": "Premium", "pattern": "1900XXXXXXX", "action": "BLOCK", "transferEnabled": false}]}
        """;

    [Fact]
    public async Task GetDigitPatternsAsync_ParsesPatterns()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Path}?orgId=O1").RespondJson(ListAnswer);

        var patterns = await h.Api.PersonSettings.PermissionsOut.DigitPatterns.GetDigitPatternsAsync(PersonId, orgId: "O1");

        Assert.True(patterns.UseCustomDigitPatterns);
        var pattern = Assert.Single(patterns.Patterns!);
        Assert.Equal(PatternId, pattern.Id);
        Assert.Equal("1900XXXXXXX", pattern.Pattern);
        Assert.Equal(OutgoingPermissionAction.Block, pattern.Action);
        Assert.False(pattern.TransferEnabled);
    }

    [Fact]
    public async Task DetailsAsync_ReadsOnePattern()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Path}/{PatternId}").RespondJson($$"""
            {"id": "{{PatternId}}", "name": "Premium", "pattern": "1900XXXXXXX", "action": "TRANSFER_NUMBER_2", "transferEnabled": true}
            """);

        var pattern = await h.Api.PersonSettings.PermissionsOut.DigitPatterns.DetailsAsync(PersonId, PatternId);

        Assert.Equal("Premium", pattern.Name);
        Assert.Equal(OutgoingPermissionAction.TransferNumber2, pattern.Action);
    }

    [Fact]
    public async Task CreateAsync_PostsWithoutIdAndReturnsNewId()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Post, Path).RespondJson($$"""{"id": "{{PatternId}}"}""", HttpStatusCode.Created);

        string id = await h.Api.PersonSettings.PermissionsOut.DigitPatterns.CreateAsync(PersonId, new DigitPattern
        {
            Id = "ignored", Name = "Premium", Pattern = "1900XXXXXXX", Action = OutgoingPermissionAction.Block, TransferEnabled = false,
        });

        Assert.Equal(PatternId, id);
        JsonAssert.Equal("""{"name": "Premium", "pattern": "1900XXXXXXX", "action": "BLOCK", "transferEnabled": false}""", h.Single().Body);
    }

    [Fact]
    public async Task UpdateCategoryControlSettingsAsync_SendsFlag()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Put, $"{Path}?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.PermissionsOut.DigitPatterns.UpdateCategoryControlSettingsAsync(PersonId, true, orgId: "O1");

        JsonAssert.Equal("""{"useCustomDigitPatterns": true}""", h.Single().Body);
    }

    [Fact]
    public async Task ReadThenUpdate_UnknownFieldAndAction_AreSentBackWithoutId()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet($"{Path}/{PatternId}").RespondJson($$"""
            {"id": "{{PatternId}}", "name": "P", "pattern": "9", "action": "QUARANTINE", "priority": 3}
            """);
        h.Mock.On(HttpMethod.Put, $"{Path}/{PatternId}").Respond(HttpStatusCode.NoContent);

        var pattern = await h.Api.PersonSettings.PermissionsOut.DigitPatterns.DetailsAsync(PersonId, PatternId);
        await h.Api.PersonSettings.PermissionsOut.DigitPatterns.UpdateAsync(PersonId, PatternId, pattern with { Name = "Q" });

        Assert.Equal(HttpMethod.Put, h.Requests[1].Method);
        JsonAssert.Equal("""{"name": "Q", "pattern": "9", "action": "QUARANTINE", "priority": 3}""", h.Requests[1].Body);
    }

    [Fact]
    public async Task DeleteAsync_DeletesOnePattern()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Delete, $"{Path}/{PatternId}?orgId=O1").Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.PermissionsOut.DigitPatterns.DeleteAsync(PersonId, PatternId, orgId: "O1");

        Assert.Equal(HttpMethod.Delete, h.Single().Method);
    }

    [Fact]
    public async Task DeleteAllAsync_DeletesTheCollection()
    {
        using var h = new ApiHarness();
        h.Mock.On(HttpMethod.Delete, Path).Respond(HttpStatusCode.NoContent);

        await h.Api.PersonSettings.PermissionsOut.DigitPatterns.DeleteAllAsync(PersonId);

        Assert.Equal(HttpMethod.Delete, h.Single().Method);
    }

    [Fact]
    public async Task DetailsAsync_EmptyPatternId_ThrowsBeforeAnyRequest()
    {
        using var h = new ApiHarness();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Api.PersonSettings.PermissionsOut.DigitPatterns.DetailsAsync(PersonId, ""));

        Assert.Empty(h.Requests);
    }
}
