using WebexCalling.Sdk.IntegrationTests.TestSupport;
using WebexCalling.Sdk.PersonSettings;
using static WebexCalling.Sdk.IntegrationTests.PersonSettings.SettingsAssert;

namespace WebexCalling.Sdk.IntegrationTests.PersonSettings;

/// <summary>
/// Incoming/outgoing permissions (with access codes, digit patterns, transfer numbers) and feature access, driven
/// through the SDK against the simulator: default, change one field, re-read.
/// </summary>
public class PermissionsSdkTests(DemoSimFixture fixture) : IClassFixture<DemoSimFixture>
{
    private WebexSimpleApi Api => fixture.H.Api;

    [Fact]
    public async Task PermissionsIn_ChangeExternalTransfer_ReReadShowsItAndKeepsTheRest()
    {
        string person = fixture.UserId(0);
        var before = await Api.PersonSettings.PermissionsIn.ReadAsync(person);
        Assert.Equal(false, before.UseCustomEnabled);
        Assert.Equal(ExternalTransfer.AllowAllExternal, before.ExternalTransfer);
        Assert.Equal(true, before.InternalCallsEnabled);

        var changed = before with { UseCustomEnabled = true, ExternalTransfer = ExternalTransfer.BlockAllExternal };
        await Api.PersonSettings.PermissionsIn.ConfigureAsync(person, changed);

        var after = await Api.PersonSettings.PermissionsIn.ReadAsync(person);
        Assert.Equal(ExternalTransfer.BlockAllExternal, after.ExternalTransfer);
        Same(changed, after);
        // a neighbour keeps the default
        Same(before, await Api.PersonSettings.PermissionsIn.ReadAsync(fixture.UserId(1)));
    }

    [Fact]
    public async Task PermissionsOut_ChangeOneCallType_ReReadShowsItAndKeepsTheOthers()
    {
        string person = fixture.UserId(2);
        var before = await Api.PersonSettings.PermissionsOut.ReadAsync(person);
        Assert.Equal(false, before.UseCustomEnabled);
        Assert.NotNull(before.CallingPermissions);
        var international = Assert.Single(before.CallingPermissions, p => p.CallType == OutgoingPermissionCallType.International);
        Assert.Equal(OutgoingPermissionAction.Block, international.Action);

        var permissions = before.CallingPermissions
            .Select(p => p.CallType == OutgoingPermissionCallType.International ? p with { Action = OutgoingPermissionAction.Allow, TransferEnabled = false } : p)
            .ToList();
        var changed = before with { UseCustomEnabled = true, CallingPermissions = permissions };
        await Api.PersonSettings.PermissionsOut.ConfigureAsync(person, changed);

        var after = await Api.PersonSettings.PermissionsOut.ReadAsync(person);
        var intlAfter = Assert.Single(after.CallingPermissions!, p => p.CallType == OutgoingPermissionCallType.International);
        Assert.Equal(OutgoingPermissionAction.Allow, intlAfter.Action);
        Assert.Equal(false, intlAfter.TransferEnabled);
        Same(changed, after);
    }

    [Fact]
    public async Task TransferNumbers_SetNumbers_ReReadShowsThem()
    {
        string person = fixture.UserId(3);
        var api = Api.PersonSettings.PermissionsOut.TransferNumbers;
        var before = await api.ReadAsync(person);
        Assert.Equal(false, before.UseCustomTransferNumbers);
        Assert.Null(before.AutoTransferNumber1);

        var changed = before with { UseCustomTransferNumbers = true, AutoTransferNumber1 = "+14085550111", AutoTransferNumber3 = "+14085550133" };
        await api.ConfigureAsync(person, changed);

        var after = await api.ReadAsync(person);
        Assert.Equal("+14085550111", after.AutoTransferNumber1);
        Assert.Null(after.AutoTransferNumber2);
        Same(changed, after);
    }

    [Fact]
    public async Task AccessCodes_CreateModifyDelete_ReadShowsEachStep()
    {
        string person = fixture.UserId(4);
        var api = Api.PersonSettings.PermissionsOut.AccessCodes;
        var empty = await api.ReadAsync(person);
        Assert.Empty(empty.AccessCodes ?? []);

        await api.CreateAsync(person, "4321", "lobby");
        await api.CreateAsync(person, "9876", "warehouse");
        var created = await api.ReadAsync(person);
        Assert.Equal(["4321", "9876"], created.AccessCodes!.Select(c => c.Code).Order());
        Assert.Equal("lobby", created.AccessCodes!.Single(c => c.Code == "4321").Description);

        await api.ModifyAsync(person, useCustomAccessCodes: true, deleteCodes: ["4321"]);
        var modified = await api.ReadAsync(person);
        Assert.Equal(true, modified.UseCustomAccessCodes);
        Assert.Equal("9876", Assert.Single(modified.AccessCodes!).Code);

        await api.DeleteAsync(person);
        Assert.Empty((await api.ReadAsync(person)).AccessCodes ?? []);
    }

