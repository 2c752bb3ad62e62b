namespace Dashboard.Host.Security;

/// <summary>What a password and a user name must be, in words the person typing them understands.</summary>
public static class PasswordRules
{
    public const int MinimumLength = 12;

    public const int MaximumLength = 256;

    public const int MaximumUserNameLength = 64;

    /// <summary>Null when the password is acceptable, otherwise why not.</summary>
    public static string? Problem(string? password) => password switch
    {
        null or "" => "Give a password.",
        { Length: < MinimumLength } => $"Use at least {MinimumLength} characters; a few unrelated words make a good password.",
        { Length: > MaximumLength } => $"Use at most {MaximumLength} characters.",
        _ when string.IsNullOrWhiteSpace(password) => "A password cannot be only spaces.",
        _ => null,
    };

    /// <summary>Null when the user name is acceptable, otherwise why not.</summary>
    public static string? UserNameProblem(string? userName)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return "Give a user name.";
        }

        if (userName.Length > MaximumUserNameLength)
        {
            return $"Use at most {MaximumUserNameLength} characters.";
        }

        return userName.All(character => char.IsLetterOrDigit(character) || character is '.' or '_' or '-' or '@')
            ? null
            : "Use letters, digits and . _ - @ only, no spaces.";
    }
}
