namespace Dashboard.Host.Configuration;

public enum JobStorageKind
{
    LiteDb,
    InMemory,
}
