namespace Dashboard.Host.Security;

/// <summary>How a change to a user ended.</summary>
public enum UserChange
{
    Done,
    NotFound,

    /// <summary>Refused: the change would leave no admin to manage the host.</summary>
    LastAdmin,
}
