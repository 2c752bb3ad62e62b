using Dashboard.Host.Dashboards;

namespace Dashboard.Host.Playlists;

/// <summary>Checks a playlist, naming each problem by field path and the value found.</summary>
public sealed class PlaylistValidator(DashboardRepository dashboards)
{
    public const int MinSeconds = 5;
    public const int MaxSeconds = 86_400;
    public const int MaxItems = 100;

    public ValidationErrors Validate(PlaylistDocument playlist, string expectedId)
    {
        var errors = new ValidationErrors();
        if (!DashboardValidator.IsValidId(expectedId))
        {
            errors.Add("id", $"must be 1 to 80 lower case letters, digits and dashes, starting with a letter or digit; was '{expectedId}'.");
        }
        else if (playlist.Id is { } id && id != expectedId)
        {
            errors.Add("id", $"must be '{expectedId}' as in the address (or be left out); was '{id}'.");
        }

        if (string.IsNullOrWhiteSpace(playlist.Title) || playlist.Title.Length > DashboardValidator.MaxTitleLength)
        {
            errors.Add("title", $"must be 1 to {DashboardValidator.MaxTitleLength} characters; was {DashboardValidator.Shown(playlist.Title)}.");
        }

        var items = playlist.Items ?? [];
        if (items.Count is 0 or > MaxItems)
        {
            errors.Add("items", $"must hold 1 to {MaxItems} dashboards; held {items.Count}.");
        }

        for (var index = 0; index < items.Count; index++)
        {
            var path = $"items[{index}]";
            if (items[index] is not { } item)
            {
                errors.Add(path, "must be an item { dashboardId, seconds }; was null.");
                continue;
            }

            if (item.DashboardId is null || dashboards.Find(item.DashboardId) is null)
            {
                errors.Add(path + ".dashboardId", $"must name an existing dashboard; was {DashboardValidator.Shown(item.DashboardId)}.");
            }

            if (item.Seconds is not (>= MinSeconds and <= MaxSeconds))
            {
                errors.Add(path + ".seconds", $"must be between {MinSeconds} and {MaxSeconds}; was {DashboardValidator.Shown(item.Seconds)}.");
            }
        }

        return errors;
    }
}
