using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Host.Dashboards;

/// <summary>Dashboards as files: export one as a JSON attachment, import one (a JSON body or an uploaded file).</summary>
public static class DashboardFilesApi
{
    public const long MaxImportBytes = 1024 * 1024;

    internal static Results<FileContentHttpResult, ProblemHttpResult> Export(string id, DashboardRepository dashboards)
    {
        if (dashboards.Find(id) is not { } stored)
        {
            return DashboardsApi.NotFound(id);
        }

        var json = DashboardJson.Serialize(DashboardRepository.ToDocument(stored).WithoutHostFields());
        return TypedResults.File(Encoding.UTF8.GetBytes(json), "application/json", $"{id}.json");
    }

    /// <summary>
    /// Imports a dashboard from a JSON body or the first file of a form; its id is the document's, or the file's name.
    /// An existing dashboard is replaced only with <c>?overwrite=true</c>.
    /// </summary>
    internal static async Task<Results<Ok<DashboardDocument>, Created<DashboardDocument>, ValidationProblem, ProblemHttpResult>> Import(
        HttpRequest request, DashboardEditor editor, bool? overwrite, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxImportBytes)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [$"must be at most {MaxImportBytes} bytes; was {request.ContentLength}."] }, title: "The file is too large.");
        }

        var (content, fileName) = await OpenAsync(request, cancellationToken);
        if (content is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["must be a JSON body or a form with one file; none was sent."] }, title: "Nothing to import.");
        }

        DashboardDocument document;
        await using (content)
        {
            try
            {
                document = await JsonSerializer.DeserializeAsync<DashboardDocument>(content, DashboardJson.Options, cancellationToken)
                    ?? throw new JsonException("The document is null.", "$", 0, 0);
            }
            catch (JsonException exception)
            {
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { [FieldOf(exception.Path)] = [$"cannot be read in {fileName ?? "the body"} (line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}): {exception.Message}"] },
                    title: "The dashboard file is not valid JSON of a dashboard.");
            }
        }

        var id = document.Id ?? Path.GetFileNameWithoutExtension(fileName) ?? "";
        return DashboardsApi.ToResult(await editor.SaveAsync(id, document, overwrite == true, cancellationToken));
    }

    private static async Task<(Stream? Content, string? FileName)> OpenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return (request.ContentLength == 0 ? null : request.Body, null);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        return form.Files.Count == 0 ? (null, null) : (form.Files[0].OpenReadStream(), form.Files[0].FileName);
    }

    // "$.tiles[3].w" names the field "tiles[3].w"; the whole document is "file".
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "file" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}
