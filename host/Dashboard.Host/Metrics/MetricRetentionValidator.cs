using Microsoft.Extensions.Options;

namespace Dashboard.Host.Metrics;

/// <summary>Refuses metric retention settings that make no sense, at start, naming each setting.</summary>
public sealed class MetricRetentionValidator : IValidateOptions<MetricRetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, MetricRetentionOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
