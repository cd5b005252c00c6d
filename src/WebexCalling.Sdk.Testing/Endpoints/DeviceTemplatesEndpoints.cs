using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WebexCalling.Sdk.Testing.Infrastructure;
using WebexCalling.Sdk.Testing.State;

namespace WebexCalling.Sdk.Testing.Endpoints;

/// <summary>
/// api.Telephony.Devices, part b: line key templates (a collection; key 1 is the primary line, names unique: 409), the
/// preview of applying one (counts the organisation's phones of the template's model, or every phone for the default
/// templates, by location and tags), background images (multipart upload through an existing device: a PNG or JPEG of
/// at most 625 KB, up to 100 per organisation; a delete of up to 10 that answers 206 when some are missing) and dynamic
/// device settings (a fixed catalogue; values at the organisation, a location and a device, each inheriting from the
/// level above; only a device's values can be changed, as the API offers).
/// </summary>
internal static class DeviceTemplatesEndpoints
{
    private const string Templates = "/telephony/config/devices/lineKeyTemplates";
    private const string TemplateKind = "DEVICE_LINE_KEY_TEMPLATE";
    private const int MaxImageBytes = 625 * 1024;
    private const int MaxImages = 100;

    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        app.MapPost(Templates, Handler(context => WithBodyAsync(context, state, body => CreateTemplate(context, state, body))));
        app.MapGet(Templates, (HttpContext context) => Locked(context, state, () => SimResults.Json(new JsonObject
        {
            ["lineKeyTemplates"] = new JsonArray([.. Store(state).LineKeyTemplates.Values.Select(t => (JsonNode)new JsonObject
            {
                ["id"] = t["id"]!.DeepClone(), ["templateName"] = t["templateName"]!.DeepClone(),
                ["deviceModel"] = t["deviceModel"]!.DeepClone(), ["modelDisplayName"] = t["modelDisplayName"]!.DeepClone(),
            })]),
        })));
        app.MapGet(Templates + "/{templateId}", (HttpContext context, string templateId) =>
            Locked(context, state, () => FindTemplate(state, templateId) is { } t ? SimResults.Json(t.DeepClone()) : TemplateNotFound(context)));
        app.MapPut(Templates + "/{templateId}", (HttpContext context, string templateId) =>
            WithBodyAsync(context, state, body => FindTemplate(state, templateId) is { } t ? ModifyTemplate(context, t, body) : TemplateNotFound(context)));
        app.MapDelete(Templates + "/{templateId}", (HttpContext context, string templateId) => Locked(context, state, () =>
            WebexIds.TryDecode(templateId, TemplateKind, out var uuid) && Store(state).LineKeyTemplates.Remove(uuid)
                ? SimResults.NoContent() : TemplateNotFound(context)));
        app.MapPost("/telephony/config/devices/actions/previewApplyLineKeyTemplate/invoke", Handler(context =>
            WithBodyAsync(context, state, body => Preview(context, state, body))));

        app.MapGet("/telephony/config/devices/backgroundImages", (HttpContext context) => Locked(context, state, () => SimResults.Json(new JsonObject
        {
            ["backgroundImages"] = new JsonArray([.. Store(state).BackgroundImages.Select(i => (JsonNode)new JsonObject
            {
                ["backgroundImageUrl"] = i.Value, ["fileName"] = i.Key,
            })]),
            ["count"] = Store(state).BackgroundImages.Count,
        })));
        app.MapPost("/telephony/config/devices/{deviceId}/actions/backgroundImageUpload/invoke", (HttpContext context, string deviceId) =>
            UploadAsync(context, state, deviceId));
        app.MapDelete("/telephony/config/devices/backgroundImages", Handler(context =>
            WithBodyAsync(context, state, body => DeleteImages(context, state, body))));

