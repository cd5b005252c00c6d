using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// The announcement repository (the organisation's and each location's: upload as multipart or by file URI, list,
/// details, modify, delete, usage), the announcement playlists that reference its files, and text-to-speech generations
/// whose file URI an upload takes. Shapes: the 2026 reference (features-announcement-repository.yml,
/// features-announcement-playlist.yml).
/// </summary>
internal static class AnnouncementsEndpoints
{
    private const string OrgRepo = "/telephony/config/announcements";
    private const string LocationRepo = "/telephony/config/locations/{locationId}/announcements";
    private const string Playlists = "/telephony/config/announcements/playlists";
    private const string Tts = "/telephony/config/textToSpeech";

    // the reference's schema examples of the repository limits
    private const int MaxAudioFileSizeKb = 9600;
    private const int MaxVideoFileSizeKb = 120000;
    private const int TotalFileSizeLimitMb = 1000;
    private const int MaxPlaylistAnnouncements = 25;
    private const int MaxTextToSpeechCalls = 150;

    private static readonly string[] AudioTypes = ["WAV", "WMA", "3GP"];

    /// <summary>The voices of the text-to-speech service (the reference's example and a few more).</summary>
    private static readonly (string Id, string Label)[] Voices =
        [("ashley", "Ashley-Female"), ("steve", "Steve-Male"), ("olivia", "Olivia-Female"), ("james", "James-Male")];

    /// <summary>The languages the simulated voices speak; another language code makes a generation fail.</summary>
    private static readonly HashSet<string> TtsLanguages = new(StringComparer.OrdinalIgnoreCase)
        { "en_us", "en_gb", "en_au", "es_es", "fr_fr", "fr_ca", "de_de", "it_it", "pt_br", "ja_jp" };

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        // playlists first: their literal segment must win over {announcementId}
        app.MapGet(Playlists, (HttpContext context) => ListPlaylists(context, state));
        app.MapPost(Playlists, (Func<HttpContext, Task<IResult>>)(context => CreatePlaylistAsync(context, state)));
        app.MapGet($"{Playlists}/{{playlistId}}", (HttpContext context, string playlistId) => PlaylistDetails(context, state, playlistId));
        app.MapPut($"{Playlists}/{{playlistId}}", (HttpContext context, string playlistId) => ModifyPlaylistAsync(context, state, playlistId));
        app.MapDelete($"{Playlists}/{{playlistId}}", (HttpContext context, string playlistId) => DeletePlaylist(context, state, playlistId));
        app.MapGet($"{Playlists}/{{playlistId}}/locations", (HttpContext context, string playlistId) => PlaylistLocations(context, state, playlistId));
        app.MapPut($"{Playlists}/{{playlistId}}/locations", (HttpContext context, string playlistId) => AssignPlaylistAsync(context, state, playlistId));
        app.MapGet($"{Playlists}/{{playlistId}}/usage", (HttpContext context, string playlistId) => PlaylistUsage(context, state, playlistId));

        // the repository, at the organisation and at a location
        app.MapGet(OrgRepo, (HttpContext context) => List(context, state));
        app.MapPost(OrgRepo, (Func<HttpContext, Task<IResult>>)(context => UploadAsync(context, state, null)));
        app.MapPost(LocationRepo, (HttpContext context, string locationId) => UploadAsync(context, state, locationId));
        app.MapGet($"{OrgRepo}/usage", (HttpContext context) => Usage(context, state, null));
        app.MapGet($"{LocationRepo}/usage", (HttpContext context, string locationId) => Usage(context, state, locationId));
        app.MapGet($"{OrgRepo}/{{announcementId}}", (HttpContext context, string announcementId) => Details(context, state, null, announcementId));
        app.MapGet($"{LocationRepo}/{{announcementId}}", (HttpContext context, string locationId, string announcementId) =>
            Details(context, state, locationId, announcementId));
        app.MapPut($"{OrgRepo}/{{announcementId}}", (HttpContext context, string announcementId) => ModifyAsync(context, state, null, announcementId));
        app.MapPut($"{LocationRepo}/{{announcementId}}", (HttpContext context, string locationId, string announcementId) =>
            ModifyAsync(context, state, locationId, announcementId));
        app.MapDelete($"{OrgRepo}/{{announcementId}}", (HttpContext context, string announcementId) => Delete(context, state, null, announcementId));
        app.MapDelete($"{LocationRepo}/{{announcementId}}", (HttpContext context, string locationId, string announcementId) =>
            Delete(context, state, locationId, announcementId));

