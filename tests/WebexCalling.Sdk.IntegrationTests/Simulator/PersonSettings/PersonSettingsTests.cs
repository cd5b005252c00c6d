using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Testing.Endpoints;
using WebexCalling.Sdk.Testing.Resources;

namespace WebexCalling.Sdk.IntegrationTests.Simulator.PersonSettings;

/// <summary>
/// Every plain person setting of the simulator, the hand-written catalog's and those served from the descriptions
/// (SimulatorRoutes): default, partial update, read back; errors; read-only fields.
/// </summary>
public class PersonSettingsTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private SimHarness H => fixture.H;

    /// <summary>A plain setting: its route, the fields a PUT cannot change, its name below the person.</summary>
    private sealed record Setting(string Path, string[] ReadOnly)
    {
        public string Name => Path[(Path.IndexOf('}') + 1)..].TrimStart('/');
    }

    private static readonly List<Setting> All =
    [
        .. PersonSettingsCatalog.All.Select(f => new Setting(f.Path, f.ReadOnly ?? [])),
        .. SimulatorRoutes.Documents.Where(d => d.Owner == "Person" && d.Method == "PUT").Select(d => new Setting(d.Path, d.ReadOnly)),
    ];

    public static TheoryData<string> Features => new(All.Select(f => f.Path));

    private static string PathFor(string template, string personId) =>
        template.Replace("{personId}", personId, StringComparison.Ordinal).Replace("{entityId}", personId, StringComparison.Ordinal);

    /// <summary>The first boolean field (dotted path) of a document that a PUT may change.</summary>
    private static string? WritableBool(JsonObject json, string[] readOnly, string prefix = "")
    {
        foreach (var (name, value) in json)
        {
            string path = prefix + name;
            if (Array.IndexOf(readOnly, path) >= 0) continue;
            if (value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False) return path;
            if (value is JsonObject inner && WritableBool(inner, readOnly, path + ".") is { } found) return found;
        }
        return null;
    }

    private static JsonNode? At(JsonObject json, string path)
    {
        JsonNode? node = json;
        foreach (var part in path.Split('.')) node = node?[part];
        return node;
    }

    private static void Set(JsonObject json, string path, JsonNode value)
    {
        var parts = path.Split('.');
        var target = json;
        foreach (var part in parts[..^1])
        {
            if (target[part] is not JsonObject next) target[part] = next = [];
            target = next;
        }
        target[parts[^1]] = value;
    }

    [Theory]
    [MemberData(nameof(Features))]
    public async Task Setting_PutOneField_GetShowsTheChangeAndKeepsTheRest(string template)
    {
        var feature = All.Single(f => f.Path == template);
        var h = H;
        // each feature changes its own person; the next person (untouched by this feature) keeps the default
        int index = All.IndexOf(feature);
        string personId = fixture.UserId(index);
        string path = PathFor(template, personId);

        var before = await h.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, before.Status);
        var expected = (JsonObject)before.Object.DeepClone();

        // the change: flip the first writable boolean, or a field typical for settings without one
        var body = new JsonObject();
        string checkPath;
        JsonNode newValue;
        switch (feature.Name)
        {
            case "features/callingBehavior":
                (checkPath, newValue) = ("behaviorType", JsonValue.Create("CALL_WITH_APP_REGISTERED_FOR_CISCOTEL"));
                Set(expected, "effectiveBehaviorType", newValue.DeepClone());
                break;
            case "features/executiveAssistant":
                (checkPath, newValue) = ("type", JsonValue.Create("EXECUTIVE"));
                break;
            case "":
                (checkPath, newValue) = ("timeZone", JsonValue.Create("Europe/Berlin"));
                break;
            case "preferredAnswerEndpoint":
                (checkPath, newValue) = ("preferredAnswerEndpointId", before.Object["endpoints"]![0]!["id"]!.DeepClone());
                break;
            case "emergencyCallbackNumber":
                (checkPath, newValue) = ("selected", JsonValue.Create("LOCATION_ECBN"));
                break;
            case "features/callForwarding":
                // enabling a rule needs a destination (the simulator refuses it without, as Webex does): flip the reminder
                (checkPath, newValue) = ("callForwarding.always.ringReminderEnabled",
                    JsonValue.Create(!At(before.Object, "callForwarding.always.ringReminderEnabled")!.GetValue<bool>()));
                break;
            case "features/monitoring":
                body["enableCallParkNotification"] = true;
                (checkPath, newValue) = ("callParkNotificationEnabled", JsonValue.Create(true));
                break;
            default:
                checkPath = WritableBool(before.Object, feature.ReadOnly)
                    ?? throw new InvalidOperationException($"{template} has no writable boolean; add a case");
                newValue = JsonValue.Create(!At(before.Object, checkPath)!.GetValue<bool>());
                break;
        }
        if (body.Count == 0) Set(body, checkPath, newValue.DeepClone());
        Set(expected, checkPath, newValue.DeepClone());

        var put = await h.PutAsync(path, body);
        var after = await h.GetAsync(path);

        Assert.Equal(HttpStatusCode.NoContent, put.Status);
        Assert.True(JsonNode.DeepEquals(expected, after.Json), $"{template}: expected {expected.ToJsonString()} got {after.Json?.ToJsonString()}");
        Assert.NotEqual(before.Json!.ToJsonString(), after.Json!.ToJsonString());
        // another person keeps the default
        var other = await h.GetAsync(PathFor(template, fixture.UserId(index + 1)));
        Assert.NotEqual(newValue.ToJsonString(), At(other.Object, checkPath)?.ToJsonString());
    }

    /// <summary>The settings whose fields the descriptions spell out: generated routes and hand-written ones alike.</summary>
    // (a setting whose PUT must name its own fields, such as the emergency callback number's selection, is left out)
    private static IEnumerable<string> Described => All.Select(f => f.Path)
        .Where(p => !PersonSettingsCatalog.All.Any(f => f.Path == p && f.Prepare is not null))
        .Where(p => SimulatorRoutes.Fields.ContainsKey(System.Text.RegularExpressions.Regex.Replace(p, @"\{[^}/]+\}", "{}")));

    public static TheoryData<string> DescribedFeatures => new(Described);

    [Fact]
    public void DescribedFeatures_CoverTheHandWrittenCatalogToo() =>
        Assert.Contains(PersonSettingsCatalog.All, f => Described.Contains(f.Path));

    [Theory]
    [MemberData(nameof(DescribedFeatures))]
    public async Task DescribedSetting_FieldsTheResourceDoesNotDefine_AreIgnoredNotEchoed(string template)
    {
        var feature = All.Single(f => f.Path == template);
        // a person no other test of this class changes
        string path = PathFor(template, fixture.UserId(All.Count + 1 + All.IndexOf(feature)));
        var before = await H.GetAsync(path);
        var body = new JsonObject { ["madeUpField"] = true };
        if (before.Object.FirstOrDefault(kv => kv.Value is JsonObject) is { Key: { } nested })
            body[nested] = new JsonObject { ["madeUpNested"] = "x" };

        var put = await H.PutAsync(path, body);
        var after = await H.GetAsync(path);

        Assert.Equal(HttpStatusCode.NoContent, put.Status);
        Assert.True(JsonNode.DeepEquals(before.Json, after.Json), $"{template}: expected {before.Json?.ToJsonString()} got {after.Json?.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(Features))]
    public async Task Setting_UnknownPerson_Is404WithWebexError(string template)
    {
        var h = H;
        string unknown = Convert.ToBase64String("ciscospark://us/PEOPLE/00000000-0000-4000-8000-000000000000"u8.ToArray()).TrimEnd('=');

        var get = await h.GetAsync(PathFor(template, unknown));
        var put = await h.PutAsync(PathFor(template, unknown), new JsonObject { ["enabled"] = true });
        var malformed = await h.GetAsync(PathFor(template, "not-an-id"));

        Assert.Equal(HttpStatusCode.NotFound, get.Status);
        Assert.Equal(HttpStatusCode.NotFound, put.Status);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
        Assert.NotNull(get.Object["message"]);
        Assert.NotNull(get.Object["errors"]![0]!["description"]);
        Assert.NotNull(get.Object["trackingId"]);
    }

    [Fact]
    public async Task Forwarding_ReadOnlyMaxRingsIgnoredAndWrongKindRejected()
    {
        var h = H;
        string id = fixture.UserId(0);
        string path = $"people/{id}/features/callForwarding";

        var put = await h.PutAsync(path, JsonNode.Parse("""
            {"callForwarding": {"noAnswer": {"enabled": true, "destination": "+14085550199", "numberOfRings": 5, "systemMaxNumberOfRings": 99}}}
            """)!);
        var bad = await h.PutAsync(path, JsonNode.Parse("""{"callForwarding": {"always": {"enabled": "sometimes"}}}""")!);
        var notJson = await h.PutAsync(path, "{not json");
        var after = (await h.GetAsync(path)).Object;

        Assert.Equal(HttpStatusCode.NoContent, put.Status);
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.Status);
        var noAnswer = after["callForwarding"]!["noAnswer"]!;
        Assert.True(noAnswer["enabled"]!.GetValue<bool>());
        Assert.Equal("+14085550199", noAnswer["destination"]!.GetValue<string>());
        Assert.Equal(5, noAnswer["numberOfRings"]!.GetValue<int>());
        Assert.Equal(20, noAnswer["systemMaxNumberOfRings"]!.GetValue<int>());
        Assert.False(after["callForwarding"]!["always"]!["enabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Monitoring_PutIds_GetShowsMembers_UnknownMemberIs404()
    {
        var h = H;
        var users = fixture.Users;
        string id = users[1]["id"]!.GetValue<string>();
        string path = $"people/{id}/features/monitoring";

        var put = await h.PutAsync(path, new JsonObject
        {
            ["enableCallParkNotification"] = true,
            ["monitoredElements"] = new JsonArray(users[3]["id"]!.DeepClone(), users[2]["id"]!.DeepClone()),
        });
        var unknown = await h.PutAsync(path, JsonNode.Parse("""{"monitoredElements": ["Y2lzY29zcGFyazovL3VzL1BFT1BMRS8wMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA"]}""")!);
        var after = (await h.GetAsync(path)).Object;

        Assert.Equal(HttpStatusCode.NoContent, put.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.True(after["callParkNotificationEnabled"]!.GetValue<bool>());
        var members = after["monitoredElements"]!.AsArray();
        Assert.Equal(2, members.Count);
        Assert.Equal(users[3]["id"]!.GetValue<string>(), members[0]!["member"]!["id"]!.GetValue<string>());
        Assert.Equal(users[3]["extension"]!.GetValue<string>(), members[0]!["member"]!["numbers"]![0]!["extension"]!.GetValue<string>());
    }

    [Fact]
    public async Task VoicemailGreetingUpload_MarksGreetingUploaded()
    {
        var h = H;
        string id = fixture.UserId(2);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"people/{id}/features/voicemail/actions/uploadBusyGreeting/invoke");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", h.Sim.DevToken);
        using var form = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "busy.wav" } };
        request.Content = form;

        var upload = await h.Http.SendAsync(request);
        var voicemail = (await h.GetAsync($"people/{id}/features/voicemail")).Object;

        Assert.Equal(HttpStatusCode.NoContent, upload.StatusCode);
        Assert.True(voicemail["sendBusyCalls"]!["greetingUploaded"]!.GetValue<bool>());
        Assert.False(voicemail["sendUnansweredCalls"]!["greetingUploaded"]!.GetValue<bool>());
    }
}
