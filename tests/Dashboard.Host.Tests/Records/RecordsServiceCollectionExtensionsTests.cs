using Dashboard.Host.Testing;
using Microsoft.Extensions.Options;

namespace Dashboard.Host.Tests.Records;

public sealed class RecordsServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData("Dashboard:RecordRetentionDays", "0", "RecordRetentionDays")]
    [InlineData("Dashboard:RecordPruneInterval", "00:00:00", "RecordPruneInterval")]
    [InlineData("Dashboard:MaxIngestBodyBytes", "10", "MaxIngestBodyBytes")]
    [InlineData("Dashboard:IngestRequestsPerMinute", "0", "IngestRequestsPerMinute")]
    public void AddDashboardRecords_SettingOutOfRange_HostRefusesToStartNamingIt(string setting, string value, string named)
    {
        using var factory = new DashboardHostFactory(new Dictionary<string, string?> { [setting] = value });

        var exception = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(named, exception.Message);
    }
}
