namespace Dashboard.Plugins.QueueTimes.Figures;

/// <summary>What the records of one service point or queue (or of all, merged) add up to for one window.</summary>
internal sealed class GroupTally
{
    private readonly List<double> _answeredWaitSeconds = [];

    /// <summary>People waiting now.</summary>
    public int Waiting { get; private set; }

    /// <summary>The longest current wait, in seconds; 0 when nobody waits.</summary>
    public double LongestWaitSeconds { get; private set; }

    /// <summary>The waits, in seconds, of the items offered in the window and answered or called before its end.</summary>
    public IReadOnlyList<double> AnsweredWaitSeconds => _answeredWaitSeconds;

    /// <summary>Of those, the ones within the target.</summary>
    public int WithinTarget { get; private set; }

    /// <summary>Offered in the window and answered or called before its end, with or without a known wait.</summary>
    public int Answered { get; private set; }

    /// <summary>Offered in the window and abandoned before its end (short abandons left out).</summary>
    public int Abandoned { get; private set; }

    /// <summary>Offered in the window and sent away unanswered before its end.</summary>
    public int Exited { get; private set; }

    /// <summary>Visitors offered in the window, called, and ended before its end.</summary>
    public int CalledVisitsEnded { get; private set; }

    /// <summary>Of those, the ones who never came.</summary>
    public int NoShows { get; private set; }

    /// <summary>Counters open and members available now.</summary>
    public int OpenPositions { get; private set; }

    /// <summary>Adds one visit or call as it stands at the window's end.</summary>
    public void Add(QueueItem item, FigureWindowRules rules, TimeSpan target)
    {
        if (item.Status == WaitStatus.Waiting)
        {
            Waiting++;
            LongestWaitSeconds = Math.Max(LongestWaitSeconds, item.Wait(rules.Now).TotalSeconds);
            return;
        }

        // An item belongs to the window it was offered in (entered the queue), as interval reports count offered
        // calls; its outcome counts once it is known, before the window's end.
        if (!rules.InWindow(item.WaitStart) || item.WaitEnd is null)
        {
            return;
        }

        if (item.CalledVisitEnded is not null)
        {
            CalledVisitsEnded++;
            NoShows += item.NoShow ? 1 : 0;
        }

        switch (item.Status)
        {
            case WaitStatus.Answered:
                var wait = item.Wait(rules.Now);
                _answeredWaitSeconds.Add(wait.TotalSeconds);
                WithinTarget += wait <= target ? 1 : 0;
                Answered++;
                break;
            case WaitStatus.AnsweredWithoutWait:
                Answered++;
                break;
            case WaitStatus.Abandoned when item.Wait(rules.Now) >= rules.ShortAbandon:
                Abandoned++;
                break;
            case WaitStatus.Exited:
                Exited++;
                break;
        }
    }

    /// <summary>Counts one open counter or available member.</summary>
    public void AddOpenPosition() => OpenPositions++;

    /// <summary>Adds everything of <paramref name="other"/>, for the overall figures.</summary>
    public void Merge(GroupTally other)
    {
        Waiting += other.Waiting;
        LongestWaitSeconds = Math.Max(LongestWaitSeconds, other.LongestWaitSeconds);
        _answeredWaitSeconds.AddRange(other._answeredWaitSeconds);
        WithinTarget += other.WithinTarget;
        Answered += other.Answered;
        Abandoned += other.Abandoned;
        Exited += other.Exited;
        CalledVisitsEnded += other.CalledVisitsEnded;
        NoShows += other.NoShows;
        OpenPositions += other.OpenPositions;
    }
}