        app.MapGet("/telephony/config/devices/dynamicSettings/settingsGroups", (HttpContext context) => Locked(context, state, () => Groups(context)));
        app.MapGet("/telephony/config/devices/dynamicSettings/validationSchema", (HttpContext context) => Locked(context, state, () =>
            SimResults.Json(new JsonObject { ["tags"] = new JsonArray([.. OfFamily(context.Request.Query["familyOrModelDisplayName"].ToString()).Select(Schema)]) })));
        app.MapPost("/telephony/config/lists/devices/dynamicSettings/actions/getSettings/invoke", Handler(context =>
            WithBodyAsync(context, state, body => ReadLevel(context, state, body, null, null), allowEmpty: true)));
        app.MapPost("/telephony/config/lists/locations/{locationId}/devices/dynamicSettings/actions/getSettings/invoke", (HttpContext context, string locationId) =>
            WithBodyAsync(context, state, body => LocationsEndpoints.Resolve(context, state, locationId, out var error) is { } location
                ? ReadLevel(context, state, body, location, null) : error!, allowEmpty: true));
        app.MapPost("/telephony/config/lists/devices/{deviceId}/dynamicSettings/actions/getSettings/invoke", (HttpContext context, string deviceId) =>
            WithBodyAsync(context, state, body => state.Area<DeviceStore>().Find(state, deviceId) is { } device
                ? ReadLevel(context, state, body, device.Location, device) : DeviceNotFound(context), allowEmpty: true));
        app.MapPut("/telephony/config/devices/{deviceId}/dynamicSettings", (HttpContext context, string deviceId) =>
            WithBodyAsync(context, state, body => state.Area<DeviceStore>().Find(state, deviceId) is { } device
                ? UpdateDevice(context, state, device, body) : DeviceNotFound(context)));
    }

    // a handler of the request alone whose result is written (a bare lambda would bind as a RequestDelegate)
    private static Delegate Handler(Func<HttpContext, Task<IResult>> handler) => handler;

    private static DeviceTemplatesStore Store(SimulatorState state) => state.Area<DeviceTemplatesStore>();

    private static IResult Locked(HttpContext context, SimulatorState state, Func<IResult> op)
    {
        lock (state.Sync) return LocationsEndpoints.CheckOrg(context, state) ?? op();
    }

    private static async Task<IResult> WithBodyAsync(HttpContext context, SimulatorState state, Func<JsonObject, IResult> op, bool allowEmpty = false)
    {
        var (body, error) = await JsonBody.ReadAsync(context, allowEmpty).ConfigureAwait(false);
        if (body is null) return error!;
        return Locked(context, state, () => op(body));
    }

    private static IResult TemplateNotFound(HttpContext context) => SimResults.NotFound(context, "Line key template not found.");

    private static IResult DeviceNotFound(HttpContext context) => SimResults.NotFound(context, "Device not found.");

    private static JsonObject? FindTemplate(SimulatorState state, string id) =>
        WebexIds.TryDecode(id, TemplateKind, out var uuid) && Store(state).LineKeyTemplates.TryGetValue(uuid, out var t) ? t : null;

    // the line keys as stored, or an error: key indexes from 1, unique, key 1 the primary line
    private static JsonArray? LineKeys(HttpContext context, JsonObject body, out IResult? error)
    {
        error = null;
        if (body["lineKeys"] is not JsonArray keys || keys.Count == 0)
        {
            error = SimResults.BadRequest(context, "lineKeys is required.");
            return null;
        }
        var seen = new HashSet<int>();
        foreach (var key in keys)
        {
            if (key is not JsonObject k || JsonBody.Int(k, "lineKeyIndex") is not { } index || index < 1 || !seen.Add(index)
                || JsonBody.String(k, "lineKeyType") is not { Length: > 0 } type)
            {
                error = SimResults.BadRequest(context, "Every line key needs a unique lineKeyIndex from 1 and a lineKeyType.");
                return null;
            }
            if ((index == 1) != (type == "PRIMARY_LINE"))
            {
                error = SimResults.BadRequest(context, "Line key 1, and only line key 1, is the primary line (PRIMARY_LINE).");
                return null;
            }
        }
        return (JsonArray)keys.DeepClone();
    }

    private static IResult CreateTemplate(HttpContext context, SimulatorState state, JsonObject body)
    {
        string? name = JsonBody.String(body, "templateName");
        string? model = JsonBody.String(body, "deviceModel");
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(model))
            return SimResults.BadRequest(context, "templateName and deviceModel are required.");
        if (LineKeys(context, body, out var error) is not { } keys) return error!;
        var store = Store(state);
        if (store.LineKeyTemplates.Values.Any(t => JsonBody.String(t, "templateName") == name))
            return SimResults.Conflict(context, $"A line key template named '{name}' exists.");
        string display = model.StartsWith("DMS ", StringComparison.Ordinal) ? model[4..] : model;
        var uuid = state.NewGuid();
        string id = WebexIds.Encode(TemplateKind, uuid);
        store.LineKeyTemplates[uuid] = new JsonObject
        {
            ["id"] = id, ["templateName"] = name, ["deviceModel"] = "DMS " + display, ["modelDisplayName"] = display,
            ["userReorderEnabled"] = JsonBody.Bool(body, "userReorderEnabled") ?? false, ["lineKeys"] = keys,
        };
        return SimResults.Json(new JsonObject { ["id"] = id }, StatusCodes.Status201Created);
    }

    private static IResult ModifyTemplate(HttpContext context, JsonObject template, JsonObject body)
    {
        if (LineKeys(context, body, out var error) is not { } keys) return error!;
        template["lineKeys"] = keys;
        if (JsonBody.Bool(body, "userReorderEnabled") is { } reorder) template["userReorderEnabled"] = reorder;
        return SimResults.NoContent();
    }

    private static IResult Preview(HttpContext context, SimulatorState state, JsonObject body)
    {
        string? action = JsonBody.String(body, "action");
        string? model = null;
        if (action == "APPLY_TEMPLATE")
        {
            if (JsonBody.String(body, "templateId") is not { } templateId) return SimResults.BadRequest(context, "templateId is required for APPLY_TEMPLATE.");
            if (FindTemplate(state, templateId) is not { } template) return TemplateNotFound(context);
            model = JsonBody.String(template, "deviceModel");
        }
        else if (action != "APPLY_DEFAULT_TEMPLATES") return SimResults.BadRequest(context, "action is APPLY_TEMPLATE or APPLY_DEFAULT_TEMPLATES.");
        var locations = JsonBody.Strings(body, "locationIds");
        var include = JsonBody.Strings(body, "includeDeviceTags");
        var exclude = JsonBody.Strings(body, "excludeDeviceTags");
        int count = state.Area<DeviceStore>().Live(state).Count(d => d.Type == "phone"
            && (model is null || string.Equals(d.Model, model, StringComparison.OrdinalIgnoreCase))
            && (locations is null || locations.Count == 0 || d.Location is { } l && locations.Contains(l.Id))
            && (include is null || include.Count == 0 || d.Tags.Any(include.Contains))
            && (exclude is null || !d.Tags.Any(exclude.Contains)));
        return SimResults.Json(new JsonObject { ["deviceCount"] = count });
    }

    private static async Task<IResult> UploadAsync(HttpContext context, SimulatorState state, string deviceId)
    {
        if (!context.Request.HasFormContentType) return SimResults.Error(context, StatusCodes.Status415UnsupportedMediaType, "The request must be multipart/form-data.");
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var file = form.Files.GetFile("file");
        string fileName = form["fileName"].ToString();
        if (fileName.Length == 0) fileName = file?.FileName ?? "";
        if (file is null || file.Length == 0 || fileName.Length == 0) return SimResults.BadRequest(context, "The multipart body needs a non-empty 'file' part and a 'fileName'.");
        if (file.ContentType is not ("image/png" or "image/jpeg")) return SimResults.BadRequest(context, "The image must be image/png or image/jpeg.");
        if (file.Length > MaxImageBytes) return SimResults.BadRequest(context, "The image is larger than 625 KB.");
        return Locked(context, state, () =>
        {
            if (state.Area<DeviceStore>().Find(state, deviceId) is null) return DeviceNotFound(context);
            var store = Store(state);
            string name = Path.GetFileNameWithoutExtension(fileName);
            if (store.BackgroundImages.ContainsKey(name)) return SimResults.Conflict(context, $"An image named '{name}' exists.");
            if (store.BackgroundImages.Count >= MaxImages) return SimResults.BadRequest(context, "The organisation has 100 background images.");
            string url = "/dms/Cisco_Phone_Background/background" + store.NextImage++.ToString("D3", CultureInfo.InvariantCulture);
            store.BackgroundImages[name] = url;
            return SimResults.Json(new JsonObject
            {
                ["filename"] = name, ["backgroundImageUrl"] = url,
                ["count"] = store.BackgroundImages.Count.ToString(CultureInfo.InvariantCulture),
            }, StatusCodes.Status201Created);
        });
    }

    private static IResult DeleteImages(HttpContext context, SimulatorState state, JsonObject body)
    {
        if (body["backgroundImages"] is not JsonArray images || images.Count is 0 or > 10)
            return SimResults.BadRequest(context, "backgroundImages takes 1 to 10 images.");
        var store = Store(state);
        var items = new JsonArray();
        bool all = true;
        foreach (var image in images)
        {
            string name = image is JsonObject o ? JsonBody.String(o, "fileName") ?? "" : "";
            var result = new JsonObject();
            if (store.BackgroundImages.Remove(name)) result["status"] = 200;
            else
            {
                all = false;
                result["status"] = 404;
                result["error"] = new JsonObject { ["message"] = "The image could not be deleted.", ["errorCode"] = 4305 };
            }
            items.Add(new JsonObject { ["fileName"] = name, ["result"] = result });
        }
        return SimResults.Json(new JsonObject { ["items"] = items, ["count"] = store.BackgroundImages.Count },
            all ? StatusCodes.Status200OK : StatusCodes.Status206PartialContent);
    }

    private static IEnumerable<DynamicSettingSpec> OfFamily(string family) =>
        DeviceTemplatesStore.Catalogue.Where(s => family.Length == 0 || string.Equals(s.Family, family, StringComparison.OrdinalIgnoreCase));

    private static JsonNode Schema(DynamicSettingSpec s) => new JsonObject
    {
        ["familyOrModelDisplayName"] = s.Family, ["tag"] = s.Tag, ["friendlyName"] = s.FriendlyName, ["tooltip"] = s.FriendlyName,
        ["level"] = JsonBody.Array(s.Levels), ["validationRule"] = s.Rule.DeepClone(),
    };

    private static IResult Groups(HttpContext context)
    {
        string type = context.Request.Query["includeSettingsType"].ToString().ToUpperInvariant();
        var specs = OfFamily(context.Request.Query["familyOrModelDisplayName"].ToString()).ToList();
        var answer = new JsonObject();
        if (type is "" or "ALL" or "GROUPS")
            answer["settingsGroups"] = new JsonArray([.. specs.Select(s => (JsonNode)new JsonObject
            {
                ["path"] = s.Path, ["friendlyName"] = s.FriendlyName, ["tab"] = s.Family, ["familyOrModelDisplayName"] = s.Family,
                ["tags"] = new JsonArray(new JsonObject { ["tagBlock"] = new JsonArray(s.Tag) }),
            })]);
        if (type is "" or "ALL" or "TABS") answer["settingsTabs"] = JsonBody.Array(specs.Select(s => s.Family).Distinct());
        return SimResults.Json(answer);
    }

    // a device's family from its model: Poly phones, else Cisco MPP phones
    private static string FamilyOf(DeviceRecord device) => device.Model.Contains("Poly", StringComparison.OrdinalIgnoreCase) ? "Poly" : "MPP";

    // the values at a level (organisation, a location, or a device with its location), each with what it inherits
    private static IResult ReadLevel(HttpContext context, SimulatorState state, JsonObject body, LocationRecord? location, DeviceRecord? device)
    {
        string family = device is not null ? FamilyOf(device) : context.Request.Query["familyOrModelDisplayName"].ToString();
        if (family.Length == 0) return SimResults.BadRequest(context, "familyOrModelDisplayName is required.");
        string level = device is not null ? "device" : location is not null ? "location" : "organization";
        var tags = JsonBody.Strings(body, "tags");
        var specs = OfFamily(family).Where(s => s.Levels.Contains(level)).ToList();
        if (tags is { Count: > 0 })
        {
            if (tags.FirstOrDefault(t => specs.All(s => s.Tag != t)) is { } unknown)
                return SimResults.BadRequest(context, $"The tag '{unknown}' is not a {family} setting of the {level} level.");
            specs = specs.Where(s => tags.Contains(s.Tag)).ToList();
        }
        var store = Store(state);
        var items = new JsonArray();
        foreach (var s in specs)
        {
            // the levels from the top: system default, organisation, location, device
            var chain = new List<(string Level, string? Value)> { ("SYSTEM_DEFAULT", s.Default), ("ORGANIZATION", store.OrgValues.GetValueOrDefault(s.Tag)) };
            if (location is not null) chain.Add(("LOCATION", store.LocationValues.GetValueOrDefault((location.Uuid, s.Tag))));
            if (device is not null) chain.Add(("DEVICE", store.DeviceValues.GetValueOrDefault((device.Uuid, s.Tag))));
            var item = new JsonObject { ["familyOrModelDisplayName"] = s.Family, ["tag"] = s.Tag };
            JsonBody.Put(item, "value", chain[^1].Value);
            if (chain.Take(chain.Count - 1).LastOrDefault(c => c.Value is not null) is { Value: not null } parent)
            {
                item["parentValue"] = parent.Value;
                item["parentLevel"] = parent.Level;
            }
            items.Add(item);
        }
        var answer = new JsonObject { ["tags"] = items, ["lastUpdateTime"] = store.LastUpdateTime };
        if (device is null) answer["updateInProgress"] = false;
        return SimResults.Json(answer);
    }

    private static IResult UpdateDevice(HttpContext context, SimulatorState state, DeviceRecord device, JsonObject body)
    {
        var store = Store(state);
        var changes = body["tags"] as JsonArray ?? [];
        var specs = OfFamily(FamilyOf(device)).Where(s => s.Levels.Contains("device")).ToDictionary(s => s.Tag);
        var apply = new List<(string Tag, string? Value)>();
        foreach (var change in changes)
        {
            string tag = change is JsonObject o ? JsonBody.String(o, "tag") ?? "" : "";
            string? action = change is JsonObject a ? JsonBody.String(a, "action") : null;
            string? value = change is JsonObject v ? JsonBody.String(v, "value") : null;
            if (!specs.TryGetValue(tag, out var spec)) return SimResults.BadRequest(context, $"The tag '{tag}' is not a device setting of this device.");
            if (action == "CLEAR") apply.Add((tag, null));
            else if (action == "SET")
            {
                if (value is null || !Valid(spec.Rule, value)) return SimResults.BadRequest(context, $"'{value}' is not a valid value of {tag}.");
                apply.Add((tag, value));
            }
            else return SimResults.BadRequest(context, "action is SET or CLEAR.");
        }
        // all or nothing: the changes apply only when every one is valid
        foreach (var (tag, value) in apply)
        {
            if (value is null) store.DeviceValues.Remove((device.Uuid, tag));
            else store.DeviceValues[(device.Uuid, tag)] = value;
        }
        if (apply.Count > 0) store.LastUpdateTime = state.Time.GetUtcNow().ToUnixTimeMilliseconds();
        return SimResults.NoContent();
    }

    private static bool Valid(JsonObject rule, string value)
    {
        string type = JsonBody.String(rule, "type") ?? "string";
        if (rule["values"] is JsonArray values && type is "enum" or "boolean")
            return values.Any(v => JsonBody.Text(v) == value);
        if (type == "int")
            return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n)
                && n >= (JsonBody.Int(rule, "min") ?? int.MinValue) && n <= (JsonBody.Int(rule, "max") ?? int.MaxValue);
        if (JsonBody.Int(rule, "maxLength") is { } max && value.Length > max) return false;
        return JsonBody.String(rule, "regex") is not { } regex || Regex.IsMatch(value, "^(?:" + regex + ")$", RegexOptions.None, TimeSpan.FromSeconds(1));
    }
}
