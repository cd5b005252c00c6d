using WebexCalling.Sdk.People;
using WebexCalling.Sdk.SampleTests.TestSupport;

namespace WebexCalling.Sdk.SampleTests.Samples;

/// <summary>samples/modify_voicemail.cs against a simulated organisation.</summary>
public sealed class ModifyVoicemailTests
{
    [Fact]
    public async Task Applies_the_rows_of_a_csv_skips_error_rows_and_counts_a_row_webex_refuses()
    {
        await using var org = await SampleOrg.StartAsync();
        var users = await CallingUsersAsync(org);
        var (ann, bob, cid, dan) = (users[0], users[1], users[2], users[3]);
        string csv = WriteCsv(
            "EMAIL,VOICEMAIL,NUMBER_OF_RINGS,NOTIFICATIONS,NOTIFICATION_EMAIL,ERROR",
            $"{Email(ann)},,6,true,ann.alerts@example.com,",
            $"{Email(bob)},FALSE,,,,",
            $"{Email(cid)},,18,,,",
            $"{Email(dan)},false,9,,,Unable to update user attributes");

        var run = await SampleRun.RunAsync("modify_voicemail.cs", org, [csv]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"  {Name(ann)}: NUMBER_OF_RINGS 3 -> 6, NOTIFICATIONS false -> true, NOTIFICATION_EMAIL (none) -> ann.alerts@example.com", run.Output);
        Assert.Contains($"  {Name(bob)}: VOICEMAIL true -> false", run.Output);
        Assert.Contains($"  failed: {Name(cid)}: ", run.Output);
        Assert.Contains("numberOfRings must be between 2 and 15", run.Output);
        Assert.Contains($"  skipped line 5 ({Email(dan)}): error in the input file: Unable to update user attributes", run.Output);
        Assert.Contains("  3/3 done, 1 failed", run.Output);
        Assert.Contains("Voicemail settings changed for 2 of 3 users, 1 rows skipped (ERROR column): 2 done, 1 failed in ", run.Output);
        var annAfter = await org.Api.PersonSettings.Voicemail.ReadAsync(ann.PersonId!);
        Assert.Equal(6, annAfter.SendUnansweredCalls!.NumberOfRings);
        Assert.True(annAfter.Notifications!.Enabled);
        Assert.Equal("ann.alerts@example.com", annAfter.Notifications.Destination);
        Assert.False((await org.Api.PersonSettings.Voicemail.ReadAsync(bob.PersonId!)).Enabled);
        Assert.Equal(3, (await org.Api.PersonSettings.Voicemail.ReadAsync(cid.PersonId!)).SendUnansweredCalls!.NumberOfRings);
        var danAfter = await org.Api.PersonSettings.Voicemail.ReadAsync(dan.PersonId!);
        Assert.True(danAfter.Enabled);
        Assert.Equal(3, danAfter.SendUnansweredCalls!.NumberOfRings);
    }

    [Fact]
    public async Task A_file_with_bad_values_or_unknown_users_is_refused_as_a_whole_and_nothing_changes()
    {
        await using var org = await SampleOrg.StartAsync();
        var users = await CallingUsersAsync(org);
        string csv = WriteCsv(
            "EMAIL,VOICEMAIL,NUMBER_OF_RINGS,TRANSFER_NUMBER",
            $"{Email(users[0])},false,7,",
            $"{Email(users[1])},maybe,1,",
            "nobody@example.com,true,,",
            $"{Email(users[2])},,,call me");

        var run = await SampleRun.RunAsync("modify_voicemail.cs", org, [csv]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("line 3: VOICEMAIL 'maybe' is not true or false", run.Error);
        Assert.Contains("line 3: NUMBER_OF_RINGS '1' is not a number of rings from 2 to 20", run.Error);
        Assert.Contains("line 5: TRANSFER_NUMBER 'call me' is not a phone number or extension", run.Error);
        Assert.Contains("3 problems in the file: nothing changed.", run.Error);
        var first = await org.Api.PersonSettings.Voicemail.ReadAsync(users[0].PersonId!);
        Assert.True(first.Enabled);
        Assert.Equal(3, first.SendUnansweredCalls!.NumberOfRings);

        string unknownOnly = WriteCsv("EMAIL,VOICEMAIL", $"{Email(users[0])},false", "nobody@example.com,true");
        var unknown = await SampleRun.RunAsync("modify_voicemail.cs", org, [unknownOnly]);

        Assert.True(unknown.ExitCode == 2, unknown.ToString());
        Assert.Contains("line 3: nobody@example.com is not a calling user", unknown.Error);
        Assert.True((await org.Api.PersonSettings.Voicemail.ReadAsync(users[0].PersonId!)).Enabled);
    }

    [Fact]
    public async Task Export_writes_every_calling_user_of_a_location_with_the_current_settings()
    {
        await using var org = await SampleOrg.StartAsync();
        var location = await org.Api.Locations.ListAsync(name: "Austin").FirstAsync();
        var users = await org.Api.People.ListAsync(callingData: true, locationId: location.LocationId).ToListAsync();
        var changed = users[0];
        var settings = await org.Api.PersonSettings.Voicemail.ReadAsync(changed.PersonId!);
        await org.Api.PersonSettings.Voicemail.ConfigureAsync(changed.PersonId!, settings with
        {
            SendUnansweredCalls = settings.SendUnansweredCalls! with { NumberOfRings = 5 },
            TransferToNumber = new() { Enabled = true, Destination = "+15125550199" },
        });
        string path = Path.Combine(Directory.CreateTempSubdirectory("vm-export-").FullName, "voicemail.csv");

        var run = await SampleRun.RunAsync("modify_voicemail.cs", org, ["--export", path, "--location", "Austin"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Wrote the voicemail settings of {users.Count} users to {path}: {users.Count} done, 0 failed in ", run.Output);
        string[] lines = await File.ReadAllLinesAsync(path);
        Assert.Equal("EMAIL,VOICEMAIL,SEND_ALL_CALLS,SEND_BUSY_CALLS,SEND_UNANSWERED_CALLS,NUMBER_OF_RINGS,NOTIFICATIONS,"
            + "NOTIFICATION_EMAIL,EMAIL_COPY,EMAIL_COPY_ADDRESS,TRANSFER_TO_NUMBER,TRANSFER_NUMBER", lines[0]);
        Assert.Equal(users.Count + 1, lines.Length);
        Assert.Contains($"{Email(changed)},true,false,true,true,5,false,,false,{Email(changed)},true,+15125550199", lines);
        foreach (var user in users.Skip(1)) Assert.Contains($"{Email(user)},true,false,true,true,3,false,,false,{Email(user)},false,", lines);
    }

    private static async Task<List<Person>> CallingUsersAsync(SampleOrg org) =>
        await org.Api.People.ListAsync(callingData: true).Where(p => p.LocationId is not null).ToListAsync();

    private static string Email(Person person) => person.Emails![0];

    private static string Name(Person person) => $"{person.DisplayName} ({person.Emails![0]})";

    private static string WriteCsv(params string[] lines)
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("vm-csv-").FullName, "voicemail.csv");
        File.WriteAllLines(path, lines);
        return path;
    }
}
