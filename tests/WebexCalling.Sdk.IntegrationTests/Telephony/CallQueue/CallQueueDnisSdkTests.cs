using System.Net;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.CallQueue;

using WebexCalling.Sdk.Telephony.CallQueue;

/// <summary>api.Telephony.CallQueue.Dnis (CRUD, settings, announcements, available numbers) against the simulator.</summary>
public class CallQueueDnisSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private CallQueueDnisApi Dnis => fixture.H.Api.Telephony.CallQueue.Dnis;

    [Fact]
    public async Task Dnis_CreateListDetailsModifyDelete()
    {
        var (location, queue) = await fixture.CreateQueueAsync(16, "Austin campaigns", "3070");

        string first = await Dnis.CreateAsync(location, queue, "Spring campaign", RingPattern.LongLong, extension: "3071");
        string second = await Dnis.CreateAsync(location, queue, "Fall campaign", RingPattern.ShortShortLong, extension: "3072");
        var list = await Dnis.ListAsync(location, queue);
        var details = await Dnis.DetailsAsync(location, queue, first);
        await Dnis.ModifyAsync(location, queue, first, details with { Name = "Summer campaign", RingPattern = RingPattern.Normal });
        var modified = await Dnis.DetailsAsync(location, queue, first);
        await Dnis.DeleteAsync(location, queue, first);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Dnis.DetailsAsync(location, queue, first));
        await Dnis.BulkDeleteAsync(location, queue, [second]);
        var empty = await Dnis.ListAsync(location, queue);

        Assert.Equal(["Spring campaign", "Fall campaign"], list.Select(d => d.Name));
        Assert.Equal([first, second], list.Select(d => d.Id));
        Assert.Equal(RingPattern.ShortShortLong, list[1].RingPattern);
        Assert.Equal(first, details.Id);
        Assert.Equal("3071", details.Extension);
        Assert.Equal(RingPattern.LongLong, details.RingPattern);
        Assert.Equal("Summer campaign", modified.Name);
        Assert.Equal(RingPattern.Normal, modified.RingPattern);
        Assert.Equal("3071", modified.Extension);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Empty(empty);
    }

    [Fact]
    public async Task DnisSettings_ModifyThenRead()
    {
        var (location, queue) = await fixture.CreateQueueAsync(17, "Austin dnis settings", "3073");

        var before = await Dnis.GetSettingsAsync(location, queue);
        await Dnis.ModifySettingsAsync(location, queue, before with { DistinctiveRingingEnabled = true });
        var after = await Dnis.GetSettingsAsync(location, queue);

        Assert.False(before.DistinctiveRingingEnabled);
        Assert.True(after.DistinctiveRingingEnabled);
        Assert.Equal(before.DisplayDnisNameAndNumberEnabled, after.DisplayDnisNameAndNumberEnabled);
    }

    [Fact]
    public async Task DnisAnnouncements_ModifyThenRead()
    {
        var (location, queue) = await fixture.CreateQueueAsync(18, "Austin dnis announcements", "3074");
        string dnis = await Dnis.CreateAsync(location, queue, "Promo", RingPattern.Normal, extension: "3075");

        var before = await Dnis.GetAnnouncementsAsync(location, queue, dnis);
        await Dnis.ModifyAnnouncementsAsync(location, queue, dnis, before with
        {
            CustomDnisAnnouncementSettingsEnabled = true,
            WelcomeMessage = before.WelcomeMessage! with { Enabled = true, AlwaysEnabled = true },
        });
        var after = await Dnis.GetAnnouncementsAsync(location, queue, dnis);
        var details = await Dnis.DetailsAsync(location, queue, dnis);

        Assert.False(before.CustomDnisAnnouncementSettingsEnabled);
        Assert.NotNull(before.WelcomeMessage);
        Assert.True(after.CustomDnisAnnouncementSettingsEnabled);
        Assert.True(after.WelcomeMessage!.Enabled);
        Assert.True(after.WelcomeMessage.AlwaysEnabled);
        Assert.Equal(before.ComfortMessage?.Enabled, after.ComfortMessage?.Enabled);
        Assert.True(details.CustomDnisAnnouncementSettingsEnabled);
    }

    [Fact]
    public async Task AvailablePhoneNumbersAsync_AreOfTheLocation()
    {
        string denver = fixture.LocationOf(8);

        var numbers = await Dnis.AvailablePhoneNumbersAsync(denver).ToListAsync();

        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.StartsWith("+1303555", n.PhoneNumber, StringComparison.Ordinal));
    }
}
