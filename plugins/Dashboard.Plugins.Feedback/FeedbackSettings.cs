using System.ComponentModel.DataAnnotations;
using Dashboard.Plugins.Shared;

namespace Dashboard.Plugins.Feedback;

/// <summary>An admin's settings for one feedback collector.</summary>
public sealed class FeedbackSettings() : NamedListSettings<FeedbackSource>(nameof(Channels), "Channel", "Channels")
{
    /// <summary>The feedback channels to report, each becoming a <c>channel</c> dimension.</summary>
    [Required(ErrorMessage = "List at least one channel.")]
    [MinLength(1, ErrorMessage = "List at least one channel.")]
    [MaxLength(50, ErrorMessage = "List at most 50 channels.")]
    public IList<string> Channels { get; set; } = ["Desk", "Phone", "Email"];

    private protected override IList<string> Names => Channels;
}
