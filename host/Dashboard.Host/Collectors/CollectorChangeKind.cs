namespace Dashboard.Host.Collectors;

public enum CollectorChangeKind
{
    Created,
    Changed,
    Deleted,
}
