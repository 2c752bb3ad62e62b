namespace Dashboard.Host.Tests.Plugins.Doubles;

public enum AnnotatedKind
{
    Phone,
    WalkIn,
}
