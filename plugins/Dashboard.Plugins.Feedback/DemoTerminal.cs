using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Plugins.Shared;

namespace Dashboard.Plugins.Feedback;

/// <summary>
/// A simulated smiley terminal that writes the CSV a HappyOrNot button-feedback export has, minute by minute. Presses
/// follow <see cref="VisitorRhythm"/>: none outside opening hours in the collector's time zone, most in the morning
/// rush, when satisfaction dips. Everything is a function of the collector id and the minute, so the same stretch of
/// time always gives the same answers with the same ids, and re-reading it changes nothing.
/// </summary>
internal sealed class DemoTerminal(string collectorId, TimeZoneInfo timeZone, int opensAt, int closesAt)
{
    /// <summary>The header the terminal writes: the export's columns plus the experience point's name and the scale.</summary>
    public const string Header = "feedbackId,smileyId,localTime,surveyId,experiencePointId,experiencePointName,scale,buttonIndex,misuse,position,ui,smileyType";

    private const double UsualSatisfaction = 0.78;
    private const double DipAtFullLoad = 0.22;
    private const double MisuseShare = 0.01;

    private readonly DemoNoise _noise = new(collectorId, "feedback-terminal");

    /// <summary>The CSV of every press in whole minutes from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public byte[] Write(DateTimeOffset from, DateTimeOffset to)
    {
        var csv = new StringBuilder(Header).Append('\n');
        for (var minute = from.ToUnixTimeSeconds() / 60; minute < to.ToUnixTimeSeconds() / 60; minute++)
        {
            var local = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(minute * 60), timeZone).DateTime;
            var load = VisitorRhythm.Load(local, opensAt, closesAt);
            if (load <= 0)
            {
                continue;
            }

            foreach (var point in DemoPoint.All)
            {
                WritePresses(csv, point, minute, local, load);
            }
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private void WritePresses(StringBuilder csv, DemoPoint point, long minute, DateTime local, double load)
    {
        var key = minute * 1000 + point.ExperiencePointId;
        var presses = (int)Math.Floor(point.Size * load + Uniform(key));
        var satisfaction = UsualSatisfaction - DipAtFullLoad * load + 0.06 * _noise.Smooth(minute * 60 + point.ExperiencePointId, 3600);
        for (var press = 0; press < presses; press++)
        {
            var pressKey = key * 100 + press;
            var latent = Math.Clamp(satisfaction + 0.45 * _noise.At(pressKey * 7 + 1), 0, 0.999);
            var (lowest, highest) = ScaleRules.Range(point.Scale);
            var answer = lowest + (int)Math.Floor(latent * (highest - lowest + 1));
            var misuse = Uniform(pressKey * 7 + 2) < MisuseShare;
            var time = local.AddSeconds(Math.Floor(60.0 * (press + Uniform(pressKey * 7 + 3)) / presses));
            csv.Append(CultureInfo.InvariantCulture,
                $"{FeedbackId(point, minute, press)},{point.ExperiencePointId * 10},{time:yyyy-MM-dd'T'HH:mm:ss.fff},{5000 + point.ExperiencePointId},")
                .Append(CultureInfo.InvariantCulture,
                $"{point.ExperiencePointId},{point.Name},{ScaleRules.Name(point.Scale)},{answer},{(misuse ? "true" : "false")},0,{point.Ui},{point.SmileyType}\n");
        }
    }

    private double Uniform(long key) => (_noise.At(key) + 1) / 2;

    private string FeedbackId(DemoPoint point, long minute, int press)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{collectorId}\u001f{point.ExperiencePointId}\u001f{minute}\u001f{press}"));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }
}
