namespace Dashboard.Plugins.Tests.Testing.Doubles;

public enum SampleMode
{
    Fast,
    Careful,
}
