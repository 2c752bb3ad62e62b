namespace Dashboard.Plugins.Tests.Feedback;

/// <summary>What <see cref="TestHttpServer"/> answers one request with.</summary>
internal sealed record TestResponse(int Status, string ContentType, string Body, IReadOnlyDictionary<string, string>? Headers = null);
