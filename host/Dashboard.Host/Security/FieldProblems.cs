using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Host.Security;

/// <summary>400 answers that name the field, collected before anything is changed.</summary>
public sealed class FieldProblems
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public FieldProblems Check(string field, string? problem)
    {
        if (problem is not null)
        {
            _errors[field] = [problem];
        }

        return this;
    }

    public ValidationProblem ToResult(string title) => TypedResults.ValidationProblem(_errors, title: title);

    public static ValidationProblem One(string field, string problem, string title) => new FieldProblems().Check(field, problem).ToResult(title);
}
