namespace Dashboard.Plugins.QueueTimes;

/// <summary>Where a queue-times collector reads on its schedule; pushed input is accepted with every source.</summary>
public enum QueueSource
{
    /// <summary>A simulated queue system and phone line, produced in the real formats and read by the real parsers.</summary>
    Demo,

    /// <summary>Asterisk's <c>queue_log</c> file (<c>epoch|callid|queue|agent|EVENT|params</c>), read from where the last run stopped.</summary>
    QueueLogFile,

    /// <summary>A CSV export of Asterisk's <c>queue_log</c> table (<c>time, callid, queuename, agent, event, data1..data5</c>).</summary>
    QueueLogCsv,

    /// <summary>A folder of CSV files of visit events from a queue-management system.</summary>
    VisitsCsvFolder,

    /// <summary>Nothing is read on schedule; the collector only takes pushed input.</summary>
    Push,
}
