using System.Net;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;

namespace WebexCalling.Sdk.IntegrationTests.PersonSettings;

/// <summary>Voicemail through the SDK against the simulator: settings, greeting uploads, passcode and PIN reset.</summary>
public class VoicemailSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private VoicemailApi Voicemail => fixture.H.Api.PersonSettings.Voicemail;

    private static readonly byte[] Wav = [.. "RIFF"u8, 0, 0, 0, 0, .. "WAVE"u8];

    private static readonly string UnknownPerson =
        Convert.ToBase64String("ciscospark://us/PEOPLE/00000000-0000-4000-8000-000000000000"u8.ToArray()).TrimEnd('=');

    [Fact]
    public async Task Configure_SendAllCallsNotificationsAndRings_ReadsThemBackAndKeepsTheRest()
    {
        string id = fixture.UserId(0);
        var before = await Voicemail.ReadAsync(id);
        var changed = before with
        {
            SendAllCalls = before.SendAllCalls! with { Enabled = true },
            SendUnansweredCalls = before.SendUnansweredCalls! with { NumberOfRings = 4 },
            Notifications = before.Notifications! with { Enabled = true, Destination = "alerts@example.com" },
            MessageStorage = before.MessageStorage! with { MwiEnabled = false },
        };

        await Voicemail.ConfigureAsync(id, changed);
        var after = await Voicemail.ReadAsync(id);

        Assert.True(before.Enabled);
        Assert.False(before.SendAllCalls!.Enabled);
        Assert.Equal(Greeting.Default, before.SendBusyCalls!.Greeting);
        Assert.Equal(3, before.SendUnansweredCalls!.NumberOfRings);
        Assert.Equal(15, before.SendUnansweredCalls.SystemMaxNumberOfRings);
        Assert.Equal(VoicemailStorageType.Internal, before.MessageStorage!.StorageType);
        SettingsAssert.Same(changed, after);
        Assert.False((await Voicemail.ReadAsync(fixture.UserId(1))).SendAllCalls!.Enabled);
    }

    [Fact]
    public async Task BusyGreetingUploads_AllThreeForms_MarkTheBusyGreetingUploaded()
    {
        string id = fixture.UserId(2);
        string file = Path.Combine(Path.GetTempPath(), $"settings1-busy-{Guid.NewGuid():N}.wav");
        await File.WriteAllBytesAsync(file, Wav);
        try
        {
            var before = await Voicemail.ReadAsync(id);
            await Voicemail.ConfigureBusyGreetingAsync(id, Wav.AsMemory(), "busy.wav");
            var afterBytes = await Voicemail.ReadAsync(id);
            using (var stream = new MemoryStream(Wav)) await Voicemail.ConfigureBusyGreetingAsync(id, stream, "busy.wav");
            await Voicemail.ConfigureBusyGreetingAsync(id, file);
            await Voicemail.ConfigureAsync(id, afterBytes with
            {
                SendBusyCalls = afterBytes.SendBusyCalls! with { Greeting = Greeting.Custom },
            });
            var after = await Voicemail.ReadAsync(id);

            Assert.False(before.SendBusyCalls!.GreetingUploaded);
            Assert.True(afterBytes.SendBusyCalls!.GreetingUploaded);
            Assert.False(afterBytes.SendUnansweredCalls!.GreetingUploaded);
            Assert.True(after.SendBusyCalls!.GreetingUploaded);
            Assert.Equal(Greeting.Custom, after.SendBusyCalls.Greeting);
            Assert.Equal(Greeting.Default, after.SendUnansweredCalls!.Greeting);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task NoAnswerGreetingUploads_AllThreeForms_MarkTheNoAnswerGreetingUploaded()
    {
        string id = fixture.UserId(3);
        string file = Path.Combine(Path.GetTempPath(), $"settings1-noanswer-{Guid.NewGuid():N}.wav");
        await File.WriteAllBytesAsync(file, Wav);
        try
        {
            using (var stream = new MemoryStream(Wav)) await Voicemail.ConfigureNoAnswerGreetingAsync(id, stream, "no-answer.wav");
            var afterStream = await Voicemail.ReadAsync(id);
            await Voicemail.ConfigureNoAnswerGreetingAsync(id, Wav.AsMemory(), "no-answer.wav");
            await Voicemail.ConfigureNoAnswerGreetingAsync(id, file);
            var after = await Voicemail.ReadAsync(id);

            Assert.True(afterStream.SendUnansweredCalls!.GreetingUploaded);
            Assert.False(afterStream.SendBusyCalls!.GreetingUploaded);
            Assert.True(after.SendUnansweredCalls!.GreetingUploaded);
            Assert.False((await Voicemail.ReadAsync(fixture.UserId(4))).SendUnansweredCalls!.GreetingUploaded);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("1551234")]
    [InlineData("135668")]
    [InlineData("123456789012345678901234567890")]
    public async Task ModifyPasscode_SixToThirtyDigits_Accepted_SettingsUntouched(string passcode)
    {
        string id = fixture.UserId(5);
        var before = await Voicemail.ReadAsync(id);

        await Voicemail.ModifyPasscodeAsync(id, passcode);
        var after = await Voicemail.ReadAsync(id);

        SettingsAssert.Same(before, after);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    public async Task Configure_RingsOutsideTwoToTheSystemMaximum_RejectedAndNothingChanged(int rings)
    {
        string id = fixture.UserId(7);
        var before = await Voicemail.ReadAsync(id);

        var error = await Assert.ThrowsAsync<WebexApiException>(() => Voicemail.ConfigureAsync(id, before with
        {
            Enabled = !before.Enabled,
            SendUnansweredCalls = before.SendUnansweredCalls! with { NumberOfRings = rings },
        }));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("numberOfRings must be between 2 and 15", error.WebexMessage);
        SettingsAssert.Same(before, await Voicemail.ReadAsync(id));
        await Voicemail.ConfigureAsync(id, before with { SendUnansweredCalls = before.SendUnansweredCalls! with { NumberOfRings = 15 } });
        Assert.Equal(15, (await Voicemail.ReadAsync(id)).SendUnansweredCalls!.NumberOfRings);
    }

    [Theory]
    [InlineData("abc123")]
    [InlineData("12345")]
    [InlineData("1234567890123456789012345678901")]
    public async Task ModifyPasscode_NotSixToThirtyDigits_RejectedWithWebexError(string passcode)
    {
        string id = fixture.UserId(5);

        var error = await Assert.ThrowsAsync<WebexApiException>(() => Voicemail.ModifyPasscodeAsync(id, passcode));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal(HttpMethod.Put.Method, error.Method);
        Assert.False(string.IsNullOrEmpty(error.WebexMessage));
    }

    [Fact]
    public async Task ResetPin_KnownPersonSucceeds_UnknownPersonIs404()
    {
        string id = fixture.UserId(6);
        var before = await Voicemail.ReadAsync(id);

        await Voicemail.ResetPinAsync(id);
        var error = await Assert.ThrowsAsync<WebexApiException>(() => Voicemail.ResetPinAsync(UnknownPerson));
        var after = await Voicemail.ReadAsync(id);

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(HttpMethod.Post.Method, error.Method);
        SettingsAssert.Same(before, after);
    }
}
