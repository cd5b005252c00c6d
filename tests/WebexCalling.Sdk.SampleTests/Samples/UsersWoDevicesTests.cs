using WebexCalling.Sdk.SampleTests.TestSupport;

namespace WebexCalling.Sdk.SampleTests.Samples;

/// <summary>samples/users_wo_devices.cs against a simulated organisation (the demo organisation gives one user a phone).</summary>
public sealed class UsersWoDevicesTests
{
    [Fact]
    public async Task Lists_the_calling_users_without_devices_as_the_org_has_them()
    {
        await using var org = await SampleOrg.StartAsync();
        var users = await org.Api.People.ListAsync(callingData: true).Where(p => p.LocationId is not null).ToListAsync();
        var withDevice = new List<string>();
        foreach (var user in users)
            if ((await org.Api.PersonSettings.DevicesAsync(user.PersonId!)).Devices is { Count: > 0 }) withDevice.Add(user.PersonId!);
        Assert.NotEmpty(withDevice);

        var run = await SampleRun.RunAsync("users_wo_devices.cs", org);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Read the devices of {users.Count} users: {users.Count} done, 0 failed in ", run.Output);
        Assert.Contains($"{users.Count - withDevice.Count} users w/o devices:", run.Output);
        foreach (var user in users)
        {
            string line = $"  {user.DisplayName} ({user.Emails![0]})";
            if (withDevice.Contains(user.PersonId!)) Assert.DoesNotContain(line + "\n", run.Output.Replace("\r", "", StringComparison.Ordinal));
            else Assert.Contains(line, run.Output);
        }
    }
}