    [Fact]
    public async Task DigitPatterns_CreateReadUpdateListDelete_GoneAfterDelete()
    {
        string person = fixture.UserId(5);
        var api = Api.PersonSettings.PermissionsOut.DigitPatterns;
        var pattern = new DigitPattern { Name = "premium", Pattern = "1900XXXXXXX", Action = OutgoingPermissionAction.Block, TransferEnabled = false };
        string id = await api.CreateAsync(person, pattern);
        Assert.False(string.IsNullOrEmpty(id));

        var read = await api.DetailsAsync(person, id);
        Same(pattern with { Id = id }, read);

        var updated = read with { Name = "premium-numbers", Action = OutgoingPermissionAction.Allow };
        await api.UpdateAsync(person, id, updated);
        Same(updated, await api.DetailsAsync(person, id));

        string second = await api.CreateAsync(person, new DigitPattern { Name = "toll", Pattern = "1976XXXXXXX", Action = OutgoingPermissionAction.Block, TransferEnabled = true });
        await api.UpdateCategoryControlSettingsAsync(person, useCustomDigitPatterns: true);
        var list = await api.GetDigitPatternsAsync(person);
        Assert.Equal(true, list.UseCustomDigitPatterns);
        Assert.Equal(new[] { id, second }.Order(StringComparer.Ordinal), list.Patterns!.Select(p => p.Id!).Order(StringComparer.Ordinal));

        await api.DeleteAsync(person, id);
        await NotFoundAsync(() => api.DetailsAsync(person, id));
        Assert.Equal(second, Assert.Single((await api.GetDigitPatternsAsync(person)).Patterns!).Id);

        await api.DeleteAllAsync(person);
        Assert.Empty((await api.GetDigitPatternsAsync(person)).Patterns ?? []);
        await NotFoundAsync(() => api.DetailsAsync(person, second));
    }

    [Fact]
    public async Task FeatureAccess_OrgDefaultPersonOverrideAndReset_ReadBackEachStep()
    {
        string person = fixture.UserId(6);
        var api = Api.PersonSettings.FeatureAccess;
        var orgDefault = await api.ReadDefaultAsync();
        Assert.NotNull(orgDefault.CallForwarding);

        var personBefore = await api.ReadAsync(person);
        Assert.Equal(true, personBefore.UserOrgSettingsPermissionEnabled);
        Same(orgDefault, personBefore.UserSettingsPermissions);

        // per person: one field differs from the org default
        var own = orgDefault with { Voicemail = FeatureAccessLevel.NoAccess };
        await api.UpdateAsync(person, own);
        var personAfter = await api.ReadAsync(person);
        Assert.Equal(false, personAfter.UserOrgSettingsPermissionEnabled);
        Assert.Equal(FeatureAccessLevel.NoAccess, personAfter.UserSettingsPermissions!.Voicemail);
        Same(own, personAfter.UserSettingsPermissions);

        await api.ResetAsync(person);
        var reset = await api.ReadAsync(person);
        Assert.Equal(true, reset.UserOrgSettingsPermissionEnabled);
        Same(orgDefault, reset.UserSettingsPermissions);
    }

    [Fact]
    public async Task FeatureAccess_UpdateDefault_ReReadShowsItAndPeopleWithoutOwnSettingsFollow()
    {
        var api = Api.PersonSettings.FeatureAccess;
        var before = await api.ReadDefaultAsync();
        var changed = before with { SpeedDial = before.SpeedDial == FeatureAccessLevel.NoAccess ? FeatureAccessLevel.FullAccess : FeatureAccessLevel.NoAccess };
        await api.UpdateDefaultAsync(changed);
        try
        {
            var after = await api.ReadDefaultAsync();
            Same(changed, after);
            var person = await api.ReadAsync(fixture.UserId(7));
            Assert.Equal(changed.SpeedDial, person.UserSettingsPermissions!.SpeedDial);
        }
        finally
        {
            await api.UpdateDefaultAsync(before);
        }
    }
}
