using Dashboard.Hangfire.LiteDB.Tests.Contract;
using Dashboard.Hangfire.LiteDB.Tests.Infrastructure;
using Hangfire;
using Hangfire.Server;
using Hangfire.States;

namespace Dashboard.Hangfire.LiteDB.Tests.Dashboard;

/// <summary>Every page of the Hangfire Dashboard renders from the storage, with jobs in every state on it.</summary>
public abstract class DashboardPagesContractTests<TProvider> : StorageContractTests<TProvider>
    where TProvider : IStorageProvider
{
    public static TheoryData<string> Pages =>
    [
        "/",
        "/jobs/enqueued",
        "/jobs/enqueued/default",
        "/jobs/enqueued/fetched/default",
        "/jobs/processing",
        "/jobs/scheduled",
        "/jobs/succeeded",
        "/jobs/failed",
        "/jobs/deleted",
        "/jobs/awaiting",
        "/retries",
        "/recurring",
        "/servers",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Render_PageWithJobsInEveryState_ReturnsHtml(string path)
    {
        var jobs = SeedJobsInEveryState();

        var page = await PageContext.RenderAsync(Storage, new PageRequest("GET", path));

        Assert.Equal(200, page.StatusCode);
        Assert.Contains("</html>", page.Text);
        if (jobs.TryGetValue(path, out var expectedJob))
        {
            Assert.Contains($"/jobs/details/{expectedJob}", page.Text);
        }
    }

    [Fact]
    public async Task Render_DetailsOfJobsInEveryState_EachShowsItsJob()
    {
        foreach (var jobId in SeedJobsInEveryState().Values.Distinct())
        {
            var page = await PageContext.RenderAsync(Storage, new PageRequest("GET", $"/jobs/details/{jobId}"));

            Assert.Equal(200, page.StatusCode);
            Assert.Contains(nameof(ContractJobs.Method), page.Text);
        }
    }

    [Fact]
    public async Task Render_StatsPoll_ReturnsCountsAsJson()
    {
        SeedJobsInEveryState();
        var metrics = new Dictionary<string, IList<string>> { ["metrics[]"] = ["enqueued:count", "succeeded:count", "failed:count", "servers:count"] };

        var page = await PageContext.RenderAsync(Storage, new PageRequest("POST", "/stats", form: metrics));

        Assert.Equal(200, page.StatusCode);
        Assert.Contains("\"succeeded:count\"", page.Text);
    }

    private Dictionary<string, string> SeedJobsInEveryState()
    {
        var client = new BackgroundJobClient(Storage);
        string Scheduled(int number) => client.Create(() => ContractJobs.Method(number, "dashboard"), new ScheduledState(TimeSpan.FromHours(1)));
        string MovedTo(IState state, int number)
        {
            var id = Scheduled(number);
            Assert.True(client.ChangeState(id, state));
            return id;
        }

        var enqueued = client.Create(() => ContractJobs.Method(1, "dashboard"), new EnqueuedState("default"));
        var fetchedSource = client.Create(() => ContractJobs.Method(2, "dashboard"), new EnqueuedState("default"));
        var fetched = Connection.FetchNextJob(["default"], CancelAfter(TimeSpan.FromSeconds(10)));
        var awaitedParent = Scheduled(3);
        var result = new Dictionary<string, string>
        {
            ["/jobs/enqueued/default"] = fetched.JobId == enqueued ? fetchedSource : enqueued,
            ["/jobs/scheduled"] = awaitedParent,
            ["/jobs/processing"] = MovedTo(new ProcessingStateStub($"dashboard-server:1:{Guid.NewGuid()}", Guid.NewGuid().ToString()), 4),
            ["/jobs/succeeded"] = MovedTo(new SucceededState("result", 1, 2), 5),
            ["/jobs/failed"] = MovedTo(new FailedState(new InvalidOperationException("boom")), 6),
            ["/jobs/deleted"] = MovedTo(new DeletedState(), 7),
            ["/jobs/awaiting"] = client.ContinueJobWith(awaitedParent, () => ContractJobs.Method(8, "dashboard")),
        };
        new RecurringJobManager(Storage).AddOrUpdate("dashboard-recurring", () => ContractJobs.Method(9, "dashboard"), Cron.Daily());
        Connection.AnnounceServer("dashboard-server", new ServerContext { WorkerCount = 2, Queues = ["default"] });
        return result;
    }
}
