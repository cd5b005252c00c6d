using UserPortal;

// dotnet run --project samples/UserPortal [--urls http://localhost:5080]
// Without WEBEX_INTEGRATION_* and SERVICE_APP_* settings it runs against the built-in Webex simulator.
PortalHost portal;
try
{
    portal = await PortalApp.StartAsync(args);
}
catch (InvalidOperationException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
await using (portal)
{
    Console.WriteLine(portal.StartupMessage);
    await portal.App.WaitForShutdownAsync();
}
return 0;
