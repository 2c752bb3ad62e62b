namespace Dashboard.Sdk;

/// <summary>Input that cannot be read at all; the host reports <see cref="Problem"/> and stores nothing of it.</summary>
public sealed class InputException : Exception
{
    /// <summary>Creates the exception for one problem.</summary>
    public InputException(InputProblem problem, Exception? innerException = null)
        : base(problem?.ToString(), innerException)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Problem = problem;
    }

    /// <summary>What is wrong and where.</summary>
    public InputProblem Problem { get; }
}
