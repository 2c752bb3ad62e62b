namespace Dashboard.Host.Walls;

public sealed record WallInfo(string Id, string Title);
