using System.Text;
using Dashboard.Plugins.ComplaintTrends;
using Dashboard.Plugins.ComplaintTrends.Open311;
using Dashboard.Sdk;

namespace Dashboard.Plugins.Tests.ComplaintTrends;

/// <summary>Fixtures written from the GeoReport v2 specification, Helsinki's feedback API and the 6Aika API.</summary>
public sealed class Open311DocumentParserTests
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    [Fact]
    public void Parse_SpecificationExample_ReadsBothRequests()
    {
        // The JSON example of GET Service Requests in the GeoReport v2 specification; its "service_code":006 is not
        // valid JSON (leading zeros), so it is written "006" here, as servers send it.
        var page = Parse("""
            [
              {"service_request_id":638344,"status":"closed","status_notes":"Duplicate request.","service_name":"Sidewalk and Curb Issues",
               "service_code":"006","description":null,"agency_responsible":null,"service_notice":null,
               "requested_datetime":"2010-04-14T06:37:38-08:00","updated_datetime":"2010-04-14T06:37:38-08:00",
               "expected_datetime":"2010-04-15T06:37:38-08:00","address":"8TH AVE and JUDAH ST","address_id":545483,"zipcode":94122,
               "lat":37.762221815,"long":-122.4651145,"media_url":"http://city.gov.s3.amazonaws.com/requests/media/638344.jpg "},
              {"service_request_id":638349,"status":"open","status_notes":null,"service_name":"Sidewalk and Curb Issues",
               "service_code":"006","description":null,"agency_responsible":null,"service_notice":null,
               "requested_datetime":"2010-04-19T06:37:38-08:00","updated_datetime":"2010-04-19T06:37:38-08:00",
               "expected_datetime":"2010-04-19T06:37:38-08:00","address":"8TH AVE and JUDAH ST","address_id":545483,"zipcode":94122,
               "lat":37.762221815,"long":-122.4651145,"media_url":"http://city.gov.s3.amazonaws.com/requests/media/638349.jpg"}
            ]
            """);

        Assert.Empty(page.Problems);
        Assert.Equal(2, page.ItemCount);
        var (closed, open) = (page.Complaints[0], page.Complaints[1]);
        Assert.Equal("638344", closed.Id);
        Assert.Equal(new DateTimeOffset(2010, 4, 14, 6, 37, 38, TimeSpan.FromHours(-8)), closed.Received);
        // Closed without a status history: updated_datetime is the closing (the specification says so) and the reply.
        Assert.Equal(closed.Received, closed.Closed);
        Assert.Equal(closed.Closed, closed.FirstReply);
        Assert.Equal("Sidewalk and Curb Issues", closed.Category);
        Assert.Null(closed.ServicePoint);
        Assert.Equal(37.762221815, closed.Extra[ComplaintFields.Latitude]);
        Assert.Equal(new DateTimeOffset(2010, 4, 15, 6, 37, 38, TimeSpan.FromHours(-8)), closed.Extra[ComplaintFields.Expected]);
        Assert.Equal(("638349", (DateTimeOffset?)null, (DateTimeOffset?)null), (open.Id, open.Closed, open.FirstReply));
    }

    [Fact]
    public void Parse_HelsinkiExampleWithTextCoordinatesAndEmptyStrings_UsesServiceCodeAsCategory()
    {
        // Helsinki's example answer: coordinates as text, empty strings for fields it does not fill.
        var page = Parse("""
            [{"service_request_id":"8fmht6g1470b3qk8pthg","service_code":"171","description":"Monttuja ajotiessä.","service_notice":"",
              "requested_datetime":"2013-05-02T11:02:07+03:00","updated_datetime":"2013-05-02T15:32:29+03:00","status":"open",
              "status_notes":"","agency_responsible":"","service_name":"","address":"","address_id":"","zip_code":"",
              "lat":"60.21263634325148","long":"25.077090230550745"}]
            """);

        var complaint = Assert.Single(page.Complaints);
        Assert.Equal("171", complaint.Category);
        Assert.Null(complaint.ServicePoint);
        Assert.Equal(60.21263634325148, complaint.Extra[ComplaintFields.Latitude]);
        Assert.Equal(25.077090230550745, complaint.Extra[ComplaintFields.Longitude]);
        Assert.Equal(new DateTimeOffset(2013, 5, 2, 15, 32, 29, TimeSpan.FromHours(3)), complaint.AsOf);
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("\"0\"", "\"0\"")]
    [InlineData("0.0", "24.9")]
    [InlineData("60.2", "0")]
    [InlineData("null", "null")]
    [InlineData("\"\"", "\"\"")]
    public void Parse_CoordinateZeroNullOrEmpty_LeavesThePlaceUnknown(string latitude, string longitude)
    {
        var complaint = Assert.Single(Parse(Request($"\"lat\":{latitude},\"long\":{longitude}")).Complaints);

        Assert.Null(complaint.Extra[ComplaintFields.Latitude]);
        Assert.Null(complaint.Extra[ComplaintFields.Longitude]);
    }

    [Fact]
    public void Parse_OnlyRequiredFields_ReadsAnOpenUncategorisedComplaint()
    {
        var complaint = Assert.Single(Parse("""[{"service_request_id":"1","status":"open","requested_datetime":"2026-03-02T09:00:00+02:00"}]""").Complaints);

        Assert.Equal(ComplaintFields.NoCategory, complaint.Category);
        Assert.Equal((DateTimeOffset?)null, complaint.Closed);
        // Without updated_datetime the complaint's state dates from its latest known time, here its arrival.
        Assert.Equal(complaint.Received, complaint.AsOf);
    }

    [Fact]
    public void Parse_NullAndEmptyOptionalFields_MeanNotGiven()
    {
        var page = Parse(Request("\"updated_datetime\":\"\",\"expected_datetime\":null,\"agency_responsible\":\"  \",\"service_name\":null,\"service_code\":\"\""));

        var complaint = Assert.Single(page.Complaints);
        Assert.Equal((ComplaintFields.NoCategory, (string?)null), (complaint.Category, complaint.ServicePoint));
        Assert.Null(complaint.Extra[ComplaintFields.Expected]);
        Assert.Equal(complaint.Received, complaint.AsOf);
    }

    [Fact]
    public void Parse_NumbersAsNumbersOrText_AreReadAlike()
    {
        var page = Parse("""
            [{"service_request_id":101,"status":"open","service_code":6,"requested_datetime":"2026-03-02T09:00:00+02:00","lat":60.1,"long":24.9},
             {"service_request_id":"102","status":"open","service_code":"6","requested_datetime":"2026-03-02T09:00:00+02:00","lat":"60.1","long":"24.9"}]
            """);

        Assert.Equal(["101", "102"], page.Complaints.Select(complaint => complaint.Id));
        Assert.All(page.Complaints, complaint =>
        {
            Assert.Equal("6", complaint.Category);
            Assert.Equal(60.1, complaint.Extra[ComplaintFields.Latitude]);
        });
    }

    [Theory]
    [InlineData("\"requested_datetime\":\"2026-13-02T09:00:00+02:00\"", "requested_datetime", "is not a date and time")]
    [InlineData("\"requested_datetime\":1709362800", "requested_datetime", "expected a date and time as text, found a number")]
    [InlineData("\"updated_datetime\":\"yesterday\"", "updated_datetime", "'yesterday' is not a date and time")]
    [InlineData("\"expected_datetime\":\"0001-01-01T00:00:00Z\"", "expected_datetime", "is not a date and time in 1970-2999")]
    [InlineData("\"lat\":\"north\",\"long\":\"24.9\"", "lat", "expected degrees as a number")]
    [InlineData("\"lat\":91,\"long\":24.9", "lat", "expected -90 to 90 degrees")]
    [InlineData("\"service_name\":{\"fi\":\"Puistot\"}", "service_name", "expected text or a number, found an object")]
    [InlineData("\"extended_attributes\":{\"tasks\":[{\"task_created\":\"soon\"}]}", "extended_attributes.tasks[0].task_created", "'soon'")]
    [InlineData("\"extended_attributes\":{\"tasks\":{}}", "extended_attributes.tasks", "expected an array, found an object")]
    [InlineData("\"request_history\":[{\"time\":\"2026-03-02T10:00:00+02:00\",\"status\":\"handling\"},{\"time\":\"x\"}]", "request_history[1].time", "'x'")]
    public void Parse_BadField_SkipsTheRequestNamingItsIndexAndField(string field, string name, string message)
    {
        var page = Parse($"[{Item("1", "")}, {Item("2", "," + field)}, {Item("3", "")}]");

        Assert.Equal(["1", "3"], page.Complaints.Select(complaint => complaint.Id));
        var problem = Assert.Single(page.Problems);
        Assert.Equal(("requests.json", 1, name), (problem.Source, problem.Index, problem.Field));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"status":"open","requested_datetime":"2026-03-02T09:00:00+02:00"}""", "service_request_id")]
    [InlineData("""{"service_request_id":"","status":"open","requested_datetime":"2026-03-02T09:00:00+02:00"}""", "service_request_id")]
    [InlineData("""{"service_request_id":"1","status":null,"requested_datetime":"2026-03-02T09:00:00+02:00"}""", "status")]
    [InlineData("""{"service_request_id":"1","status":"open","requested_datetime":""}""", "requested_datetime")]
    public void Parse_RequiredFieldMissing_SkipsTheRequestNamingTheField(string item, string field)
    {
        var problem = Assert.Single(Parse($"[{item}]").Problems);

        Assert.Equal((0, field), (problem.Index, problem.Field));
        Assert.Contains("GeoReport v2 requires it", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ItemNotAnObject_IsSkippedWithItsIndex()
    {
        var page = Parse($"[{Item("1", "")}, 42, null]");

        Assert.Single(page.Complaints);
        Assert.Equal([1, 2], page.Problems.Select(problem => problem.Index!.Value));
        Assert.Equal(3, page.ItemCount);
    }

    [Fact]
    public void Parse_HelsinkiExtensions_FirstTaskIsTheFirstReply()
    {
        var page = Parse("""
            [{"service_request_id":"a1","status":"open","requested_datetime":"2026-03-02T09:00:00+02:00","updated_datetime":"2026-03-04T13:00:00+02:00",
              "extended_attributes":{"title":"Kuoppa","detailed_status":"IN_PROCESS,PUBLIC_WORKS_NEW","media_urls":[],
                "tasks":[{"task_state":"Avoin","task_type":"Tarkastus","owner_name":"Rakennusvirasto","task_created":"2026-03-04T13:00:00+02:00"},
                         {"task_state":"Valmis","task_type":"Vastaus","owner_name":"Asiakaspalvelu","task_created":"2026-03-03T10:30:00+02:00"}]}}]
            """);

        var complaint = Assert.Single(page.Complaints);
        // The earlier of the two tasks, whatever their order.
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 10, 30, 0, TimeSpan.FromHours(2)), complaint.FirstReply);
        Assert.Equal("IN_PROCESS,PUBLIC_WORKS_NEW", complaint.Extra[ComplaintFields.DetailedStatus]);
        Assert.Null(complaint.Closed);
    }

    [Fact]
    public void Parse_SixAikaHistory_FirstEntryPastReceivedIsTheFirstReply()
    {
        var page = Parse("""
            [{"service_request_id":"b2","status":"closed","requested_datetime":"2026-03-02T09:00:00+02:00","updated_datetime":"2026-03-06T12:00:00+02:00",
              "request_history":[{"time":"2026-03-02T09:00:00+02:00","status":"received"},
                                 {"time":"2026-03-02T15:00:00+02:00","status":"allocated","handler":"h1"},
                                 {"time":"2026-03-06T12:00:00+02:00","status":"done","note":"Korjattu."}]}]
            """);

        var complaint = Assert.Single(page.Complaints);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.FromHours(2)), complaint.FirstReply);
        Assert.Equal(new DateTimeOffset(2026, 3, 6, 12, 0, 0, TimeSpan.FromHours(2)), complaint.Closed);
    }

    [Fact]
    public void Parse_ReceivedEntryWithANote_CountsAsAReply()
    {
        var complaint = Assert.Single(Parse(Request(
            "\"request_history\":[{\"time\":\"2026-03-02T09:20:00+02:00\",\"status\":\"received\",\"note\":\"Kiitos, asia on vastaanotettu.\"}]")).Complaints);

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 20, 0, TimeSpan.FromHours(2)), complaint.FirstReply);
    }

    [Fact]
    public void Parse_HistoryTimesOutsideTheRequest_AreKeptBetweenArrivalAndClosing()
    {
        // A task stamped before arrival (clock skew) counts from the arrival; a reply after closing, at the closing.
        var early = Parse(Request("\"extended_attributes\":{\"tasks\":[{\"task_created\":\"2026-03-02T08:00:00+02:00\"}]}")).Complaints.Single();
        var late = Parse("""
            [{"service_request_id":"1","status":"closed","requested_datetime":"2026-03-02T09:00:00+02:00","updated_datetime":"2026-03-03T09:00:00+02:00",
              "extended_attributes":{"tasks":[{"task_created":"2026-03-05T09:00:00+02:00"}]}}]
            """).Complaints.Single();

        Assert.Equal(early.Received, early.FirstReply);
        Assert.Equal(late.Closed, late.FirstReply);
    }

    [Theory]
    [InlineData("Resolved")]
    [InlineData("CLOSED")]
    [InlineData("processed")]
    public void Parse_ClosingStatusOtherThanClosed_ClosesTheComplaint(string status)
    {
        var complaint = Assert.Single(Parse($$"""
            [{"service_request_id":"1","status":"{{status}}","requested_datetime":"2026-03-02T09:00:00+02:00","updated_datetime":"2026-03-03T09:00:00+02:00"}]
            """).Complaints);

        Assert.Equal(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.FromHours(2)), complaint.Closed);
    }

    [Fact]
    public void Parse_TimeWithoutOffset_IsReadInTheCollectorsTimeZone()
    {
        // 6Aika allows dates such as "2016-01-12"; a Helsinki collector reads them as Helsinki midnight (UTC+2 in January).
        var complaint = Assert.Single(Parse("""[{"service_request_id":"1","status":"open","requested_datetime":"2016-01-12"}]""").Complaints);

        Assert.Equal(new DateTimeOffset(2016, 1, 11, 22, 0, 0, TimeSpan.Zero), complaint.Received);
    }

    [Theory]
    [InlineData("""{"service_requests":[{"service_request_id":"1","status":"open","requested_datetime":"2026-03-02T09:00:00Z"}]}""")]
    [InlineData("""{"service_requests":{"request":[{"service_request_id":"1","status":"open","requested_datetime":"2026-03-02T09:00:00Z"}]}}""")]
    [InlineData("""{"service_requests":{"request":{"service_request_id":"1","status":"open","requested_datetime":"2026-03-02T09:00:00Z"}}}""")]
    [InlineData("""{"data":[{"service_request_id":"1","status":"open","requested_datetime":"2026-03-02T09:00:00Z"}]}""")]
    public void Parse_WrappedList_IsRead(string json)
    {
        Assert.Equal("1", Assert.Single(Parse(json).Complaints).Id);
    }

    [Fact]
    public void Parse_EmptyList_GivesNothing()
    {
        var page = Parse("[]");

        Assert.Equal((0, 0, 0), (page.Complaints.Count, page.Problems.Count, page.ItemCount));
    }

    [Theory]
    [InlineData("[{\"service_request_id\":\"1\",\n \"status\":\"open\"", 2, "not valid JSON")]
    [InlineData("<service_requests></service_requests>", 1, "not valid JSON")]
    [InlineData("""{"code":403,"description":"Missing or invalid API key."}""", null, "answered with an error instead of service requests: Missing or invalid API key.")]
    [InlineData("\"requests\"", null, "expected a JSON array of service requests")]
    public void Parse_NotAListOfRequests_RefusesTheDocumentNamingThePlace(string json, int? line, string message)
    {
        var exception = Assert.Throws<InputException>(() => Parse(json));

        Assert.Equal(("requests.json", line), (exception.Problem.Source, exception.Problem.Line));
        Assert.Contains(message, exception.Problem.Message, StringComparison.Ordinal);
    }

    private static Open311Page Parse(string json) => Open311DocumentParser.Parse(Encoding.UTF8.GetBytes(json), "requests.json", Helsinki);

    private static string Request(string fields) => $"[{Item("1", "," + fields)}]";

    private static string Item(string id, string moreFields) =>
        $$"""{"service_request_id":"{{id}}","status":"open","requested_datetime":"2026-03-02T09:00:00+02:00"{{moreFields}}}""";
}
