namespace Dashboard.Plugins.ComplaintTrends.Open311;

/// <summary>An Open311 server that could not be reached, was too slow or answered with an HTTP error; the run fails.</summary>
internal sealed class Open311ServerException(string message, Exception? innerException = null) : Exception(message, innerException);
