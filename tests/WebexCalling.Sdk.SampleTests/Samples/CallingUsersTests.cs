using WebexCalling.Sdk.SampleTests.TestSupport;

namespace WebexCalling.Sdk.SampleTests.Samples;

/// <summary>samples/calling_users.cs against a simulated organisation.</summary>
public sealed class CallingUsersTests
{
    [Fact]
    public async Task Lists_every_calling_user_with_location_number_and_extension_and_writes_them_to_a_csv_file()
    {
        await using var org = await SampleOrg.StartAsync(sim =>
        {
            sim.AddPerson("Nora", "Plain", "nora.plain@example.com"); // no calling user
            string elPaso = sim.AddLocation("El Paso", city: "El Paso", timeZone: "America/Denver");
            sim.AddPerson("Ewan", "Extension", "ewan.extension@example.com", elPaso, extension: "7001"); // no number
        });
        var locations = await org.Api.Locations.ListAsync().ToDictionaryAsync(l => l.LocationId!, l => l.Name!);
        var users = await org.Api.People.ListAsync(callingData: true).Where(p => p.LocationId is not null).ToListAsync();
        var expected = users.Select(u => new[]
        {
            u.DisplayName!, u.Emails![0], locations[u.LocationId!], u.PhoneNumbers is [var number, ..] ? number.Value! : "", u.Extension ?? "",
        }).ToList();
        string csv = Path.Combine(Directory.CreateTempSubdirectory("calling-users-").FullName, "users.csv");

        var run = await SampleRun.RunAsync("calling_users.cs", org, ["--csv", csv]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(33, users.Count);
        Assert.Contains(expected, f => f is ["Ewan Extension", _, "El Paso", "", "7001"]);
        Assert.Contains("Got 33 calling users in ", run.Output);
        Assert.Contains("33 users:", run.Output);
        Assert.DoesNotContain("nora.plain@example.com", run.Output);
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        foreach (var fields in expected)
            Assert.Contains(lines, l => l.StartsWith("  ", StringComparison.Ordinal)
                && l.Split(' ', StringSplitOptions.RemoveEmptyEntries).SequenceEqual(string.Join(' ', fields).Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Contains($"Wrote 33 users to {csv}", run.Output);
        string[] written = await File.ReadAllLinesAsync(csv);
        Assert.Equal(["name,email,location,phoneNumber,extension", .. expected.Select(f => string.Join(',', f))], written);
    }
}
