using Dashboard.Hangfire.LiteDB.Benchmarks;

// Parent: `dotnet run -c Release --project tests/Dashboard.Hangfire.LiteDB.Benchmarks [-- --jobs 10000 --recurring 200 --storages InMemory,LiteDB]`
// Child (started by the parent): `child <storage> <scenario> <workers> <jobs>`
if (args.Length == 5 && args[0] == "child")
{
    return BenchmarkChild.Run(args[1], args[2], int.Parse(args[3]), int.Parse(args[4]));
}

string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

return BenchmarkParent.Run(
    int.Parse(Option("--jobs", "10000")),
    int.Parse(Option("--recurring", "200")),
    Option("--storages", "InMemory,LiteDB").Split(','));