        // text-to-speech
        app.MapPost($"{Tts}/actions/generate/invoke", (Func<HttpContext, Task<IResult>>)(context => GenerateAsync(context, state)));
        app.MapGet($"{Tts}/usage", () => TtsUsage(state));
        app.MapGet($"{Tts}/voices", () => SimResults.Json(new JsonObject
        {
            ["voices"] = new JsonArray(Voices.Select(v => (JsonNode)new JsonObject { ["id"] = v.Id, ["label"] = v.Label }).ToArray()),
        }));
        app.MapGet($"{Tts}/{{ttsId}}", (HttpContext context, string ttsId) => TtsStatus(context, state, ttsId));
    }

    /// <summary>
    /// The demo organisation's repository: two organisation files and one per location, and a hold-music playlist of the
    /// organisation's files assigned to the first location.
    /// </summary>
    public static void SeedDemoOrg(SimulatorState state, DemoOrgContext demo)
    {
        lock (state.Sync)
        {
            var store = state.Area<AnnouncementStore>();
            var seeded = SimulatorState.SeedEpoch;
            AnnouncementRecord Add(LocationRecord? location, string name, string fileName, int sizeKb)
            {
                var record = new AnnouncementRecord(state.NewGuid(), location)
                {
                    Name = name, FileName = fileName, FileSizeKb = sizeKb, LastUpdated = seeded,
                };
                store.Announcements.Add(record.Uuid, record);
                return record;
            }
            var welcome = Add(null, "Welcome", "welcome.wav", 356);
            var hold = Add(null, "Hold Music", "hold_music.wav", 4279);
            foreach (var location in demo.Locations)
                Add(location, $"{location.Name} Main Menu", $"{location.Name.ToLowerInvariant().Replace(' ', '_')}_main_menu.wav", 212);
            var playlist = new PlaylistRecord(state.NewGuid()) { Name = "Hold Music", LastUpdated = seeded };
            playlist.Announcements.AddRange([hold, welcome]);
            if (demo.Locations.Count > 0) playlist.Locations.Add(demo.Locations[0]);
            store.Playlists.Add(playlist.Uuid, playlist);
        }
    }

    // ---- the repository ------------------------------------------------------------------------------------------

    private static JsonObject Summary(AnnouncementRecord a)
    {
        var json = new JsonObject
        {
            ["id"] = a.Id,
            ["name"] = a.Name,
            ["fileName"] = a.FileName,
            ["fileSize"] = a.FileSizeKb.ToString(CultureInfo.InvariantCulture),
            ["mediaFileType"] = a.MediaFileType,
            ["lastUpdated"] = Timestamp(a.LastUpdated),
            ["level"] = a.Location is null ? "ORGANIZATION" : "LOCATION",
        };
        if (a.Location is { } location) json["location"] = new JsonObject { ["id"] = location.Id, ["name"] = location.Name };
        json["isTextToSpeech"] = a.IsTextToSpeech;
        return json;
    }

    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The list: the organisation's files, or by <c>locationId</c> all, every location's, or one location's.</summary>
    private static IResult List(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        string? locationId = query["locationId"];
        lock (state.Sync)
        {
            IEnumerable<AnnouncementRecord> items = state.Area<AnnouncementStore>().Announcements.Values;
            switch (locationId)
            {
                case null or "": items = items.Where(a => a.Location is null); break;
                case "all": break;
                case "locations": items = items.Where(a => a.Location is not null); break;
                default:
                    var location = LocationsEndpoints.Resolve(context, state, locationId, out var error);
                    if (location is null) return error!;
                    items = items.Where(a => a.Location == location);
                    break;
            }
            if (query["fileName"].ToString() is { Length: > 0 } fileName)
                items = items.Where(a => string.Equals(a.FileName, fileName, StringComparison.OrdinalIgnoreCase));
            if (query["name"].ToString() is { Length: > 0 } name)
                items = items.Where(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
            if (query["mediaFileType"].ToString() is { Length: > 0 } mediaType)
                items = items.Where(a => string.Equals(a.MediaFileType, mediaType, StringComparison.OrdinalIgnoreCase));
            if (query["fileType"].ToString() is { Length: > 0 } fileType)
            {
                bool audio = string.Equals(fileType, "audio", StringComparison.OrdinalIgnoreCase);
                bool video = string.Equals(fileType, "video", StringComparison.OrdinalIgnoreCase);
                if (!audio && !video) return SimResults.BadRequest(context, $"Invalid fileType '{fileType}': expected audio or video.");
                items = items.Where(a => AudioTypes.Contains(a.MediaFileType) == audio);
            }
            string order = query["order"].ToString() is { Length: > 0 } o ? o : "fileName";
            var parts = order.Split('-', 2);
            bool descending = parts.Length > 1 && string.Equals(parts[1], "desc", StringComparison.OrdinalIgnoreCase);
            string key = parts[0].ToUpperInvariant();
            if (key is not ("FILENAME" or "FILESIZE"))
                return SimResults.BadRequest(context, $"Invalid order '{order}': sort by fileName or fileSize.");
            items = (key, descending) switch
            {
                ("FILENAME", false) => items.OrderBy(a => a.FileName, StringComparer.OrdinalIgnoreCase),
                ("FILENAME", true) => items.OrderByDescending(a => a.FileName, StringComparer.OrdinalIgnoreCase),
                (_, false) => items.OrderBy(a => a.FileSizeKb),
                (_, true) => items.OrderByDescending(a => a.FileSizeKb),
            };
            return Paging.Page(context, state, items.ToList(), Summary, itemsKey: "announcements");
        }
    }

    /// <summary>The location of a location-level path (null for the organisation's), or an error.</summary>
    private static bool TryRepository(HttpContext context, SimulatorState state, string? locationId, out LocationRecord? location,
        out IResult? error)
    {
        location = null;
        error = null;
        if (locationId is null) return true;
        location = LocationsEndpoints.Resolve(context, state, locationId, out error);
        return location is not null;
    }

    /// <summary>An announcement of the given repository, or a 404 (also for a file of another repository).</summary>
    private static AnnouncementRecord? Find(HttpContext context, SimulatorState state, LocationRecord? location, string announcementId,
        out IResult? error)
    {
        error = null;
        if (!WebexIds.TryDecode(announcementId, AnnouncementStore.AnnouncementKind, out var uuid))
        {
            error = SimResults.BadRequest(context, $"Invalid announcement id: '{announcementId}'.");
            return null;
        }
        if (state.Area<AnnouncementStore>().Announcements.TryGetValue(uuid, out var record) && record.Location == location) return record;
        error = SimResults.NotFound(context, "Announcement not found.");
        return null;
    }

    /// <summary>What an upload or modification carries: the label and the audio (multipart) or a file URI (JSON).</summary>
    private sealed record Upload(string Name, string FileName, int SizeKb, string MediaFileType, bool IsTextToSpeech, TextToSpeechRecord? Generation);

    private static async Task<(Upload? Upload, IResult? Error)> ReadUploadAsync(HttpContext context, SimulatorState state)
    {
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            string name = form["name"].ToString();
            if (name.Length is 0 or > 256) return (null, SimResults.BadRequest(context, "The announcement name is required (1 to 256 characters)."));
            var file = form.Files.GetFile("file");
            if (file is null || file.Length == 0) return (null, SimResults.BadRequest(context, "The multipart body needs a non-empty 'file' part."));
            string fileName = file.FileName;
            string type = MediaTypeOf(fileName);
            if (type.Length == 0)
                return (null, SimResults.BadRequest(context, $"Unsupported file type of '{fileName}': upload a .wav, .wma, .3gp or .mov file."));
            int sizeKb = (int)((file.Length + 1023) / 1024);
            int limit = AudioTypes.Contains(type) ? MaxAudioFileSizeKb : MaxVideoFileSizeKb;
            if (sizeKb > limit) return (null, SimResults.BadRequest(context, $"The file is larger than the allowed {limit} KB."));
            bool tts = string.Equals(form["is_text_to_speech"].ToString(), "true", StringComparison.OrdinalIgnoreCase)
                || string.Equals(form["isTextToSpeech"].ToString(), "true", StringComparison.OrdinalIgnoreCase);
            return (new Upload(name, fileName, sizeKb, type, tts, null), null);
        }
        var (body, error) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return (null, error);
        string? label = JsonBody.String(body, "name");
        string? fileUri = JsonBody.String(body, "fileUri");
        string? jsonFileName = JsonBody.String(body, "fileName");
        if (label is null || label.Length is 0 or > 256) return (null, SimResults.BadRequest(context, "The announcement name is required (1 to 256 characters)."));
        if (fileUri is null || fileUri.Length is 0 or > 256) return (null, SimResults.BadRequest(context, "The fileUri is required (1 to 256 characters)."));
        if (jsonFileName is null || jsonFileName.Length is 0 or > 80) return (null, SimResults.BadRequest(context, "The fileName is required (1 to 80 characters)."));
        if (JsonBody.Bool(body, "isTextToSpeech") is not { } isTts) return (null, SimResults.BadRequest(context, "isTextToSpeech is required."));
        string mediaType = MediaTypeOf(jsonFileName);
        if (mediaType.Length == 0) return (null, SimResults.BadRequest(context, $"Unsupported file type of '{jsonFileName}'."));
        lock (state.Sync)
        {
            var generation = state.Area<AnnouncementStore>().Generations.Values.FirstOrDefault(g => g.FileUri == fileUri);
            if (generation is not null && (generation.Failure is not null || generation.Reads == 0))
                return (null, SimResults.BadRequest(context, "The text-to-speech generation of this fileUri has not succeeded."));
            // the size of generated speech: about 16 KB per second, 15 characters a second
            int sizeKb = generation is null ? 100 : Math.Max(1, generation.Text.Length * 16 / 15);
            return (new Upload(label, jsonFileName, sizeKb, mediaType, isTts, generation), null);
        }
    }

    private static string MediaTypeOf(string fileName) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".WAV" => "WAV",
        ".WMA" => "WMA",
        ".3GP" => "3GP",
        ".MOV" => "MOV",
        _ => "",
    };

    private static void Apply(AnnouncementRecord record, Upload upload, DateTimeOffset now)
    {
        record.Name = upload.Name;
        record.FileName = upload.FileName;
        record.FileSizeKb = upload.SizeKb;
        record.MediaFileType = upload.MediaFileType;
        record.IsTextToSpeech = upload.IsTextToSpeech;
        record.Voice = upload.Generation?.Voice;
        record.Language = upload.Generation?.LanguageCode;
        record.Text = upload.Generation?.Text;
        record.LastUpdated = now;
    }

    /// <summary>Bytes used by a repository (kilobytes) and whether a file of this size still fits.</summary>
    private static int UsedKb(AnnouncementStore store, LocationRecord? location, AnnouncementRecord? except = null) =>
        store.Announcements.Values.Where(a => a.Location == location && a != except).Sum(a => a.FileSizeKb);

    private static async Task<IResult> UploadAsync(HttpContext context, SimulatorState state, string? locationId)
    {
        LocationRecord? location;
        IResult? error;
        lock (state.Sync)
            if (!TryRepository(context, state, locationId, out location, out error)) return error!;
        var (upload, uploadError) = await ReadUploadAsync(context, state).ConfigureAwait(false);
        if (upload is null) return uploadError!;
        lock (state.Sync)
        {
            var store = state.Area<AnnouncementStore>();
            if (UsedKb(store, location) + upload.SizeKb > TotalFileSizeLimitMb * 1024)
                return SimResults.BadRequest(context, $"The repository is full ({TotalFileSizeLimitMb} MB).");
            var record = new AnnouncementRecord(state.NewGuid(), location);
            Apply(record, upload, state.Time.GetUtcNow());
            store.Announcements.Add(record.Uuid, record);
            return SimResults.Json(new JsonObject { ["id"] = record.Id }, StatusCodes.Status201Created);
        }
    }

    private static async Task<IResult> ModifyAsync(HttpContext context, SimulatorState state, string? locationId, string announcementId)
    {
        lock (state.Sync)
        {
            if (!TryRepository(context, state, locationId, out var location, out var error)) return error!;
            if (Find(context, state, location, announcementId, out error) is null) return error!;
        }
        var (upload, uploadError) = await ReadUploadAsync(context, state).ConfigureAwait(false);
        if (upload is null) return uploadError!;
        lock (state.Sync)
        {
            if (!TryRepository(context, state, locationId, out var location, out var error)) return error!;
            var record = Find(context, state, location, announcementId, out error);
            if (record is null) return error!;
            var store = state.Area<AnnouncementStore>();
            if (UsedKb(store, location, except: record) + upload.SizeKb > TotalFileSizeLimitMb * 1024)
                return SimResults.BadRequest(context, $"The repository is full ({TotalFileSizeLimitMb} MB).");
            Apply(record, upload, state.Time.GetUtcNow());
            return SimResults.NoContent();
        }
    }

    private static IResult Details(HttpContext context, SimulatorState state, string? locationId, string announcementId)
    {
        lock (state.Sync)
        {
            if (!TryRepository(context, state, locationId, out var location, out var error)) return error!;
            var record = Find(context, state, location, announcementId, out error);
            if (record is null) return error!;
            var json = Summary(record);
            json.Remove("level");
            json.Remove("location");
            json.Remove("isTextToSpeech");
            // the features that play it: the locations whose music on hold is a playlist holding it
            var playlists = state.Area<AnnouncementStore>().Playlists.Values.Where(p => p.Announcements.Contains(record)).ToList();
            var references = playlists.SelectMany(p => p.Locations).Distinct().Select(l => (JsonNode)new JsonObject
            {
                ["id"] = l.Id, ["name"] = "Music On Hold", ["type"] = "Music On Hold", ["locationId"] = l.Id, ["locationName"] = l.Name,
            }).ToArray();
            json["featureReferenceCount"] = references.Length;
            json["featureReferences"] = new JsonArray(references);
            json["playlists"] = new JsonArray(playlists.Select(p => (JsonNode)new JsonObject { ["id"] = p.Id, ["name"] = p.Name }).ToArray());
            json["isTextToSpeech"] = record.IsTextToSpeech;
            JsonBody.Put(json, "voice", record.Voice);
            JsonBody.Put(json, "language", record.Language);
            JsonBody.Put(json, "text", record.Text);
            return SimResults.Json(json);
        }
    }

    private static IResult Delete(HttpContext context, SimulatorState state, string? locationId, string announcementId)
    {
        lock (state.Sync)
        {
            if (!TryRepository(context, state, locationId, out var location, out var error)) return error!;
            var record = Find(context, state, location, announcementId, out error);
            if (record is null) return error!;
            var store = state.Area<AnnouncementStore>();
            if (store.Playlists.Values.FirstOrDefault(p => p.Announcements.Contains(record)) is { } playlist)
                return SimResults.Conflict(context, $"The announcement is in use by the playlist '{playlist.Name}'.");
            store.Announcements.Remove(record.Uuid);
            return SimResults.NoContent();
        }
    }

    private static IResult Usage(HttpContext context, SimulatorState state, string? locationId)
    {
        lock (state.Sync)
        {
            if (!TryRepository(context, state, locationId, out var location, out var error)) return error!;
            return SimResults.Json(new JsonObject
            {
                ["totalFileSizeUsedKB"] = UsedKb(state.Area<AnnouncementStore>(), location),
                ["maxAudioFileSizeAllowedKB"] = MaxAudioFileSizeKb,
                ["maxVideoFileSizeAllowedKB"] = MaxVideoFileSizeKb,
                ["totalFileSizeLimitMB"] = TotalFileSizeLimitMb,
            });
        }
    }

    // ---- playlists -----------------------------------------------------------------------------------------------

    private static PlaylistRecord? FindPlaylist(HttpContext context, SimulatorState state, string playlistId, out IResult? error)
    {
        error = null;
        if (!WebexIds.TryDecode(playlistId, AnnouncementStore.PlaylistKind, out var uuid))
        {
            error = SimResults.BadRequest(context, $"Invalid playlist id: '{playlistId}'.");
            return null;
        }
        if (state.Area<AnnouncementStore>().Playlists.TryGetValue(uuid, out var playlist)) return playlist;
        error = SimResults.NotFound(context, "Playlist not found.");
        return null;
    }

    private static IResult ListPlaylists(HttpContext context, SimulatorState state)
    {
        lock (state.Sync)
        {
            var items = state.Area<AnnouncementStore>().Playlists.Values.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                .Select(p => (JsonNode)new JsonObject
                {
                    ["id"] = p.Id,
                    ["name"] = p.Name,
                    ["fileCount"] = p.Announcements.Count,
                    ["isInUse"] = p.Locations.Count > 0,
                    ["lastUpdated"] = Timestamp(p.LastUpdated),
                    ["level"] = "ORGANIZATION",
                    ["locationCount"] = p.Locations.Count,
                }).ToArray();
            return SimResults.Json(new JsonObject { ["playlists"] = new JsonArray(items) });
        }
    }

    private static IResult PlaylistDetails(HttpContext context, SimulatorState state, string playlistId)
    {
        lock (state.Sync)
        {
            var playlist = FindPlaylist(context, state, playlistId, out var error);
            if (playlist is null) return error!;
            var announcements = playlist.Announcements.Select(a => (JsonNode)new JsonObject
            {
                ["id"] = a.Id,
                ["name"] = a.Name,
                ["mediaFileType"] = a.MediaFileType,
                ["fileName"] = a.FileName,
                ["fileSize"] = a.FileSizeKb.ToString(CultureInfo.InvariantCulture),
                ["lastUpdated"] = Timestamp(a.LastUpdated),
                ["level"] = a.Location is null ? "ORGANIZATION" : "LOCATION",
            }).ToArray();
            return SimResults.Json(new JsonObject
            {
                ["id"] = playlist.Id,
                ["name"] = playlist.Name,
                ["lastUpdated"] = Timestamp(playlist.LastUpdated),
                ["fileSize"] = playlist.Announcements.Sum(a => a.FileSizeKb).ToString(CultureInfo.InvariantCulture),
                ["fileCount"] = playlist.Announcements.Count,
                ["announcements"] = new JsonArray(announcements),
            });
        }
    }

    /// <summary>The announcements of a create or update body (1 to 25 existing ones), or an error.</summary>
    private static List<AnnouncementRecord>? ReadAnnouncements(HttpContext context, SimulatorState state, JsonObject body, out IResult? error)
    {
        error = null;
        var ids = JsonBody.Strings(body, "announcementIds");
        if (ids is null || ids.Count == 0)
        {
            error = SimResults.BadRequest(context, "announcementIds must list at least one announcement.");
            return null;
        }
        if (ids.Count > MaxPlaylistAnnouncements)
        {
            error = SimResults.BadRequest(context, $"A playlist holds at most {MaxPlaylistAnnouncements} announcements.");
            return null;
        }
        var store = state.Area<AnnouncementStore>();
        var list = new List<AnnouncementRecord>();
        foreach (string id in ids)
        {
            if (!WebexIds.TryDecode(id, AnnouncementStore.AnnouncementKind, out var uuid) || !store.Announcements.TryGetValue(uuid, out var a))
            {
                error = SimResults.BadRequest(context, $"Announcement not found: '{id}'.");
                return null;
            }
            list.Add(a);
        }
        return list;
    }

    private static async Task<IResult> CreatePlaylistAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        lock (state.Sync)
        {
            string? name = JsonBody.String(body, "name");
            if (string.IsNullOrWhiteSpace(name)) return SimResults.BadRequest(context, "The playlist name is required.");
            var store = state.Area<AnnouncementStore>();
            if (store.Playlists.Values.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
                return SimResults.Conflict(context, $"A playlist named '{name}' exists already.");
            var announcements = ReadAnnouncements(context, state, body, out var error);
            if (announcements is null) return error!;
            var playlist = new PlaylistRecord(state.NewGuid()) { Name = name, LastUpdated = state.Time.GetUtcNow() };
            playlist.Announcements.AddRange(announcements);
            store.Playlists.Add(playlist.Uuid, playlist);
            return SimResults.Json(new JsonObject { ["id"] = playlist.Id }, StatusCodes.Status201Created);
        }
    }

    private static async Task<IResult> ModifyPlaylistAsync(HttpContext context, SimulatorState state, string playlistId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context, allowEmpty: true).ConfigureAwait(false);
        if (body is null) return bodyError!;
        lock (state.Sync)
        {
            var playlist = FindPlaylist(context, state, playlistId, out var error);
            if (playlist is null) return error!;
            string? name = JsonBody.String(body, "name");
            if (name is not null)
            {
                if (name.Trim().Length == 0) return SimResults.BadRequest(context, "The playlist name must not be empty.");
                if (state.Area<AnnouncementStore>().Playlists.Values.Any(p => p != playlist && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
                    return SimResults.Conflict(context, $"A playlist named '{name}' exists already.");
            }
            List<AnnouncementRecord>? announcements = null;
            if (JsonBody.Has(body, "announcementIds"))
            {
                announcements = ReadAnnouncements(context, state, body, out error);
                if (announcements is null) return error!;
            }
            if (name is not null) playlist.Name = name;
            if (announcements is not null)
            {
                playlist.Announcements.Clear();
                playlist.Announcements.AddRange(announcements);
            }
            playlist.LastUpdated = state.Time.GetUtcNow();
            return SimResults.NoContent();
        }
    }

    private static IResult DeletePlaylist(HttpContext context, SimulatorState state, string playlistId)
    {
        lock (state.Sync)
        {
            var playlist = FindPlaylist(context, state, playlistId, out var error);
            if (playlist is null) return error!;
            state.Area<AnnouncementStore>().Playlists.Remove(playlist.Uuid);
            return SimResults.NoContent();
        }
    }

    private static IResult PlaylistLocations(HttpContext context, SimulatorState state, string playlistId)
    {
        lock (state.Sync)
        {
            var playlist = FindPlaylist(context, state, playlistId, out var error);
            if (playlist is null) return error!;
            return SimResults.Json(new JsonObject
            {
                ["id"] = playlist.Id,
                ["locations"] = new JsonArray(playlist.Locations.Select(l => (JsonNode)new JsonObject { ["name"] = l.Name, ["id"] = l.Id }).ToArray()),
            });
        }
    }

    private static async Task<IResult> AssignPlaylistAsync(HttpContext context, SimulatorState state, string playlistId)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        lock (state.Sync)
        {
            var playlist = FindPlaylist(context, state, playlistId, out var error);
            if (playlist is null) return error!;
            var ids = JsonBody.Strings(body, "locationIds");
            if (ids is null) return SimResults.BadRequest(context, "locationIds is required.");
            var locations = new List<LocationRecord>();
            foreach (string id in ids)
            {
                var location = LocationsEndpoints.Resolve(context, state, id, out error);
                if (location is null) return error!;
                if (!locations.Contains(location)) locations.Add(location);
            }
            // a location plays one playlist as its music on hold: assigning here takes it from any other playlist
            foreach (var other in state.Area<AnnouncementStore>().Playlists.Values.Where(p => p != playlist))
                other.Locations.RemoveAll(locations.Contains);
            playlist.Locations.Clear();
            playlist.Locations.AddRange(locations);
            playlist.LastUpdated = state.Time.GetUtcNow();
            return SimResults.NoContent();
        }
    }

    /// <summary>Where a playlist is used: its locations' music on hold (the simulator's only feature playing playlists).</summary>
    private static IResult PlaylistUsage(HttpContext context, SimulatorState state, string playlistId)
    {
        string? type = context.Request.Query["playlistUsageType"];
        if (type is not (null or "feature" or "location"))
            return SimResults.BadRequest(context, $"Invalid playlistUsageType '{type}': expected feature or location.");
        lock (state.Sync)
        {
            var playlist = FindPlaylist(context, state, playlistId, out var error);
            if (playlist is null) return error!;
            IEnumerable<LocationRecord> locations = type == "feature" ? [] : playlist.Locations;
            return SimResults.Json(new JsonObject
            {
                ["id"] = playlist.Id,
                ["locations"] = new JsonArray(locations.Select(l => (JsonNode)new JsonObject
                {
                    ["name"] = l.Name,
                    ["id"] = l.Id,
                    ["featureReference"] = new JsonObject { ["id"] = l.Id, ["name"] = "Music On Hold", ["type"] = "MUSIC_ON_HOLD" },
                }).ToArray()),
            });
        }
    }

    // ---- text-to-speech ------------------------------------------------------------------------------------------

    private static async Task<IResult> GenerateAsync(HttpContext context, SimulatorState state)
    {
        var (body, bodyError) = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        if (body is null) return bodyError!;
        string? voice = JsonBody.String(body, "voice");
        string? text = JsonBody.String(body, "text");
        string? language = JsonBody.String(body, "languageCode");
        if (string.IsNullOrWhiteSpace(voice) || string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(language))
            return SimResults.BadRequest(context, "voice, text and languageCode are required.");
        if (!Voices.Any(v => v.Id == voice)) return SimResults.BadRequest(context, $"Unknown voice '{voice}': see the list of text-to-speech voices.");
        lock (state.Sync)
        {
            var store = state.Area<AnnouncementStore>();
            if (store.TextToSpeechCalls >= MaxTextToSpeechCalls)
                return SimResults.BadRequest(context, $"The text-to-speech limit of {MaxTextToSpeechCalls} calls in this window is reached.");
            store.TextToSpeechCalls++;
            var uuid = state.NewGuid();
            var record = new TextToSpeechRecord(uuid)
            {
                Voice = voice,
                Text = text,
                LanguageCode = language,
                Failure = TtsLanguages.Contains(language) ? null : $"The voice '{voice}' does not speak the language '{language}'.",
                FileUri = $"cmf://customers/{state.OrgUuid:D}/media/tmp/{uuid:D}",
            };
            store.Generations.Add(uuid, record);
            return SimResults.Json(new JsonObject { ["id"] = record.Id }, StatusCodes.Status202Accepted);
        }
    }

    private static IResult TtsStatus(HttpContext context, SimulatorState state, string ttsId)
    {
        lock (state.Sync)
        {
            if (!WebexIds.TryDecode(ttsId, AnnouncementStore.TextToSpeechKind, out var uuid))
                return SimResults.BadRequest(context, $"Invalid text-to-speech id: '{ttsId}'.");
            if (!state.Area<AnnouncementStore>().Generations.TryGetValue(uuid, out var record))
                return SimResults.NotFound(context, "Text-to-speech generation not found.");
            // a job: the first read finds it running, later ones its outcome
            string status = record.Reads++ == 0 ? "IN_PROGRESS" : record.Failure is null ? "SUCCESS" : "FAILURE";
            var json = new JsonObject
            {
                ["id"] = record.Id,
                ["voice"] = record.Voice,
                ["text"] = record.Text,
                ["languageCode"] = record.LanguageCode,
                ["status"] = status,
            };
            if (status == "SUCCESS")
            {
                json["promptUrl"] = $"https://wxc-media-file.example.com/{state.OrgUuid:D}/tmp/{record.Uuid:D}";
                json["kmsKeyUri"] = $"kms://kms.example.com/keys/{record.Uuid:D}";
                json["fileUri"] = record.FileUri;
            }
            if (status == "FAILURE") json["errorMessage"] = record.Failure;
            return SimResults.Json(json);
        }
    }

    private static IResult TtsUsage(SimulatorState state)
    {
        lock (state.Sync)
        {
            int calls = state.Area<AnnouncementStore>().TextToSpeechCalls;
            var json = new JsonObject { ["noOfApiCalls"] = calls, ["maxAllowedApiCalls"] = MaxTextToSpeechCalls };
            // the reference: the reset time is returned once the limit is reached (the window: the next UTC midnight)
            if (calls >= MaxTextToSpeechCalls)
                json["usageResetTimestamp"] = Timestamp(new DateTimeOffset(state.Time.GetUtcNow().UtcDateTime.Date.AddDays(1), TimeSpan.Zero));
            return SimResults.Json(json);
        }
    }
}
