using Dashboard.Host.Scheduling;

namespace Dashboard.Host.Tests.Scheduling;

public sealed class CronDescriberTests
{
    [Theory]
    [InlineData("* * * * *", "Every minute")]
    [InlineData("*/5 * * * *", "Every 5 minutes")]
    [InlineData("0/10 * * * *", "Every 10 minutes")]
    [InlineData("*/30 * * * * *", "Every 30 seconds")]
    [InlineData("0 */5 * * * *", "Every 5 minutes")]
    [InlineData("5 * * * *", "Every hour at :05")]
    [InlineData("15 */2 * * *", "Every 2 hours at :15")]
    [InlineData("30 8 * * *", "Daily at 08:30")]
    [InlineData("0 8,12,16 * * *", "Daily at 08:00, 12:00 and 16:00")]
    [InlineData("0 8 * * 1-5", "At 08:00 on weekdays")]
    [InlineData("0 10 * * 0,6", "At 10:00 on weekends")]
    [InlineData("0 9 * * 1-4", "At 09:00 on Monday to Thursday")]
    [InlineData("0 9 * * 1,3,5", "At 09:00 on Monday, Wednesday and Friday")]
    [InlineData("*/15 8-17 * * 1-5", "Every 15 minutes from 08:00 to 17:59 on weekdays")]
    [InlineData("0 7-16 * * *", "Every hour at :00 from 07:00 to 16:59")]
    [InlineData("0 6 1 * *", "At 06:00 on day 1 of the month")]
    [InlineData("0 6 1,15 * *", "At 06:00 on days 1 and 15 of the month")]
    [InlineData("0 6 * 1,7 *", "At 06:00 in January and July")]
    [InlineData("0,30 * * * *", "Every hour at minutes 0 and 30")]
    [InlineData("0 8 ? * 1-5", "At 08:00 on weekdays")]
    public void Describe_FormAdminsUse_ReadsAsWords(string cron, string expected) =>
        Assert.Equal(expected, CronDescriber.Describe(cron));

    [Theory]
    [InlineData("0 8 L * *")]
    [InlineData("0 8 * * MON-FRI")]
    [InlineData("0 8 1 * 1")]
    [InlineData("0 8 * * 5#3")]
    [InlineData("15 10 */3 * * *")]
    [InlineData("every minute")]
    public void Describe_AnythingElse_SaysCustomScheduleWithTheExpression(string cron) =>
        Assert.Equal($"Custom schedule: {cron}", CronDescriber.Describe(cron));
}
