using System.Net;
using System.Text;
using WebexCalling.Sdk.Common;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony.AnnouncementsRepo;
using WebexCalling.Sdk.Telephony.CallQueue;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.AnnouncementsRepo;

/// <summary>api.Telephony.AnnouncementsRepo against the simulator's repositories (Endpoints/AnnouncementsEndpoints.cs).</summary>
public class AnnouncementsRepoSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private AnnouncementsRepositoryApi Repo => fixture.H.Api.Telephony.AnnouncementsRepo;

    /// <summary>A small WAV-like payload of the given size in bytes.</summary>
    internal static byte[] Wav(int bytes, byte fill = 7)
    {
        var data = new byte[bytes];
        Encoding.ASCII.GetBytes("RIFF").CopyTo(data, 0);
        for (int i = 4; i < bytes; i++) data[i] = fill;
        return data;
    }

    [Fact]
    public async Task UploadListDetailsModifyDelete_OrganisationRepository_ReadsBackEachStepThenIs404()
    {
        string id = await Repo.UploadAnnouncementAsync("Lobby greeting", Wav(3000), "lobby.wav");
        var listed = await Repo.ListAsync(fileName: "lobby.wav").ToListAsync();
        var details = await Repo.DetailsAsync(id);

        await Repo.ModifyAsync(id, "Lobby greeting (winter)", Wav(5000, fill: 9), "lobby_winter.wav");
        var modified = await Repo.DetailsAsync(id);
        var relisted = await Repo.ListAsync(name: "Lobby greeting (winter)").ToListAsync();

        await Repo.DeleteAsync(id);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Repo.DetailsAsync(id));
        var afterDelete = await Repo.ListAsync().ToListAsync();

        var item = Assert.Single(listed);
        Assert.Equal((id, "Lobby greeting", "lobby.wav", 3), (item.Id, item.Name, item.FileName, item.FileSize));
        Assert.Equal(MediaFileType.Wav, item.MediaFileType);
        Assert.Equal(AnnouncementLevel.Organization, item.Level);
        Assert.False(item.IsTextToSpeech);
        Assert.Null(item.Location);

        Assert.Equal(("Lobby greeting", "lobby.wav", 3), (details.Name, details.FileName, details.FileSize));
        Assert.Equal(0, details.FeatureReferenceCount);
        Assert.Empty(details.Playlists!);

        Assert.Equal(("Lobby greeting (winter)", "lobby_winter.wav", 5), (modified.Name, modified.FileName, modified.FileSize));
        Assert.True(modified.LastUpdated >= details.LastUpdated);
        Assert.Equal(id, Assert.Single(relisted).Id);

        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("Announcement not found.", gone.WebexMessage);
        Assert.False(string.IsNullOrEmpty(gone.TrackingId));
        Assert.DoesNotContain(afterDelete, a => a.Id == id);
    }

    [Fact]
    public async Task LocationRepository_UploadFromStream_IsListedThereWithUsageAndNotAtTheOrganisation()
    {
        string denver = fixture.LocationOfUser(8);
        var before = await Repo.UsageAsync(denver);
        using var audio = new MemoryStream(Wav(10 * 1024));

        string id = await Repo.UploadAnnouncementAsync("Denver queue intro", audio, "denver_intro.wav", locationId: denver);
        var atLocation = await Repo.ListAsync(locationId: denver).ToListAsync();
        var atOrg = await Repo.ListAsync().ToListAsync();
        var everywhere = await Repo.ListAsync(locationId: "all").ToListAsync();
        var details = await Repo.DetailsAsync(id, locationId: denver);
        var after = await Repo.UsageAsync(denver);
        var wrongLevel = await Assert.ThrowsAsync<WebexApiException>(() => Repo.DetailsAsync(id));
        await Repo.DeleteAsync(id, locationId: denver);
        var emptied = await Repo.UsageAsync(denver);

        var item = Assert.Single(atLocation, a => a.Id == id);
        Assert.Equal(AnnouncementLevel.Location, item.Level);
        Assert.Equal(denver, item.Location!.Id);
        Assert.Equal("Denver", item.Location.Name);
        Assert.DoesNotContain(atOrg, a => a.Id == id);
        Assert.Contains(everywhere, a => a.Id == id);
        Assert.Contains(everywhere, a => a.Level == AnnouncementLevel.Organization);
        Assert.Equal(("Denver queue intro", 10), (details.Name, details.FileSize));
        Assert.Equal(before.TotalFileSizeUsedKb + 10, after.TotalFileSizeUsedKb);
        Assert.Equal(before.TotalFileSizeUsedKb, emptied.TotalFileSizeUsedKb);
        Assert.Equal((9600, 120000, 1000), (after.MaxAudioFileSizeAllowedKb, after.MaxVideoFileSizeAllowedKb, after.TotalFileSizeLimitMb));
        Assert.Equal(HttpStatusCode.NotFound, wrongLevel.StatusCode);
    }

    [Fact]
    public async Task ListAsync_SeededFiles_FilterAndSortAsAsked()
    {
        var byName = await Repo.ListAsync(name: "Welcome").ToListAsync();
        var bySizeDescending = await Repo.ListAsync(order: "fileSize-desc").ToListAsync();
        var locationsOnly = await Repo.ListAsync(locationId: "locations").ToListAsync();
        var video = await Repo.ListAsync(fileType: "video").ToListAsync();

        Assert.Equal("welcome.wav", Assert.Single(byName).FileName);
        Assert.Equal(bySizeDescending.Select(a => a.FileSize).OrderDescending(), bySizeDescending.Select(a => a.FileSize));
        Assert.Contains(bySizeDescending, a => a.Name == "Hold Music");
        Assert.All(locationsOnly, a => Assert.Equal(AnnouncementLevel.Location, a.Level));
        Assert.Contains(locationsOnly, a => a.Name == "Austin Main Menu");
        Assert.Empty(video);
    }

    [Fact]
    public async Task UploadAnnouncementAsync_NotAnAudioFile_Is400WithTheReason()
    {
        var e = await Assert.ThrowsAsync<WebexApiException>(() => Repo.UploadAnnouncementAsync("Notes", Wav(100), "notes.txt"));

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Contains("Unsupported file type", e.WebexMessage);
    }

    [Fact]
    public async Task UploadAnnouncementAsync_UnknownLocation_Is404()
    {
        string unknown = Convert.ToBase64String(Encoding.UTF8.GetBytes("ciscospark://us/LOCATION/" + Guid.Empty)).TrimEnd('=');

        var e = await Assert.ThrowsAsync<WebexApiException>(() => Repo.UploadAnnouncementAsync("X", Wav(100), "x.wav", locationId: unknown));

        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        Assert.Equal("Location not found.", e.WebexMessage);
    }

    [Fact]
    public async Task DeleteAsync_AnnouncementOfAPlaylist_Is409AndKeepsIt()
    {
        var welcome = Assert.Single(await Repo.ListAsync(name: "Welcome").ToListAsync());

        var e = await Assert.ThrowsAsync<WebexApiException>(() => Repo.DeleteAsync(welcome.Id!));
        var still = await Repo.DetailsAsync(welcome.Id!);

        Assert.Equal(HttpStatusCode.Conflict, e.StatusCode);
        Assert.Contains("Hold Music", e.WebexMessage);
        Assert.Equal("Hold Music", Assert.Single(still.Playlists!).Name);
        // the playlist plays as music on hold of the first location
        Assert.Equal(1, still.FeatureReferenceCount);
        Assert.Equal("San Jose", still.FeatureReferences![0].LocationName);
    }
}
