using UserPortal;

// dotnet run --project samples/UserPortal [--urls http://localhost:5080]
await using var portal = await PortalApp.StartAsync(args);
Console.WriteLine(portal.StartupMessage);
await portal.App.WaitForShutdownAsync();
