using System.Text.Json;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.People;
using WebexCalling.Sdk.Tests.TestSupport;

namespace WebexCalling.Sdk.Tests.Common;

public class RoundTripTests
{
    [Fact]
    public async Task ReadModifyUpdate_UnknownFieldsAndEnumValues_AreSentBackUnchanged()
    {
        using var h = new ApiHarness();
        h.Mock.OnGet("people/P1").RespondJson("""
            {"id":"P1","displayName":"Ann","type":"robot","status":"onVacation",
             "phoneNumbers":[{"type":"satellite","value":"+1 555 0100","primary":true,"verified":true}],
             "pronouns":{"value":"she/her"},"futureFlag":true}
            """);
        h.Mock.On(HttpMethod.Put, "people/P1").RespondJson("""{"id":"P1"}""");

        var person = await h.Api.People.DetailsAsync("P1");
        await h.Api.People.UpdateAsync(person with { DisplayName = "Ann B." });

        var number = Assert.Single(person.PhoneNumbers!);
        Assert.Equal("satellite", number.NumberType!.Value.Value);
        Assert.False(number.NumberType.Value.IsKnown);
        Assert.Equal("robot", person.PersonType?.Value);
        // primary is not in the 2026 PUT schema, so the update leaves it out; unknown fields go back as read
        JsonAssert.Equal("""
            {"displayName":"Ann B.","phoneNumbers":[{"type":"satellite","value":"+1 555 0100","verified":true}],
             "pronouns":{"value":"she/her"},"futureFlag":true}
            """, h.Requests[1].Body);
    }

    [Fact]
    public void WireValue_KnownAndUnknown_CompareAndPrintByValue()
    {
        Assert.Equal(PhoneNumberType.Mobile, PhoneNumberType.FromWire("mobile"));
        Assert.True(PhoneNumberType.Mobile.IsKnown);
        Assert.NotEqual(PhoneNumberType.Mobile, PhoneNumberType.FromWire("Mobile"));
        Assert.Equal("pager", PhoneNumberType.FromWire("pager").ToString());
        Assert.Equal("\"DoNotDisturb\"", JsonSerializer.Serialize(PeopleStatus.DoNotDisturb, WebexJson.Default.Options));
    }

    [Theory]
    [InlineData("""{"invitePending":"true","loginEnabled":false}""", true, false)]
    [InlineData("""{"invitePending":false,"loginEnabled":"False"}""", false, false)]
    public void Booleans_AsStringsOrLiterals_AreRead(string json, bool invitePending, bool loginEnabled)
    {
        var person = JsonSerializer.Deserialize(json, WebexJson.Default.Person)!;

        Assert.Equal(invitePending, person.InvitePending);
        Assert.Equal(loginEnabled, person.LoginEnabled);
    }

    [Fact]
    public void Dates_AreWrittenAsWebexWritesThem()
    {
        var person = new Person { Created = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.FromHours(2)) };

        string json = JsonSerializer.Serialize(person, WebexJson.Default.Person);

        Assert.Equal("""{"created":"2024-05-01T10:00:00.000Z"}""", json);
    }

    [Theory]
    [InlineData("2024-02-24T07:22:23.494198Z")] // microseconds, as telephony settings answers carry them
    [InlineData("2024-02-24T07:22:23.494Z")]
    public void Dates_KeepTheirPrecisionOnTheWayBack(string timestamp)
    {
        var person = JsonSerializer.Deserialize($$$"""{"created":"{{{timestamp}}}"}""", WebexJson.Default.Person)!;

        Assert.Equal($$$"""{"created":"{{{timestamp}}}"}""", JsonSerializer.Serialize(person, WebexJson.Default.Person));
    }

    [Fact]
    public void WebexId_ToUuid_DecodesIdsAndLeavesOtherTextAlone()
    {
        Assert.Equal("f5b36187-c8dd-4727-8b2f-f9c447f29046",
            WebexId.ToUuid("Y2lzY29zcGFyazovL3VzL1BFT1BMRS9mNWIzNjE4Ny1jOGRkLTQ3MjctOGIyZi1mOWM0NDdmMjkwNDY"));
        Assert.Equal("not an id", WebexId.ToUuid("not an id"));
        Assert.Null(WebexId.ToUuid(null));
    }
}
