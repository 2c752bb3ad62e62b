using System.ComponentModel.DataAnnotations;

namespace Dashboard.Plugins.Shared;

/// <summary>The value must be a time zone id this machine knows, such as <c>Europe/Helsinki</c>.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class TimeZoneIdAttribute : ValidationAttribute
{
    /// <inheritdoc />
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is null || (value is string id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _)))
        {
            return ValidationResult.Success;
        }

        var members = validationContext.MemberName is { } member ? new[] { member } : null;
        return new ValidationResult($"'{value}' is not a known IANA time zone id; use one such as Europe/Helsinki.", members);
    }
}
