using System.ComponentModel.DataAnnotations;

namespace Dashboard.Plugins.Shared;

/// <summary>
/// Marks the list of names in a <see cref="NamedListSettings{TSource}"/>: it must hold 1 to <see cref="MaxCount"/> names.
/// Once every attribute passes, <see cref="NamedListSettings{TSource}.Validate"/> checks the names themselves.
/// </summary>
/// <param name="item">What one name stands for, in lower case, e.g. <c>service point</c>.</param>
/// <param name="items">The same in the plural, e.g. <c>service points</c>.</param>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class NameListAttribute(string item, string items) : ValidationAttribute
{
    /// <summary>The most names a list may hold.</summary>
    public const int MaxCount = 50;

    public string Item { get; } = item;

    public string Items { get; } = items;

    /// <inheritdoc />
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var members = validationContext.MemberName is { } member ? new[] { member } : null;
        return value switch
        {
            ICollection<string> { Count: > MaxCount } => new ValidationResult($"List at most {MaxCount} {Items}.", members),
            ICollection<string> { Count: > 0 } => ValidationResult.Success,
            _ => new ValidationResult($"List at least one {Item}.", members),
        };
    }
}
