// Build script: `dotnet tool restore` once, then `dotnet cake` (runs the tests) or `dotnet cake --target=Publish`.
var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");
var solution = "./Dashboard.sln";
var artifacts = Directory("./artifacts");

Task("Clean")
    .Does(() =>
{
    CleanDirectory(artifacts);
    DotNetClean(solution, new DotNetCleanSettings { Configuration = configuration });
});

Task("Restore")
    .Does(() => DotNetRestore(solution));

Task("Build")
    .IsDependentOn("Restore")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration, NoRestore = true });
});

Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetTest(solution, new DotNetTestSettings { Configuration = configuration, NoBuild = true, NoRestore = true });
});

Task("Pack")
    .Description("Packs for plugin authors, all at the SDK's version: Dashboard.Sdk, Dashboard.Sdk.Testing and Dashboard.Templates; and the LiteDB job storage.")
    .IsDependentOn("Build")
    .Does(() =>
{
    foreach (var project in new[]
    {
        "./sdk/Dashboard.Sdk/Dashboard.Sdk.csproj",
        "./sdk/Dashboard.Sdk.Testing/Dashboard.Sdk.Testing.csproj",
        "./templates/Dashboard.Templates.csproj",
        "./host/Dashboard.Hangfire.LiteDB/Dashboard.Hangfire.LiteDB.csproj",
    })
    {
        DotNetPack(project, new DotNetPackSettings { Configuration = configuration, NoBuild = true, OutputDirectory = artifacts + Directory("packages") });
    }
});

Task("Publish")
    .Description("Publishes the host with its built-in plugins in plugins/ to artifacts/host.")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetPublish("./host/Dashboard.Host/Dashboard.Host.csproj", new DotNetPublishSettings
    {
        Configuration = configuration,
        NoBuild = true,
        OutputDirectory = artifacts + Directory("host"),
    });
});

RunTarget(target);
