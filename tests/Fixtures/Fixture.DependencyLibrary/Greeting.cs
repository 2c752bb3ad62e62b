namespace Fixture.DependencyLibrary;

public static class Greeting
{
    public static string Title => "Fixture dependency";
}
