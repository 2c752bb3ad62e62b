namespace Dashboard.Plugins.QueueTimes;

/// <summary>What a queue source reports for one service point at one moment.</summary>
/// <param name="ServicePoint">The service point's name.</param>
/// <param name="PeopleWaiting">People in the queue now.</param>
/// <param name="AverageWaitMinutes">Average wait of the people served recently, in minutes.</param>
/// <param name="LongestWaitMinutes">Longest current wait, in minutes.</param>
internal sealed record ServicePointQueue(string ServicePoint, int PeopleWaiting, double AverageWaitMinutes, double LongestWaitMinutes);
