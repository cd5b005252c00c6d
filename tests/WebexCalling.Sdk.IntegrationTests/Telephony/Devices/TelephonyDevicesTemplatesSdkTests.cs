using System.Net;
using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.Telephony.Devices;
using WebexCalling.Sdk.Telephony.Devices.DynamicSettings;

namespace WebexCalling.Sdk.IntegrationTests.Telephony.Devices;

/// <summary>
/// Line key templates, background images and dynamic device settings of api.Telephony.Devices against the simulator's
/// demo organisation, whose Lobbies each have a Cisco 8851 desk phone.
/// </summary>
public class TelephonyDevicesTemplatesSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private WebexSimpleApi Api => fixture.H.Api;

    private static LineKeyTemplate Template(string name) => new()
    {
        TemplateName = name,
        DeviceModel = "DMS Cisco 8851",
        UserReorderEnabled = true,
        LineKeys =
        [
            new LineKeyTemplateKey { LineKeyIndex = 1, LineKeyType = LineKeyTemplateKeyType.PrimaryLine },
            new LineKeyTemplateKey { LineKeyIndex = 2, LineKeyType = LineKeyTemplateKeyType.SpeedDial, LineKeyLabel = "Help", LineKeyValue = "3568" },
        ],
    };

    [Fact]
    public async Task LineKeyTemplate_CreateModifyPreviewDelete_ReadsBackEachChange()
    {
        var phones = (await Api.Devices.ListAsync().ToListAsync()).Count(d => d.Product == "Cisco 8851");

        string id = await Api.Telephony.Devices.CreateLineKeyTemplateAsync(Template("Lobby 8851"));
        var listed = await Api.Telephony.Devices.ListLineKeyTemplatesAsync();
        var created = await Api.Telephony.Devices.LineKeyTemplateDetailsAsync(id);
        await Api.Telephony.Devices.ModifyLineKeyTemplateAsync(created with
        {
            UserReorderEnabled = false,
            LineKeys = [.. created.LineKeys!, new LineKeyTemplateKey { LineKeyIndex = 3, LineKeyType = LineKeyTemplateKeyType.Open }],
        });
        var modified = await Api.Telephony.Devices.LineKeyTemplateDetailsAsync(id);
        int reached = await Api.Telephony.Devices.PreviewApplyLineKeyTemplateAsync(LineKeyTemplateAction.ApplyTemplate, templateId: id);
        var duplicate = await Assert.ThrowsAsync<WebexApiException>(() => Api.Telephony.Devices.CreateLineKeyTemplateAsync(Template("Lobby 8851")));
        await Api.Telephony.Devices.DeleteLineKeyTemplateAsync(id);
        var gone = await Assert.ThrowsAsync<WebexApiException>(() => Api.Telephony.Devices.LineKeyTemplateDetailsAsync(id));

        var item = Assert.Single(listed, t => t.Id == id);
        Assert.Equal("Cisco 8851", item.DisplayName);
        Assert.Null(item.LineKeys);
        Assert.Equal("Lobby 8851", created.TemplateName);
        Assert.Equal([LineKeyTemplateKeyType.PrimaryLine, LineKeyTemplateKeyType.SpeedDial], created.LineKeys!.Select(k => k.LineKeyType!.Value));
        Assert.False(modified.UserReorderEnabled);
        Assert.Equal(3, modified.LineKeys!.Count);
        Assert.Equal("Lobby 8851", modified.TemplateName);
        Assert.True(phones > 0);
        Assert.Equal(phones, reached);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task BackgroundImages_UploadListDelete_CountsFollow()
    {
        var phone = (await Api.Devices.ListAsync().ToListAsync()).First(d => d.Product == "Cisco 8851");
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

        var before = await Api.Telephony.Devices.ListBackgroundImagesAsync();
        var uploaded = await Api.Telephony.Devices.UploadBackgroundImageAsync(phone.DeviceId!, png, "CompanyLogoBlue.png");
        var listed = await Api.Telephony.Devices.ListBackgroundImagesAsync();
        var deleted = await Api.Telephony.Devices.DeleteBackgroundImagesAsync(
            [new BackgroundImageDeleteRequest { FileName = "CompanyLogoBlue", ForceDelete = true }, new BackgroundImageDeleteRequest { FileName = "Missing" }]);
        var after = await Api.Telephony.Devices.ListBackgroundImagesAsync();

        Assert.Equal("CompanyLogoBlue", uploaded.FileName);
        Assert.Equal(before.Count + 1, uploaded.Count);
        var image = Assert.Single(listed.BackgroundImages!, i => i.FileName == "CompanyLogoBlue");
        Assert.Equal(uploaded.BackgroundImageUrl, image.BackgroundImageUrl);
        Assert.Equal([200, 404], deleted.Items!.Select(i => i.Result!.Status!.Value));
        Assert.NotNull(deleted.Items![1].Result!.Error!.Message);
        Assert.Equal(before.Count, after.Count);
        Assert.DoesNotContain(after.BackgroundImages!, i => i.FileName == "CompanyLogoBlue");
    }

    [Fact]
    public async Task DynamicSettings_SetAndClearOnADevice_InheritsFromTheOrganisation()
    {
        var phone = (await Api.Devices.ListAsync().ToListAsync()).First(d => d.Product == "Cisco 8851");
        var settings = Api.Telephony.Devices.DynamicSettings;

        var groups = await settings.GetSettingsGroupsAsync(familyOrModelDisplayName: "MPP", includeSettingsType: DynamicSettingsType.All);
        var schema = await settings.GetValidationSchemaAsync(familyOrModelDisplayName: "Poly");
        var org = await settings.GetCustomerDeviceSettingsAsync("Poly", ["%ENABLE_BLUETOOTH%"]);
        var location = await settings.GetLocationDeviceSettingsAsync(phone.LocationId!, "Poly", ["%ENABLE_BLUETOOTH%"]);
        var initial = await settings.GetDeviceSettingsAsync(phone.DeviceId!);
        await settings.UpdateSpecifiedSettingsForTheDeviceAsync(phone.DeviceId!,
            [new DynamicSettingUpdate { Tag = "%BACKLIGHT_TIMER%", Action = DynamicSettingAction.Set, Value = "30s" }]);
        var set = await settings.GetDeviceSettingsAsync(phone.DeviceId!, ["%BACKLIGHT_TIMER%"]);
        var invalid = await Assert.ThrowsAsync<WebexApiException>(() => settings.UpdateSpecifiedSettingsForTheDeviceAsync(phone.DeviceId!,
            [new DynamicSettingUpdate { Tag = "%BACKLIGHT_TIMER%", Action = DynamicSettingAction.Set, Value = "forever" }]));
        await settings.UpdateSpecifiedSettingsForTheDeviceAsync(phone.DeviceId!,
            [new DynamicSettingUpdate { Tag = "%BACKLIGHT_TIMER%", Action = DynamicSettingAction.Clear }]);
        var cleared = await settings.GetDeviceSettingsAsync(phone.DeviceId!, ["%BACKLIGHT_TIMER%"]);

        Assert.Equal(["MPP"], groups.SettingsTabs);
        Assert.All(groups.SettingsGroups!, g => Assert.Equal("MPP", g.FamilyOrModelDisplayName));
        Assert.Contains(schema, t => t.Tag == "%G711U_ORDER%" && t.ValidationRule!.Max == 10);
        var bluetooth = Assert.Single(org.Tags!);
        Assert.Equal(("1", "0", DynamicSettingParentLevel.SystemDefault), (bluetooth.Value, bluetooth.ParentValue, bluetooth.ParentLevel));
        var atLocation = Assert.Single(location.Tags!);
        Assert.Equal((null, "1", DynamicSettingParentLevel.Organization), (atLocation.Value, atLocation.ParentValue, atLocation.ParentLevel));
        Assert.All(initial.Tags!, t => Assert.Equal("MPP", t.FamilyOrModelDisplayName));
        Assert.Equal("30s", Assert.Single(set.Tags!).Value);
        Assert.True(set.LastUpdateTime > 0);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var inherited = Assert.Single(cleared.Tags!);
        Assert.Null(inherited.Value);
        Assert.Equal(("10m", DynamicSettingParentLevel.SystemDefault), (inherited.ParentValue, inherited.ParentLevel));
    }
}
