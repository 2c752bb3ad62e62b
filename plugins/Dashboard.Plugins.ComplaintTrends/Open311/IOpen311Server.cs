namespace Dashboard.Plugins.ComplaintTrends.Open311;

/// <summary>Answers <c>requests.json</c> queries: a real server over HTTP, or the demo's simulated one.</summary>
internal interface IOpen311Server
{
    /// <summary>The body of the answer to <paramref name="request"/>.</summary>
    /// <exception cref="Open311ServerException">The server could not be reached or answered with an error.</exception>
    Task<ReadOnlyMemory<byte>> GetAsync(Open311Request request, CancellationToken cancellationToken);

    /// <summary>How problems in the answer name it, e.g. the URL without the API key.</summary>
    string Describe(Open311Request request);
}
