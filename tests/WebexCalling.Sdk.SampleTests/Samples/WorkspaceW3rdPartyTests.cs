using WebexCalling.Sdk.SampleTests.TestSupport;
using WebexCalling.Sdk.Workspaces;

namespace WebexCalling.Sdk.SampleTests.Samples;

/// <summary>samples/workspace_w_3rd_party.cs against a simulated organisation.</summary>
public sealed class WorkspaceW3rdPartyTests
{
    [Fact]
    public async Task Provisions_the_rows_with_generated_values_writes_the_sip_credentials_and_cleans_up()
    {
        await using var org = await SampleOrg.StartAsync();
        string folder = Directory.CreateTempSubdirectory("ws3p-").FullName;
        string input = Path.Combine(folder, "in.csv"), output = Path.Combine(folder, "out.csv");
        await File.WriteAllLinesAsync(input,
        [
            "WORKSPACE,LOCATION,EXTENSION,MAC,PASSWORD",
            "Austin Desk 1,Austin,3555,00-11-22-33-44-55,Secret#Pass1",
            "Austin Desk 2,Austin,,,",
        ]);

        var run = await SampleRun.RunAsync("workspace_w_3rd_party.cs", org, [input, "--output", output]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("  line 3: generated extension 2000", run.Output);
        Assert.Contains("  line 3: generated MAC address DEADDEAD0000", run.Output);
        Assert.Contains("  Austin Desk 1: extension 3555, MAC 001122334455, SIP user name 001122334455, line/port 001122334455_1@", run.Output);
        Assert.Contains("Provisioned 2 of 2 workspaces with a Generic IPPhone Customer Managed phone: 2 done, 0 failed in ", run.Output);
        Assert.DoesNotContain("Secret#Pass1", run.Output + run.Error);
        string[] lines = await File.ReadAllLinesAsync(output);
        Assert.Equal("WORKSPACE,LOCATION,EXTENSION,MAC,PASSWORD,OUTBOUND_PROXY,SIP_USER_NAME,LINE_PORT", lines[0]);
        Assert.Equal(3, lines.Length);
        foreach (var (name, extension, mac) in new[] { ("Austin Desk 1", "3555", "001122334455"), ("Austin Desk 2", "2000", "DEADDEAD0000") })
        {
            var workspace = await org.Api.Workspaces.ListAsync(displayName: name).SingleAsync();
            Assert.Equal(WorkspaceCallingType.WebexCalling, workspace.Calling?.Type);
            var device = await org.Api.Devices.ListAsync(workspaceId: workspace.WorkspaceId).SingleAsync();
            var details = await org.Api.Telephony.Devices.DetailsAsync(device.DeviceId!);
            Assert.Equal("Generic IPPhone Customer Managed", details.Model);
            Assert.Equal(mac, details.Mac);
            var number = await org.Api.Telephony.PhoneNumbersAsync(extension: extension, ownerId: workspace.WorkspaceId).SingleAsync();
            Assert.Equal(extension, number.Extension);
            string line = Assert.Single(lines, l => l.StartsWith(name + ",", StringComparison.Ordinal));
            string[] cells = line.Split(',');
            Assert.Equal([name, "Austin", extension, mac], cells[..4]);
            Assert.False(string.IsNullOrEmpty(cells[4]));
            Assert.Equal(new[] { details.Proxy!.OutboundProxy!, details.Owner!.SipUserName!, details.Owner.LinePort! }, cells[5..]);
        }
        Assert.Contains(",Secret#Pass1,", lines[1] + lines[2]);

        var cleanup = await SampleRun.RunAsync("workspace_w_3rd_party.cs", org, [input, "--cleanup"]);

        Assert.True(cleanup.ExitCode == 0, cleanup.ToString());
        Assert.Contains("Deleted 2 of 2 workspaces: 2 done, 0 failed in ", cleanup.Output);
        Assert.Empty(await org.Api.Workspaces.ListAsync(displayName: "Austin Desk").ToListAsync());
    }

    [Fact]
    public async Task A_file_with_bad_rows_is_refused_as_a_whole_and_nothing_is_created()
    {
        await using var org = await SampleOrg.StartAsync();
        var phone = await org.Api.Devices.ListAsync(displayName: "Denver Lobby Phone").FirstAsync();
        string input = Path.Combine(Directory.CreateTempSubdirectory("ws3p-").FullName, "in.csv");
        await File.WriteAllLinesAsync(input,
        [
            "WORKSPACE,LOCATION,EXTENSION,MAC",
            "Denver Desk 1,Atlantis,,",
            "Denver Lobby,Denver,,",
            $"Denver Desk 2,Denver,,{phone.Mac}",
            "Denver Desk 3,Denver,,",
        ]);
        int before = await org.Api.Workspaces.ListAsync().CountAsync();

        var run = await SampleRun.RunAsync("workspace_w_3rd_party.cs", org, [input, "--output", input + ".out"]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("line 2: no location 'Atlantis'", run.Error);
        Assert.Contains("line 3: workspace 'Denver Lobby' exists already", run.Error);
        Assert.Contains($"line 4: MAC address {phone.Mac!.Replace(":", "", StringComparison.Ordinal).ToUpperInvariant()}: UNAVAILABLE", run.Error);
        Assert.Contains("3 problems: nothing changed.", run.Error);
        Assert.Equal(before, await org.Api.Workspaces.ListAsync().CountAsync());
        Assert.False(File.Exists(input + ".out"));
    }
}
