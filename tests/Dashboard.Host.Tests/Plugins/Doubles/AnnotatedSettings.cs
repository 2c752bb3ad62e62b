using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Dashboard.Host.Tests.Plugins.Doubles;

/// <summary>A settings type with every annotation the schema builder maps.</summary>
public sealed class AnnotatedSettings
{
    [Required]
    [StringLength(40, MinimumLength = 2)]
    [RegularExpression("^[a-z]+$")]
    [Description("The queue's name as the switch knows it.")]
    public string QueueName { get; set; } = "main";

    [Display(Name = "Answer target", Description = "Seconds within which a call should be answered.")]
    [Range(1, 3600)]
    public int AnswerTargetSeconds { get; set; } = 20;

    public AnnotatedKind Kind { get; set; } = AnnotatedKind.WalkIn;

    [MinLength(1)]
    public List<string> Channels { get; set; } = ["phone"];
}
