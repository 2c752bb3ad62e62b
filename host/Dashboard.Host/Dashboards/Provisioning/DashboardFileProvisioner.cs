using System.Text.Json;
using Dashboard.Host.Configuration;

namespace Dashboard.Host.Dashboards.Provisioning;

/// <summary>
/// Loads the provisioning folder at start, as Grafana provisions dashboards: each <c>*.json</c> file is a dashboard
/// (its id the document's, or the file's name), stored as provisioned and so read-only through the API. Every start
/// reads the files again: a changed file replaces the stored dashboard, a removed file removes it, and a file that
/// cannot be read or is not valid is logged with its place and leaves the dashboard as it was.
/// </summary>
public sealed class DashboardFileProvisioner(DashboardPaths paths, DashboardRepository dashboards, DashboardValidator validator, ILogger<DashboardFileProvisioner> logger)
{
    public async Task ProvisionAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.DashboardsDirectory);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(paths.DashboardsDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            if (Read(file) is not { } document)
            {
                // Kept as it was stored, if it was: under the file's name, the id a broken file can still be known by.
                seen.Add(Path.GetFileNameWithoutExtension(file));
                continue;
            }

            var id = document.Id ?? Path.GetFileNameWithoutExtension(file);
            seen.Add(id);
            var errors = validator.Validate(document.WithoutHostFields(), id, requireKnownCollectors: false);
            if (!errors.IsEmpty)
            {
                logger.LogError("Dashboard file {File} is not valid and was not loaded: {Problems}", file, errors);
                continue;
            }

            if (dashboards.Find(id) is { Origin: not DashboardOrigin.File })
            {
                logger.LogWarning("Dashboard file {File} replaces dashboard {DashboardId} saved through the API", file, id);
            }

            await dashboards.SaveAsync(id, document, DashboardOrigin.File, provisionedFile: file, cancellationToken: cancellationToken);
        }

        foreach (var gone in dashboards.GetAll().Where(stored => stored.Origin == DashboardOrigin.File && !seen.Contains(stored.Id)))
        {
            logger.LogInformation("Dashboard {DashboardId} was provisioned from {File}, which is gone; removed", gone.Id, gone.ProvisionedFile);
            await dashboards.DeleteAsync(gone.Id, cancellationToken);
        }
    }

    private DashboardDocument? Read(string file)
    {
        try
        {
            return DashboardJson.Deserialize<DashboardDocument>(File.ReadAllText(file));
        }
        catch (JsonException exception)
        {
            logger.LogError("Dashboard file {File} cannot be read at line {Line}, position {Position} ({Path}): {Message}", file, exception.LineNumber + 1, exception.BytePositionInLine + 1, exception.Path, exception.Message);
            return null;
        }
        catch (IOException exception)
        {
            logger.LogError("Dashboard file {File} cannot be read: {Message}", file, exception.Message);
            return null;
        }
    }
}
