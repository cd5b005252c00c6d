using System.Net;
using WebexCalling.Sdk.IntegrationTests.Telephony.AnnouncementsRepo;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony.AnnouncementsRepo;
using WebexCalling.Sdk.Telephony.Playlists;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.Playlists;

/// <summary>api.Telephony.Playlist against the simulator: playlists of repository announcements, assigned to locations.</summary>
public class PlaylistsSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private PlayListApi Playlists => fixture.H.Api.Telephony.Playlist;
    private AnnouncementsRepositoryApi Repo => fixture.H.Api.Telephony.AnnouncementsRepo;

    [Fact]
    public async Task CreateReadModifyAssignDelete_ReadsBackEachStepThenIs404()
    {
        string first = await Repo.UploadAnnouncementAsync("Jingle", AnnouncementsRepoSdkTests.Wav(2048), "jingle.wav");
        string second = await Repo.UploadAnnouncementAsync("Promo", AnnouncementsRepoSdkTests.Wav(4096), "promo.wav");
        string austin = fixture.LocationOfUser(16), newYork = fixture.LocationOfUser(24);

        string id = await Playlists.CreateAsync("Spring hold", [first, second]);
        var created = await Playlists.DetailsAsync(id);
        var listed = await Playlists.ListAsync();
        await Playlists.ModifyAsync(id, name: "Spring hold music", announcementIds: [second, first]);
        var modified = await Playlists.DetailsAsync(id);
        await Playlists.ModifyAssignedLocationsAsync(id, [austin, newYork]);
        var locations = await Playlists.AssignedLocationsAsync(id);
        var usage = await Playlists.UsageAsync(id, PlaylistUsageType.Location);
        var featureUsage = await Playlists.UsageAsync(id, PlaylistUsageType.Feature);
        var inPlaylist = await Repo.DetailsAsync(first);
        var relisted = await Playlists.ListAsync();
        await Playlists.DeleteAsync(id);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Playlists.DetailsAsync(id));
        var freed = await Repo.DetailsAsync(first);

        Assert.Equal("Spring hold", created.Name);
        Assert.Equal([first, second], created.Announcements!.Select(a => a.Id));
        Assert.Equal((2, 6), (created.FileCount, created.FileSize));
        Assert.Equal("jingle.wav", created.Announcements![0].FileName);
        var summary = Assert.Single(listed, p => p.Id == id);
        Assert.Equal((2, false, 0), (summary.FileCount, summary.IsInUse, summary.LocationCount));

        Assert.Equal("Spring hold music", modified.Name);
        Assert.Equal([second, first], modified.Announcements!.Select(a => a.Id));
        Assert.Equal([austin, newYork], locations.Select(l => l.Id));
        Assert.Equal(["Austin", "New York"], locations.Select(l => l.Name));
        Assert.Equal([austin, newYork], usage.Locations!.Select(l => l.Id));
        Assert.Equal("MUSIC_ON_HOLD", usage.Locations![0].FeatureReference!.Type);
        Assert.Empty(featureUsage.Locations!);
        Assert.Equal("Spring hold music", Assert.Single(inPlaylist.Playlists!).Name);
        Assert.Equal(2, inPlaylist.FeatureReferenceCount);
        var inUse = Assert.Single(relisted, p => p.Id == id);
        Assert.Equal((true, 2), (inUse.IsInUse, inUse.LocationCount));

        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("Playlist not found.", gone.WebexMessage);
        Assert.False(string.IsNullOrEmpty(gone.TrackingId));
        Assert.Empty(freed.Playlists!);
    }

    [Fact]
    public async Task CreateAsync_UnknownAnnouncement_Is400()
    {
        string unknown = Convert.ToBase64String("ciscospark://us/ANNOUNCEMENT/00000000-0000-0000-0000-000000000001"u8.ToArray()).TrimEnd('=');

        var e = await Assert.ThrowsAsync<WebexApiException>(() => Playlists.CreateAsync("Broken", [unknown]));

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Contains("Announcement not found", e.WebexMessage);
    }

    [Fact]
    public async Task CreateAsync_MoreThan25Announcements_Is400()
    {
        string one = await Repo.UploadAnnouncementAsync("Tick", AnnouncementsRepoSdkTests.Wav(100), "tick.wav");

        var e = await Assert.ThrowsAsync<WebexApiException>(() => Playlists.CreateAsync("Too long", Enumerable.Repeat(one, 26).ToList()));

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Contains("at most 25", e.WebexMessage);
    }

    [Fact]
    public async Task CreateAsync_NameOfTheSeededPlaylist_Is409()
    {
        var seeded = Assert.Single(await Playlists.ListAsync(), p => p.Name == "Hold Music");
        var details = await Playlists.DetailsAsync(seeded.Id!);

        var e = await Assert.ThrowsAsync<WebexApiException>(() =>
            Playlists.CreateAsync("Hold Music", details.Announcements!.Select(a => a.Id!).ToList()));

        Assert.Equal(HttpStatusCode.Conflict, e.StatusCode);
        Assert.Equal(["San Jose"], (await Playlists.AssignedLocationsAsync(seeded.Id!)).Select(l => l.Name));
    }
}
