namespace Dashboard.Host.Collectors;

public sealed record CollectorValidationResult(Collector? Collector, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Collector is not null;

    public static CollectorValidationResult Valid(Collector collector) => new(collector, new Dictionary<string, string[]>());

    public static CollectorValidationResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, errors);
}
