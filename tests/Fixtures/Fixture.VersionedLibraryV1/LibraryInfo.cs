namespace Fixture.VersionedLibrary;

/// <summary>Built twice, as versions 1.0.0 and 2.0.0 of one assembly, so two plugins can depend on different versions of it.</summary>
public static class LibraryInfo
{
    public static int Major => typeof(LibraryInfo).Assembly.GetName().Version!.Major;
}
